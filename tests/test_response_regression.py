"""Every public read answers as it answered before the read side became one path.

`tests/data/responses/<backend>.json` holds each read's status, media type,
`Link` header and body, recorded from the seeded database; the test asks each
read again and compares them byte for byte. Only what differs from one test
database to the next is masked: moments (the seed's time), signed cursors (a
secret of each database) and request ids. The ETag must be the body's own.

After a deliberate change of a response, record the files again and review
the diff:

    RECORD_RESPONSES=1 .venv/bin/pytest tests/test_response_regression.py
    RECORD_RESPONSES=1 TEST_DATABASE_URL=... .venv/bin/pytest tests/test_response_regression.py
"""

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.http.cache import entity_tag

API = "/api/v1"
SERIES = f"{API}/countries/BE/indicators/population"
RESPONSES = Path(__file__).resolve().parent / "data" / "responses"

READS = [
    f"{API}/countries",
    f"{API}/countries/BE",
    f"{API}/countries/bel",
    f"{API}/countries/XX",
    f"{API}/countries/BE/profile",
    f"{API}/countries/BE/profile?as_of=2000-01-01T00:00:00Z",
    f"{API}/countries/BE/profile?as_of=2999-01-01T00:00:00Z",
    f"{API}/countries/XX/profile",
    f"{API}/countries/BE/indicators",
    f"{API}/countries/BE/indicators?format=csv",
    f"{API}/countries/BE/indicators?as_of=2999-01-01T00:00:00Z",
    SERIES,
    f"{SERIES}?format=csv",
    f"{SERIES}?source=statbel&source=world-bank",
    f"{SERIES}?from=2020&to=2024",
    f"{SERIES}?as_of=2000-01-01",
    f"{SERIES}?from=2030&to=2020",
    f"{SERIES}?source=nowhere",
    f"{API}/countries/bel/indicators/gdp",
    f"{API}/countries/BE/indicators/nothing",
    f"{API}/countries/XX/indicators/population",
    f"{API}/countries/BE/authorities",
    f"{API}/countries/BE/authorities?role=agency",
    f"{API}/countries/BE/authorities/1",
    f"{API}/countries/BE/authorities/999",
    f"{API}/countries/BE/policy-documents",
    f"{API}/countries/BE/policy-documents/1",
    f"{API}/countries/BE/publications",
    f"{API}/countries/BE/publications/1",
    f"{API}/countries/BE/narrative",
    f"{API}/countries/BE/narrative/migration-trends",
    f"{API}/countries/BE/narrative/nothing",
    f"{API}/observations",
    f"{API}/observations?limit=5",
    f"{API}/observations?country=BE&limit=1000",
    f"{API}/observations?country=BE&country=bel&indicator=gdp&format=csv",
    f"{API}/observations?country=BE&latest=true&indicator=population",
    f"{API}/observations?source=unhcr&from=2020&to=2024",
    f"{API}/observations?as_of=2999-01-01T00:00:00Z&limit=3",
    f"{API}/observations?limit=0",
    f"{API}/observations?country=XX",
    f"{API}/observations?cursor=forged",
    f"{API}/observations/1",
    f"{API}/observations/1/revisions",
    f"{API}/observations/99999",
    f"{API}/indicators",
    f"{API}/indicators/population",
    f"{API}/indicators/population/revisions",
    f"{API}/sources",
    f"{API}/sources/world-bank",
    f"{API}/search?q=reception",
    f"{API}/search?q=immigration%20office&country=BE&kind=authority",
    f"{API}/search?q=%22",
]

_MOMENT = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(\+00:00|Z)?")
_CURSOR = re.compile(r"cursor=[A-Za-z0-9_.%=-]+")
_REQUEST_ID = re.compile(r'"request_id":"[^"]*"')


def _masked(text: str) -> str:
    text = _MOMENT.sub("<moment>", text)
    text = _CURSOR.sub("cursor=<cursor>", text)
    return _REQUEST_ID.sub('"request_id":"<id>"', text)


def _answer(client: TestClient, path: str) -> dict[str, Any]:
    response = client.get(path, headers={"Accept-Encoding": "identity"})
    if response.status_code == 200:
        assert response.headers["etag"] == entity_tag(response.content), path
    return {
        "status": response.status_code,
        "content_type": response.headers["content-type"],
        "link": _masked(response.headers.get("link", "")),
        "body": _masked(response.text),
    }


def _backend(client: TestClient) -> str:
    return "sqlite" if client.app.state.settings.is_sqlite else "postgresql"  # type: ignore[attr-defined]


def test_every_read_answers_as_recorded(client: TestClient) -> None:
    recorded_file = RESPONSES / f"{_backend(client)}.json"
    answers = {path: _answer(client, path) for path in READS}
    if os.environ.get("RECORD_RESPONSES"):
        RESPONSES.mkdir(parents=True, exist_ok=True)
        recorded_file.write_text(json.dumps(answers, indent=1, ensure_ascii=False) + "\n")
        pytest.skip(f"recorded {recorded_file}")
    recorded = json.loads(recorded_file.read_text())
    assert list(answers) == list(recorded)
    for path in READS:
        assert answers[path] == recorded[path], path
