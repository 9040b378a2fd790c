"""What a front-end may insert as HTML is safe: search snippets and narrative `body_html`."""

import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import bearer

API = "/api/v1"
HOSTILE = '<img src=x onerror="alert(1)"> zanzibar <script>alert(2)</script> & "q"'
SHORT = '<img src=x onerror="alert(1)"> zanzibar'  # fits a kind (64 characters)
ESCAPED_IMG = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
# Any tag a snippet may hold: the marks, and nothing else.
_TAG = re.compile(r"<[^>]*>")


def _only_marks(html: str) -> None:
    assert set(_TAG.findall(html)) <= {"<mark>", "</mark>"}, html


# (path, body, kind, whether the field is the text a snippet is drawn from):
# hostile text in each searchable field of each kind. Titles are matched but
# served as plain text in `title`; the snippet comes from the rest.
SEARCHABLE = [
    (
        f"{API}/countries/BE/narrative",
        {"slug": "x", "title": "X", "body": HOSTILE},
        "narrative",
        True,
    ),
    (
        f"{API}/countries/BE/narrative",
        {"slug": "x", "title": HOSTILE, "body": "X"},
        "narrative",
        False,
    ),
    (f"{API}/countries/BE/authorities", {"role": "agency", "name": HOSTILE}, "authority", False),
    (
        f"{API}/countries/BE/authorities",
        {"role": "agency", "name": "X", "acronym": "<b>zanzibar"},
        "authority",
        True,
    ),
    (
        f"{API}/countries/BE/authorities",
        {"role": "agency", "name": "X", "remit": HOSTILE},
        "authority",
        True,
    ),
    (
        f"{API}/countries/BE/policy-documents",
        {"title": HOSTILE, "kind": "act"},
        "policy_document",
        False,
    ),
    (
        f"{API}/countries/BE/policy-documents",
        {"title": "X", "kind": SHORT},
        "policy_document",
        True,
    ),
    (f"{API}/countries/BE/publications", {"title": HOSTILE}, "publication", False),
    (f"{API}/countries/BE/publications", {"title": "X", "publisher": HOSTILE}, "publication", True),
    (
        f"{API}/indicators",
        {
            "slug": "x",
            "name": "X",
            "label": "X",
            "group": "X",
            "value_type": "number",
            "definition": HOSTILE,
        },
        "indicator",
        True,
    ),
    (
        f"{API}/indicators",
        {"slug": "x", "name": "X", "label": HOSTILE, "group": SHORT, "value_type": "number"},
        "indicator",
        True,
    ),
    (
        f"{API}/indicators",
        {"slug": "x", "name": HOSTILE, "label": "X", "group": "X", "value_type": "number"},
        "indicator",
        False,
    ),
]


class TestSearchSnippets:
    @pytest.mark.parametrize(("path", "body", "kind", "in_snippet"), SEARCHABLE)
    def test_hostile_text_comes_back_escaped(
        self,
        client: TestClient,
        api_keys: dict[str, str],
        path: str,
        body: dict[str, Any],
        kind: str,
        in_snippet: bool,
    ) -> None:
        created = client.post(path, json=body, headers=bearer(api_keys["admin"]))
        assert created.status_code == 201, created.text
        hits = client.get(f"{API}/search", params={"q": "zanzibar", "type": kind}).json()["data"]
        assert len(hits) == 1
        snippet = hits[0]["snippet"]
        _only_marks(snippet)
        assert "<script>" not in snippet
        assert 'onerror="' not in snippet
        if in_snippet:
            assert "<mark>zanzibar</mark>" in snippet
            # SQLite keeps the markup's text (escaped); PostgreSQL's headline
            # leaves tags out of the snippet altogether.
            if "img" in snippet:
                assert ESCAPED_IMG in snippet
        # The title is plain text (JSON), for a front-end to insert as text.
        assert hits[0]["title"] == body.get("name", body.get("title"))

    def test_the_marks_cannot_be_forged_by_the_text(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        # The engines mark matches with control characters; text holding them
        # is indexed without them, so it cannot open a <mark> of its own.
        body = {"slug": "x", "title": "X", "body": "zanzibar \x02<b>bold\x03 end"}
        assert (
            client.post(
                f"{API}/countries/BE/narrative", json=body, headers=bearer(api_keys["write"])
            ).status_code
            == 201
        )
        snippet = client.get(f"{API}/search", params={"q": "zanzibar"}).json()["data"][0]["snippet"]
        assert snippet.count("<mark>") == snippet.count("</mark>") == 1
        assert "bold" in snippet
        _only_marks(snippet)

    def test_seeded_snippet_marks_the_stem(self, client: TestClient) -> None:
        hits = client.get(f"{API}/search", params={"q": "Fedasil"}).json()["data"]
        assert hits[0]["title"] == "Federal Agency for the Reception of Asylum Seekers"
        assert hits[0]["snippet"] == "<mark>Fedasil</mark>"


class TestNarrativeHtml:
    def test_raw_html_in_the_markdown_is_escaped(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        markdown = (
            "Intro with **bold** and [a link](https://example.org/a?b=1&c=2).\n\n"
            f"{HOSTILE}\n\n"
            '[click](javascript:alert(3)) <a href="https://evil.example">x</a>'
        )
        created = client.post(
            f"{API}/countries/BE/narrative",
            json={"slug": "x", "title": "X", "body": markdown},
            headers=bearer(api_keys["write"]),
        )
        assert created.status_code == 201, created.text
        html = client.get(f"{API}/countries/BE/narrative/x").json()["body_html"]
        assert html == (
            "<p>Intro with <strong>bold</strong> and "
            '<a href="https://example.org/a?b=1&amp;c=2">a link</a>.</p>\n'
            f"<p>{ESCAPED_IMG} zanzibar &lt;script&gt;alert(2)&lt;/script&gt; &amp; "
            "&quot;q&quot;</p>\n"
            "<p>[click](javascript:alert(3)) "
            "&lt;a href=&quot;https://evil.example&quot;&gt;x&lt;/a&gt;</p>\n"
        )
        assert created.json()["body_html"] == html

    def test_seeded_sections_carry_their_html(self, client: TestClient) -> None:
        sections = client.get(f"{API}/countries/BE/narrative").json()["data"]
        assert len(sections) == 9
        first = sections[0]
        assert first["body_html"].startswith("<p>")
        assert first["body_html"].endswith("</p>\n")
        profile = client.get(f"{API}/countries/BE/profile").json()
        assert [s["body_html"] for s in profile["narrative"]] == [s["body_html"] for s in sections]
