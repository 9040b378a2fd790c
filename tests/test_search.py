"""Full-text search on both engines: relevance, stemming, phrases, freshness, hostile input."""

import pytest
from fastapi.testclient import TestClient

from tests.conftest import bearer

SEARCH = "/api/v1/search"


def hits(client: TestClient, **params: object) -> list[dict[str, object]]:
    response = client.get(SEARCH, params=params)
    assert response.status_code == 200, response.text
    return response.json()["data"]  # type: ignore[no-any-return]


class TestFinds:
    def test_reception_finds_fedasil_and_the_reception_act(self, client: TestClient) -> None:
        found = {(h["type"], h["title"]) for h in hits(client, q="reception")}
        assert ("authority", "Federal Agency for the Reception of Asylum Seekers") in found
        assert ("policy_document", "Belgian Reception Act") in found

    def test_smuggling_finds_the_smuggling_section_first(self, client: TestClient) -> None:
        first = hits(client, q="smuggling")[0]
        assert (first["type"], first["url"]) == (
            "narrative",
            "/api/v1/countries/BE/narrative/people-smuggling",
        )
        assert "<mark>smuggling</mark>" in str(first["snippet"]).lower()

    def test_a_quoted_phrase(self, client: TestClient) -> None:
        found = hits(client, q='"family reunification"')
        assert [h["url"] for h in found] == [
            "/api/v1/countries/BE/narrative/drivers-and-family-reunification"
        ]
        assert "<mark>" in str(found[0]["snippet"])
        # The same words not side by side do not match the phrase.
        assert hits(client, q='"reunification family"') == []

    def test_several_words_match_all_of_them(self, client: TestClient) -> None:
        both = {h["url"] for h in hits(client, q="Flanders Wallonia")}
        assert both == {"/api/v1/countries/BE/narrative/labour-migration"}

    def test_stemming(self, client: TestClient) -> None:
        urls = {h["url"] for h in hits(client, q="refugee")}
        assert "/api/v1/countries/BE/narrative/refugees-and-asylum" in urls
        assert "/api/v1/indicators/refugees" in urls

    def test_every_hit_url_resolves(self, client: TestClient) -> None:
        for query in ("reception", "migration", "refugee", "OECD", "population"):
            for hit in hits(client, q=query):
                assert client.get(str(hit["url"])).status_code == 200, hit

    def test_filters(self, client: TestClient) -> None:
        only = hits(client, q="reception", type="policy_document")
        assert [h["title"] for h in only] == ["Belgian Reception Act"]
        two = {h["type"] for h in hits(client, q="reception", type=["authority", "narrative"])}
        assert two <= {"authority", "narrative"}
        assert hits(client, q="reception", country="bel")

    def test_pagination(self, client: TestClient) -> None:
        seen, url = [], f"{SEARCH}?q=migration&limit=2"
        total = client.get(url).json()["meta"]["total"]
        while url:
            body = client.get(url).json()
            seen += [h["url"] for h in body["data"]]
            url = body["links"]["next"]
        assert len(seen) == len(set(seen)) == total > 4


class TestFreshness:
    def test_renamed_authority_is_found_by_its_new_name_only(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        [hit] = hits(client, q="Myria")
        etag = client.get(str(hit["url"])).headers["etag"]
        response = client.patch(
            str(hit["url"]),
            # Renamed in every language: its translations go too.
            json={
                "name": "Federal Centre for Migration Analysis",
                "acronym": "Kruispunt",
                "translations": {},
            },
            headers={**bearer(api_keys["write"]), "If-Match": etag},
        )
        assert response.status_code == 200
        assert hits(client, q="Myria") == []
        assert [h["url"] for h in hits(client, q="Kruispunt")] == [hit["url"]]
        assert hits(client, q='"Federal Migration Centre"') == []

    def test_a_new_publication_is_found(self, client: TestClient, api_keys: dict[str, str]) -> None:
        client.post(
            "/api/v1/countries/BE/publications",
            json={"title": "Annual Report on Asylum and Migration", "publisher": "EMN"},
            headers=bearer(api_keys["write"]),
        )
        assert [h["title"] for h in hits(client, q="annual report")] == [
            "Annual Report on Asylum and Migration"
        ]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({}, 422),
        ({"q": ""}, 422),
        ({"q": "x" * 201}, 422),
        ({"q": "reception", "type": "country"}, 422),
        ({"q": "reception", "country": "XX"}, 404),
        ({"q": "!!!"}, 422),
    ],
)
def test_bad_searches_are_4xx(client: TestClient, params: dict[str, str], status: int) -> None:
    response = client.get(SEARCH, params=params)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    "q",
    [
        '"unbalanced',
        'two "quotes" and "one',
        "NEAR(reception asylum)",
        "reception NEAR asylum",
        "refug*",
        "*",
        "reception OR smuggling",
        "NOT reception",
        "title:reception",
        "^reception",
        "(reception",
        "reception)",
        "' OR 1=1 --",
        "'; DROP TABLE search_index; --",
        "reception & | ! <-> :*",
        "ünïcödé ßtraße 移民",
        "\u0000null",
        "a" * 199,
        "reception " * 20,
        "-",
        "{}[]",
    ],
)
def test_hostile_queries_never_fail(client: TestClient, q: str) -> None:
    response = client.get(SEARCH, params={"q": q})
    assert response.status_code in (200, 422), response.text
    assert response.headers["content-type"] in ("application/json", "application/problem+json")
