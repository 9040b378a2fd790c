"""Bad input always gets a 4xx problem+json, never a 500 and never a traceback."""

import pytest
from fastapi.testclient import TestClient

API = "/api/v1"
LONG = "x" * 5000

# (method, url, expected status)
BAD_REQUESTS = [
    # unknown codes and slugs
    ("GET", f"{API}/countries/XX", 404),
    ("GET", f"{API}/countries/ZZZ/profile", 404),
    ("GET", f"{API}/countries/FR/indicators", 404),
    ("GET", f"{API}/countries/BE/indicators/happiness", 404),
    ("GET", f"{API}/countries/BE/indicators/population?source=nowhere", 404),
    ("GET", f"{API}/countries/BE/narrative/no-such-section", 404),
    ("GET", f"{API}/indicators/happiness", 404),
    ("GET", f"{API}/sources/nowhere", 404),
    ("GET", f"{API}/observations?country=XX", 404),
    ("GET", f"{API}/observations?indicator=happiness", 404),
    ("GET", f"{API}/observations?source=nowhere", 404),
    ("GET", f"{API}/observations/999999", 404),
    ("GET", f"{API}/nowhere", 404),
    ("GET", "/nowhere", 404),
    # malformed country codes
    ("GET", f"{API}/countries/B", 422),
    ("GET", f"{API}/countries/BELGI", 422),
    ("GET", f"{API}/countries/B3/profile", 422),
    ("GET", f"{API}/countries/%C3%A9%C3%A9/profile", 422),
    ("GET", f"{API}/observations?country=1", 422),
    # malformed years
    ("GET", f"{API}/observations?from=abc", 422),
    ("GET", f"{API}/observations?to=20.5", 422),
    ("GET", f"{API}/observations?from=-1", 422),
    ("GET", f"{API}/observations?from=99999", 422),
    ("GET", f"{API}/observations?from=2024&to=2020", 422),
    ("GET", f"{API}/countries/BE/indicators/population?from=2025&to=2000", 422),
    ("GET", f"{API}/countries/BE/indicators/population?to=1e3", 422),
    # limits and cursors
    ("GET", f"{API}/observations?limit=0", 422),
    ("GET", f"{API}/observations?limit=-5", 422),
    ("GET", f"{API}/observations?limit=1001", 422),
    ("GET", f"{API}/observations?limit=99999999999999999999", 422),
    ("GET", f"{API}/observations?limit=ten", 422),
    ("GET", f"{API}/observations?cursor=garbage", 422),
    ("GET", f"{API}/observations?cursor=", 422),
    ("GET", f"{API}/observations?cursor=eyJhZnRlciI6IDF9.00", 422),
    ("GET", f"{API}/observations?cursor={LONG}", 422),
    ("GET", f"{API}/observations?latest=perhaps", 422),
    ("GET", f"{API}/observations?format=xml", 422),
    ("GET", f"{API}/countries/BE/authorities?role=minister", 422),
    ("GET", f"{API}/observations/abc", 422),
    ("GET", f"{API}/observations/0", 422),
    ("GET", f"{API}/observations/-3", 422),
    ("GET", f"{API}/observations/99999999999999999999", 422),
    # injection strings, long and non-ASCII values
    ("GET", f"{API}/countries/BE'%20OR%201=1--/profile", 422),
    ("GET", f"{API}/observations?indicator=population'%3B%20DROP%20TABLE%20observations%3B--", 422),
    ("GET", f"{API}/observations?source=%25", 422),
    ("GET", f"{API}/observations?source=world-bank%00", 422),
    ("GET", f"{API}/countries/BE/indicators/%3Cscript%3E", 422),
    ("GET", f"{API}/countries/BE/indicators/POPULATION", 404),
    ("GET", f"{API}/countries/BE/narrative/{LONG}", 422),
    ("GET", f"{API}/indicators/{LONG}", 422),
    ("GET", f"{API}/sources/%F0%9F%98%80", 422),
    ("GET", f"{API}/countries/BE/indicators/%E2%80%AE%00", 422),
    ("GET", f"{API}/countries/BE/narrative/section%00", 422),
    ("GET", f"{API}/observations?country=%00%00", 422),
    # wrong methods
    ("PUT", f"{API}/countries", 405),
    ("DELETE", f"{API}/countries/BE/profile", 405),
    ("PUT", f"{API}/observations/1", 405),
    ("DELETE", f"{API}/observations", 405),
    ("POST", f"{API}/countries/BE/indicators", 405),
    ("PUT", f"{API}/sources/nbb", 405),
    ("POST", "/health/live", 405),
    # malformed as_of
    ("GET", f"{API}/observations?as_of=yesterday", 422),
    ("GET", f"{API}/observations?as_of=2026-13-01", 422),
    ("GET", f"{API}/countries/BE/profile?as_of=2026-02-30T10:00:00", 422),
]


@pytest.mark.parametrize(("method", "url", "status"), BAD_REQUESTS)
def test_bad_input_is_a_4xx_problem(client: TestClient, method: str, url: str, status: int) -> None:
    response = client.request(method, url)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status
    assert problem["title"]
    assert problem["detail"]
    assert problem["type"]
    assert "Traceback" not in response.text
    if status == 422:
        assert problem["type"] == "/problems/validation-error"
        assert problem["errors"]
        assert all(e["loc"] and e["msg"] for e in problem["errors"])
    if status == 405:
        assert response.headers["allow"]


def test_there_are_at_least_forty_cases() -> None:
    assert len(BAD_REQUESTS) >= 40


def test_validation_problem_names_each_bad_parameter(client: TestClient) -> None:
    response = client.get(f"{API}/observations?limit=0&from=abc&latest=maybe")
    assert response.status_code == 422
    locations = sorted(tuple(e["loc"]) for e in response.json()["errors"])
    assert locations == [("query", "from"), ("query", "latest"), ("query", "limit")]
    assert response.json()["detail"] == (
        "Invalid request parameters: query.from, query.latest, query.limit."
    )
