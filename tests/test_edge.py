"""What every response carries (security headers, a request id), what the docs
pages may load, CORS for writes, rate limits, time budgets, and what a server
process does at start-up."""

import asyncio
import base64
import gc
import hashlib
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import ValidationError
from sqlalchemy import Connection

from app.config import Settings
from app.deps import SessionDep
from app.main import create_app
from tests.asgi import asgi_get
from tests.conftest import bearer

API = "/api/v1"
PROBLEM = "application/problem+json"


def _requests(client: TestClient, keys: dict[str, str]) -> Iterator[tuple[str, Any]]:
    country = client.get(f"{API}/countries/BE")
    yield "read", country
    yield "cache hit", client.get(f"{API}/countries/BE")
    yield (
        "304",
        client.get(f"{API}/countries/BE", headers={"If-None-Match": country.headers["etag"]}),
    )
    yield "CSV", client.get(f"{API}/observations", params={"format": "csv"})
    yield "404", client.get(f"{API}/countries/XX")
    yield "422", client.get(f"{API}/observations", params={"limit": "many"})
    yield "405", client.put(f"{API}/sources")
    yield "401", client.delete(f"{API}/observations/1")
    yield "428", client.patch(f"{API}/observations/1", json={}, headers=bearer(keys["write"]))
    yield "413", client.post(f"{API}/observations", content=b"x" * (2 * 1024 * 1024))
    yield (
        "preflight",
        client.options(
            f"{API}/countries/BE",
            headers={"Origin": "https://front.example", "Access-Control-Request-Method": "GET"},
        ),
    )
    for path in ("/health/live", "/health/ready", "/metrics", "/openapi.json", "/docs", "/redoc"):
        yield path, client.get(path)


class TestEveryResponse:
    def test_security_headers_and_a_request_id(
        self, client: TestClient, api_keys: dict[str, str]
    ) -> None:
        seen = set()
        responses = list(_requests(client, api_keys))
        for name, response in responses:
            headers = response.headers
            assert headers["x-content-type-options"] == "nosniff", name
            assert headers["referrer-policy"] == "no-referrer", name
            assert "frame-ancestors 'none'" in headers["content-security-policy"], name
            assert re.fullmatch(r"[0-9a-f]{32}", headers["x-request-id"]), name
            seen.add(headers["x-request-id"])
            if response.status_code >= 400:
                assert response.headers["content-type"] == PROBLEM, name
                assert response.json()["request_id"] == headers["x-request-id"], name
        assert len(seen) == len(responses)  # one new id per request

    def test_api_responses_may_load_nothing(self, client: TestClient) -> None:
        response = client.get(f"{API}/countries/BE/profile")
        policy = response.headers["content-security-policy"]
        assert policy == "default-src 'none'; frame-ancestors 'none'"


class TestRequestId:
    def test_a_supplied_id_is_echoed_unchanged(self, client: TestClient) -> None:
        for supplied in ("4bf92f3577b34da6a3ce929d0e0e4736", "client-7:run/42", "x"):
            response = client.get(f"{API}/countries/XX", headers={"X-Request-ID": supplied})
            assert response.headers["x-request-id"] == supplied
            assert response.json()["request_id"] == supplied

    @pytest.mark.parametrize(
        "hostile",
        [
            b"a" * 10_240,  # 10 KB
            b"abc\r\nSet-Cookie: session=stolen",
            b"abc\ndef",
            b"has space",
            b"caf\xc3\xa9",
            b"",
        ],
    )
    def test_a_hostile_id_is_replaced(self, app: FastAPI, hostile: bytes) -> None:
        # Sent below the HTTP client, which would refuse to send such headers.
        status, headers, body = asyncio.run(
            asgi_get(app, f"{API}/countries/XX", headers=[(b"x-request-id", hostile)])
        )
        echoed = headers[b"x-request-id"]
        assert status == 404
        assert re.fullmatch(rb"[0-9a-f]{32}", echoed)
        assert hostile not in body or hostile == b""
        assert b"Set-Cookie" not in b"".join(v for _, v in headers.items())


