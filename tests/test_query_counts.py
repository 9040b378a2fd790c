"""Every public read runs a fixed number of statements, however many rows it
answers: counted on the test's connection, with Belgium as seeded and again
after each of its lists, its text and its values have grown."""

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Connection, event

from tests.conftest import bearer

API = "/api/v1"
BE = f"{API}/countries/BE"

READS = [
    f"{API}/countries",
    BE,
    f"{BE}/profile",
    f"{BE}/profile?as_of=2999-01-01T00:00:00Z",
    f"{BE}/profile?lang=fr",
    f"{BE}/indicators",
    f"{BE}/indicators?format=csv",
    f"{BE}/indicators/population",
    f"{BE}/indicators/population?format=csv",
    f"{BE}/indicators/population?source=world-bank&source=statbel",
    f"{BE}/authorities",
    f"{BE}/authorities/1",
    f"{BE}/authorities/1/revisions",
    f"{BE}/policy-documents",
    f"{BE}/publications",
    f"{BE}/narrative",
    f"{BE}/narrative/migration-trends",
    f"{API}/observations?country=BE&limit=1000",
    f"{API}/observations?country=BE&indicator=population&latest=true",
    f"{API}/observations/1",
    f"{API}/observations/1/revisions",
    f"{API}/indicators",
    f"{API}/sources",
    f"{API}/search?q=migration",
]


@pytest.fixture
def statements(connection: Connection) -> Iterator[list[str]]:
    """The SQL statements run on the test's connection (every read runs on it)."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(connection, "before_cursor_execute", record)
    yield seen
    event.remove(connection, "before_cursor_execute", record)


def _counts(client: TestClient, app: FastAPI, statements: list[str]) -> dict[str, int]:
    counts = {}
    for path in READS:
        if app.state.response_cache is not None:
            app.state.response_cache.clear()  # every read reaches the database
        statements.clear()
        response = client.get(path)
        assert response.status_code == 200, (path, response.text)
        counts[path] = len(statements)
    return counts


def _grow(client: TestClient, key: str) -> None:
    """More of everything Belgium has: list items, sections with citations, values."""
    headers = bearer(key)
    for i in range(15):
        for path, body in (
            ("authorities", {"role": "agency", "name": f"Agency {i}", "acronym": f"A{i}"}),
            ("policy-documents", {"title": f"Act {i}", "year": 2000 + i, "kind": "act"}),
            ("publications", {"title": f"Report {i}", "publisher": "IOM", "year": 2000 + i}),
        ):
            assert client.post(f"{BE}/{path}", json=body, headers=headers).status_code == 201
        section = {
            "slug": f"migration-extra-{i}",
            "title": f"Migration, part {i}",
            "body": f"Migration in part {i}: one and two.",
            "citations": [{"text": "one"}, {"text": "two"}],
        }
        assert client.post(f"{BE}/narrative", json=section, headers=headers).status_code == 201
        for source in ("world-bank", "statbel"):
            value = {
                "country": "BE",
                "indicator": "population",
                "source": source,
                "year": 1960 + i,
                "value": 9_000_000 + i,
            }
            response = client.post(f"{API}/observations", json=value, headers=headers)
            assert response.status_code == 201, response.text


def test_reads_run_as_many_statements_whatever_the_rows(
    client: TestClient, app: FastAPI, statements: list[str], api_keys: dict[str, str]
) -> None:
    before = _counts(client, app, statements)
    _grow(client, api_keys["write"])
    after = _counts(client, app, statements)
    assert after == before
    # And few of them: the whole page is eight (the country, its values, their
    # catalogue entries, three lists, the sections and their citations); as of a
    # moment, ten (the catalogue's labels then, from the history, are two more).
    # In another language, one more now: the sources' translations.
    assert before[f"{BE}/profile"] == 8
    assert before[f"{BE}/profile?lang=fr"] == 9
    assert max(before.values()) == before[f"{BE}/profile?as_of=2999-01-01T00:00:00Z"] == 10
