"""The lean lane (app.lean_routes) answers exactly as the routes it stands in front of."""

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from app.authorities.router import router as authorities_router
from app.lean_routes import LeanRoute

API = "/api/v1"
SERIES = f"{API}/countries/BE/indicators/population"

# Each read is asked of the lane and of FastAPI's route: good requests,
# requests the route refuses (422) and reads of what does not exist (404).
READS = [
    SERIES,
    f"{API}/countries/bel/indicators/gdp",
    f"{SERIES}?format=csv",
    f"{SERIES}?source=statbel&source=world-bank",
    f"{SERIES}?source=statbel&source=statbel",
    f"{SERIES}?from=2020&to=2024&from=2024",
    f"{SERIES}?as_of=2000-01-01",
    f"{SERIES}?country=FR&limit=3",  # not parameters of this read: ignored
    f"{SERIES}?from=2030&to=2020",
    f"{SERIES}?from=abc",
    f"{SERIES}?from=",
    f"{SERIES}?format=xml",
    f"{SERIES}?as_of=yesterday",
    f"{SERIES}?source=no%20such",
    f"{SERIES}?source=nowhere",
    f"{API}/countries/XX/indicators/population",
    f"{API}/countries/B3/indicators/population",
    f"{API}/countries/BE/indicators/nothing",
    f"{API}/observations",
    f"{API}/observations?country=BE&limit=5",
    f"{API}/observations?country=BE&country=bel&indicator=gdp&format=csv",
    f"{API}/observations?country=BE&latest=true&indicator=population",
    f"{API}/observations?source=unhcr&from=2020&to=2024",
    f"{API}/observations?limit=0",
    f"{API}/observations?limit=1001",
    f"{API}/observations?latest=maybe",
    f"{API}/observations?country=XX",
    f"{API}/observations?cursor=forged",
]


@pytest.fixture
def routed(app: FastAPI) -> Iterator[TestClient]:
    """The same application with its lean routes set aside: FastAPI answers every read."""
    lean = [route for route in app.router.routes if isinstance(route, LeanRoute)]
    assert len(lean) == 2
    for route in lean:
        app.router.routes.remove(route)
    try:
        with TestClient(app) as client:
            yield client
    finally:
        app.router.routes[0:0] = lean


def _answer(client: TestClient, url: str) -> tuple[int, str | None, str | None, str | None, bytes]:
    # One request id for both: problem bodies carry it.
    response = client.get(url, headers={"X-Request-ID": "parity"})
    headers = response.headers
    return (
        response.status_code,
        headers.get("content-type"),
        headers.get("etag"),
        headers.get("link"),
        response.content,
    )


class TestParity:
    @pytest.mark.parametrize("url", READS)
    def test_lane_answers_as_the_route(
        self, client: TestClient, routed: TestClient, url: str
    ) -> None:
        via_lane = _answer(client, url)
        app: FastAPI = client.app  # type: ignore[assignment]
        app.state.response_cache.clear()
        assert _answer(routed, url) == via_lane

    def test_the_series_is_belgiums(self, client: TestClient) -> None:
        series = client.get(SERIES).json()["series"]
        assert [(s["source"]["label"], s["values"][-1]["value"]) for s in series] == [
            ("World Bank", 11858610),
            ("STAT BEL", 11763650),
        ]

    def test_following_pages_agree(self, client: TestClient, routed: TestClient) -> None:
        first = client.get(f"{API}/observations?country=BE&limit=4").json()
        assert first["links"]["next"]
        assert _answer(client, first["links"]["next"]) == _answer(routed, first["links"]["next"])


class TestLane:
    def test_metrics_name_the_route(self, client: TestClient) -> None:
        def count() -> float:
            families = text_string_to_metric_families(client.get("/metrics").text)
            requests = next(f for f in families if f.name == "http_requests")
            return sum(
                s.value
                for s in requests.samples
                if s.name == "http_requests_total"
                and s.labels.get("handler") == "/api/v1/countries/{country}/indicators/{indicator}"
                and s.labels.get("status") == "200"
            )

        before = count()
        client.get(f"{SERIES}?from=2001")
        assert count() == before + 1

    def test_other_methods_go_to_the_route(self, client: TestClient) -> None:
        response = client.post(SERIES)
        assert response.status_code == 405
        assert response.headers["content-type"] == "application/problem+json"

    def test_a_route_with_other_dependencies_is_refused(self) -> None:
        # Creating authorities takes a session and an API key.
        route = next(
            r for r in authorities_router.routes if isinstance(r, APIRoute) and "POST" in r.methods
        )
        with pytest.raises(ValueError, match="only path and query parameters"):
            LeanRoute(route)