class TestDocsPolicy:
    @pytest.mark.parametrize("path", ["/docs", "/redoc"])
    def test_the_docs_load_only_from_this_service(self, client: TestClient, path: str) -> None:
        page = client.get(path)
        policy = dict(
            part.strip().split(" ", 1)
            for part in page.headers["content-security-policy"].split(";")
        )
        assert policy["default-src"] == "'none'"
        assert policy["frame-ancestors"] == "'none'"
        scripts = policy["script-src"].split()
        assert scripts[0] == "'self'"
        assert "'unsafe-inline'" not in scripts
        assert "'unsafe-eval'" not in scripts
        # Every inline script of the page is allowed by its hash, and nothing else is.
        inline = re.findall(r"<script>(.*?)</script>", page.text, re.DOTALL)
        hashes = {
            f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
            for s in inline
        }
        assert set(scripts[1:]) == hashes
        assert (len(hashes) == 1) is (path == "/docs")
        # Every asset the page names is on this service, and answers.
        for asset in re.findall(r'(?:src|href)="([^"]+)"', page.text):
            assert asset.startswith("/"), asset
            assert client.get(asset).status_code == 200, asset


class TestCors:
    @pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
    def test_other_origins_are_never_granted_writes(self, client: TestClient, method: str) -> None:
        response = client.options(
            f"{API}/observations/1",
            headers={
                "Origin": "https://elsewhere.example",
                "Access-Control-Request-Method": method,
                "Access-Control-Request-Headers": "Authorization, If-Match",
            },
        )
        assert response.status_code == 400
        assert method not in response.headers.get("access-control-allow-methods", "")

    def test_reads_are_open(self, client: TestClient) -> None:
        response = client.options(
            f"{API}/countries/BE",
            headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"},
        )
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == "*"
        read = client.get(f"{API}/countries/BE", headers={"Origin": "https://elsewhere.example"})
        exposed = {h.strip() for h in read.headers["access-control-expose-headers"].split(",")}
        assert {"ETag", "Link", "Retry-After", "X-Request-ID"} <= exposed


PORTAL = "https://portal.example.org"


@pytest.fixture
def portal(settings: Settings, connection: Connection) -> Iterator[TestClient]:
    """A deployment that lets one front-end's origin write."""
    app = _own_app(settings, connection, cors_write_origins=[PORTAL])
    with TestClient(app) as client:
        yield client


class TestCorsWriteOrigins:
    @pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
    def test_a_listed_origin_may_write(self, portal: TestClient, method: str) -> None:
        response = portal.options(
            f"{API}/observations/1",
            headers={
                "Origin": PORTAL,
                "Access-Control-Request-Method": method,
                "Access-Control-Request-Headers": "Authorization, If-Match, Content-Type",
            },
        )
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == PORTAL
        assert method in response.headers["access-control-allow-methods"]
        allowed = {h.strip() for h in response.headers["access-control-allow-headers"].split(",")}
        assert {"Authorization", "If-Match", "Content-Type"} <= allowed

    def test_other_origins_still_may_not(self, portal: TestClient) -> None:
        response = portal.options(
            f"{API}/observations/1",
            headers={
                "Origin": "https://elsewhere.example",
                "Access-Control-Request-Method": "PATCH",
                "Access-Control-Request-Headers": "Authorization, If-Match",
            },
        )
        assert response.status_code == 400

    def test_a_write_answer_exposes_etag_and_location(
        self, portal: TestClient, api_keys: dict[str, str]
    ) -> None:
        created = portal.post(
            f"{API}/countries/BE/publications",
            json={"title": "Written from the portal", "year": 2026},
            headers={"Origin": PORTAL, **bearer(api_keys["write"])},
        )
        assert created.status_code == 201
        assert created.headers["access-control-allow-origin"] == PORTAL
        exposed = {h.strip() for h in created.headers["access-control-expose-headers"].split(",")}
        assert {"ETag", "Location"} <= exposed

    def test_reads_stay_open_to_every_origin(self, portal: TestClient) -> None:
        read = portal.get(f"{API}/countries/BE", headers={"Origin": PORTAL})
        assert read.headers["access-control-allow-origin"] == "*"

    @pytest.mark.parametrize("origin", ["*", "portal.example.org", "https://portal.example.org/"])
    def test_only_exact_origins_are_accepted(self, origin: str) -> None:
        with pytest.raises(ValidationError, match="is not an origin"):
            Settings(cors_write_origins=[origin], _env_file=None)  # type: ignore[call-arg]


def _own_app(settings: Settings, connection: Connection, **overrides: Any) -> FastAPI:
    """An application of its own with these settings, its sessions inside the
    test's transaction like the shared one's."""
    app = create_app(settings.model_copy(update=overrides))
    app.state.database.use(connection)
    return app


@pytest.fixture
def limited(settings: Settings, connection: Connection) -> Iterator[TestClient]:
    """Small rate limits."""
    app = _own_app(
        settings, connection, rate_limit_failed_auth="3/minute", rate_limit_writes="2/minute"
    )
    with TestClient(app) as client:
        yield client


@pytest.fixture
def hurried(settings: Settings, connection: Connection) -> Iterator[TestClient]:
    """A time budget of 0.3 s, and routes that need longer."""
    app = _own_app(settings, connection, request_timeout_seconds=0.3)

    @app.get("/test/sleep")
    async def sleep() -> dict[str, str]:
        await asyncio.sleep(5)
        return {"slept": "yes"}

    @app.get("/test/nap")
    async def nap() -> dict[str, str]:
        await asyncio.sleep(0.05)
        return {"slept": "briefly"}

    @app.get("/test/sleep-in-thread")
    def sleep_in_thread(_session: SessionDep) -> dict[str, str]:
        time.sleep(0.6)
        return {"slept": "yes"}

    with TestClient(app) as client:
        yield client


class TestRateLimits:
    def test_the_failed_authentication_after_the_limit_gets_429(
        self, limited: TestClient, api_keys: dict[str, str]
    ) -> None:
        url = f"{API}/observations/1"
        wrong = bearer("mpk_" + "x" * 43)
        assert [limited.patch(url, json={}, headers=wrong).status_code for _ in range(3)] == [
            401,
            401,
            401,
        ]
        refused = limited.patch(url, json={}, headers=wrong)
        assert refused.status_code == 429
        assert refused.headers["content-type"] == PROBLEM
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        assert refused.json()["type"] == "/problems/too-many-requests"
        # A valid key from the same address still works (428: it only lacks If-Match).
        assert limited.patch(url, json={}, headers=bearer(api_keys["write"])).status_code == 428

    def test_writes_over_the_limit_get_429(
        self, limited: TestClient, api_keys: dict[str, str]
    ) -> None:
        url = f"{API}/observations/1"
        key = bearer(api_keys["write"])
        statuses = [limited.patch(url, json={}, headers=key).status_code for _ in range(3)]
        assert statuses == [428, 428, 429]
        # Reads are not limited.
        assert {limited.get(url).status_code for _ in range(5)} == {200}


class TestTimeBudget:
    def test_a_request_over_budget_ends_with_504(self, hurried: TestClient) -> None:
        started = time.monotonic()
        response = hurried.get("/test/sleep")
        assert time.monotonic() - started < 2
        assert response.status_code == 504
        assert response.headers["content-type"] == PROBLEM
        assert response.json()["detail"] == (
            "The request took longer than 0.3 seconds and was stopped."
        )

    def test_requests_within_budget_are_left_alone(self, hurried: TestClient) -> None:
        # A new application's first request allocates enough to set off a full
        # garbage collection in a test process this size (0.15 s seen): not timed.
        hurried.get("/test/nap")
        # The budget's timer looks every 0.03 s: it sees each nap in flight.
        assert [hurried.get("/test/nap").json() for _ in range(3)] == [{"slept": "briefly"}] * 3

    def test_the_next_request_after_a_504_gets_its_whole_budget(self, hurried: TestClient) -> None:
        assert hurried.get("/test/sleep").status_code == 504
        response = hurried.get("/test/nap")
        assert response.status_code == 200
        assert response.json() == {"slept": "briefly"}

    def test_work_in_a_thread_ends_with_504_when_the_thread_returns(
        self, hurried: TestClient
    ) -> None:
        # The thread holds the request's session: the request waits for it.
        # A new application's first request, or a full collection in a test
        # process this size, can outlast the budget before the thread starts
        # (a 504 with no thread to wait for): both are done first.
        hurried.get("/test/nap")
        gc.collect()
        started = time.monotonic()
        response = hurried.get("/test/sleep-in-thread")
        assert time.monotonic() - started >= 0.6
        assert response.status_code == 504


class TestServedProcess:
    def test_start_up_objects_are_hidden_from_the_collector(self, settings: Settings) -> None:
        gc.unfreeze()
        try:
            with TestClient(create_app(settings, freeze_at_startup=True)) as client:
                assert gc.get_freeze_count() > 10_000
                assert client.get("/health/live").json() == {"status": "ok"}
        finally:
            gc.unfreeze()

    def test_an_application_made_in_a_test_freezes_nothing(self, settings: Settings) -> None:
        with TestClient(create_app(settings)):
            assert gc.get_freeze_count() == 0
