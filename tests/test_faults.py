"""The service under faults and load, run as `migration-profiles serve`.

Start-up errors and the JSON log run on both backends; the rest needs
PostgreSQL (a database that can go away and come back, concurrent writers):
each of those tests serves a scratch database of its own.
"""

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, make_url, select, text
from sqlalchemy.orm import Session

from app.auth.service import create_api_key
from app.config import Settings
from app.deps import SessionDep
from app.main import create_app
from app.models import ApiKeyScope, Country, Observation, ObservationRevision
from tests import server as serve
from tests.tcp_proxy import TCPProxy

API = "/api/v1"
PROBLEM = "application/problem+json"
# Writes in a burst from one key, on purpose: not what these tests are about.
NO_LIMITS = {"RATE_LIMIT_WRITES": "1000000/minute"}


@pytest.fixture
def pg(scratch_settings: Settings) -> Settings:
    if scratch_settings.is_sqlite:
        pytest.skip("needs PostgreSQL")
    return scratch_settings


def _write_key(settings: Settings) -> str:
    engine = create_engine(settings.database_url)
    try:
        with Session(engine) as session, session.begin():
            return create_api_key(session, name="load", scope=ApiKeyScope.WRITE)[1]
    finally:
        engine.dispose()


class TestStartup:
    def test_an_unreachable_database_is_one_clear_line(self, tmp_path: Path) -> None:
        closed = serve.free_port()
        url = f"postgresql://postgres@127.0.0.1:{closed}/nowhere"
        with (
            pytest.raises(RuntimeError, match="serve did not come up") as failed,
            serve.running(url, tmp_path / "serve.log"),
        ):
            pass  # pragma: no cover
        assert "Traceback" not in str(failed.value)
        lines = (tmp_path / "serve.log").read_text().splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith("error: database error: OperationalError: ")
        assert "127.0.0.1" in lines[0]


class TestJsonLog:
    def test_one_json_line_per_request_with_its_id(self, tmp_path: Path) -> None:
        url = f"sqlite:///{tmp_path}/log.sqlite3"
        with serve.running(url, tmp_path / "serve.log") as server:
            ok = httpx.get(f"{server.url}{API}/countries/BE", headers={"X-Request-ID": "log-1"})
            missing = httpx.get(f"{server.url}{API}/countries/XX")
            assert server.stop()
        lines = [json.loads(line) for line in server.log_lines()]  # every line is JSON
        requests = {line["request_id"]: line for line in lines if line["message"] == "request"}
        assert requests["log-1"] | {"duration_ms": 0, "time": ""} == {
            "time": "",
            "level": "INFO",
            "logger": "app.access",
            "message": "request",
            "request_id": "log-1",
            "method": "GET",
            "path": f"{API}/countries/BE",
            "query": "",
            "status": ok.status_code,
            "duration_ms": 0,
            "client": "127.0.0.1",
        }
        assert requests[missing.headers["x-request-id"]]["status"] == 404
        assert requests["log-1"]["duration_ms"] > 0
        # Server lines (start, shutdown) have the same shape, without a request.
        assert any(
            line["logger"] == "uvicorn.error" and line["request_id"] is None for line in lines
        )


class TestDatabaseOutage:
    def test_503_while_the_database_is_away_then_recovery(
        self, pg: Settings, tmp_path: Path
    ) -> None:
        target = make_url(pg.database_url)
        proxy = TCPProxy((target.host or "127.0.0.1", target.port or 5432))
        proxy.start()
        through_proxy = target.set(port=proxy.port).render_as_string(hide_password=False)
        with serve.running(through_proxy, tmp_path / "serve.log", env=NO_LIMITS) as server:
            key = _write_key(pg)
            client = httpx.Client(base_url=server.url, timeout=10)
            profile = f"{API}/countries/BE/profile"
            assert client.get(profile).status_code == 200

            proxy.stop()
            # For up to the cache's check interval (1 s) a cached read may still
            # be answered; after it, nothing unconfirmed is.
            time.sleep(1.1)
            for response in (
                client.get(profile),
                client.get(f"{API}/observations", params={"country": "BE", "latest": "true"}),
                client.patch(
                    f"{API}/observations/1",
                    json={"value": 1},
                    headers={"Authorization": f"Bearer {key}", "If-Match": '"x"'},
                ),
            ):
                assert response.status_code == 503, response.text[:300]
                assert response.headers["content-type"] == PROBLEM
                assert response.headers["retry-after"] == "5"
                assert response.json()["type"] == "/problems/database-unavailable"
            started = time.monotonic()
            ready = client.get("/health/ready")
            assert (ready.status_code, ready.headers["retry-after"]) == (503, "5")
            assert ready.json()["type"] == "/problems/database-unavailable"
            assert time.monotonic() - started < 1.5
            assert client.get("/health/live").status_code == 200

            proxy.start()  # the database is back, on the same address
            assert client.get(profile).status_code == 200
            assert client.get("/health/ready").status_code == 200
            assert server.stop()
        proxy.stop()

    def test_terminated_connections_are_replaced_without_an_error(
        self, pg: Settings, tmp_path: Path
    ) -> None:
        with serve.running(pg.database_url, tmp_path / "serve.log", env=NO_LIMITS) as server:
            key = _write_key(pg)
            client = httpx.Client(base_url=server.url, timeout=10)
            assert client.get(f"{API}/observations/1").status_code == 200
            admin = create_engine(pg.database_url, isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                killed = connection.scalar(
                    text(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
            admin.dispose()
            assert killed >= 1
            # The very next requests, a read and a write, succeed.
            current = client.get(f"{API}/countries/BE/indicators/population", params={"x": 1})
            assert current.status_code == 200
            read = client.get(f"{API}/observations/1")
            written = client.patch(
                f"{API}/observations/1",
                json={"value": 11858611},
                headers={"Authorization": f"Bearer {key}", "If-Match": read.headers["etag"]},
            )
            assert written.status_code == 200


class TestStatementTimeout:
    def test_a_query_over_the_statement_timeout_is_a_503(self, pg: Settings) -> None:
        app = create_app(pg.model_copy(update={"statement_timeout_ms": 200}))

        @app.get("/test/slow-query")
        def slow_query(session: SessionDep) -> dict[str, str]:
            session.execute(text("SELECT pg_sleep(3)"))
            return {"slept": "yes"}  # pragma: no cover

        with TestClient(app) as client:
            started = time.monotonic()
            response = client.get("/test/slow-query")
            assert time.monotonic() - started < 2
        assert response.status_code == 503
        assert response.headers["content-type"] == PROBLEM
        assert response.headers["retry-after"] == "5"
        assert response.json()["type"] == "/problems/database-unavailable"


@dataclass
class Outcome:
    request_id: str
    kind: str  # read, create, update
    status: int | None  # None: no response (a transport error)
    error: str = ""
    observation_id: int | None = None
    year: int | None = None
    value: Decimal | None = None


READS = [
    f"{API}/countries/BE/indicators/population",
    f"{API}/observations?country=BE&limit=100",
    f"{API}/countries/BE/profile",
    f"{API}/search?q=asylum",
]


def _client_run(
    url: str, key: str, client_no: int, requests: int, stop: threading.Event
) -> list[Outcome]:
    """One client: reads, and writes of its own values (create, then updates)."""
    outcomes: list[Outcome] = []
    auth = {"Authorization": f"Bearer {key}"}
    mine: tuple[int, str] | None = None  # (id, etag) of this client's latest value
    with httpx.Client(base_url=url, timeout=30) as client:
        for i in range(requests):
            if stop.is_set():
                break
            request_id = f"load-{client_no}-{i}"
            headers = {"X-Request-ID": request_id}
            value = Decimal(f"{client_no * 1000 + i}.5")
            request: dict[str, Any]
            if i % 10 == 3 and i < 4000:
                # A year of its own for each create: 400 per client from 1000.
                kind, year = "create", 1000 + client_no * 400 + i // 10
                body = {"country": "BE", "indicator": "population", "source": "world-bank"}
                request = {
                    "method": "POST",
                    "url": f"{API}/observations",
                    "json": {**body, "year": year, "value": float(value)},
                    "headers": {**headers, **auth},
                }
            elif i % 10 == 7 and mine is not None:
                kind, year = "update", None
                target, etag = mine
                request = {
                    "method": "PATCH",
                    "url": f"{API}/observations/{target}",
                    "json": {"value": float(value)},
                    "headers": {**headers, **auth, "If-Match": etag},
                }
            else:
                kind, year = "read", None
                request = {"method": "GET", "url": READS[i % len(READS)], "headers": headers}
            try:
                response = client.request(**request)
            except httpx.TransportError as exc:
                failed = Outcome(request_id, kind, None, type(exc).__name__, year=year, value=value)
                outcomes.append(failed)
                break  # the server is going away
            outcome = Outcome(request_id, kind, response.status_code, year=year, value=value)
            if kind != "read" and response.status_code in (200, 201):
                outcome.observation_id = response.json()["id"]
                mine = (outcome.observation_id, response.headers["etag"])
            outcomes.append(outcome)
    return outcomes


def _run_load(
    url: str, key: str, *, clients: int, requests: int, stop: threading.Event
) -> list[Outcome]:
    with ThreadPoolExecutor(clients) as pool:
        runs = [pool.submit(_client_run, url, key, n, requests, stop) for n in range(clients)]
        return [outcome for run in runs for outcome in run.result()]


def _check_writes(settings: Settings, outcomes: list[Outcome]) -> None:
    """Every acknowledged write is stored with its revision; no refused one left a trace."""
    engine = create_engine(settings.database_url)
    with Session(engine) as session:
        for o in outcomes:
            if o.kind == "create" and o.status == 201:
                stored = session.get(Observation, o.observation_id)
                assert stored is not None
                assert stored.year == o.year
                revisions = session.execute(
                    select(ObservationRevision.action, ObservationRevision.value_number)
                    .where(ObservationRevision.observation_id == o.observation_id)
                    .order_by(ObservationRevision.number)
                ).all()
                assert tuple(revisions[0]) == ("create", o.value)
                # The value served now is the newest revision's.
                assert revisions[-1][1] == stored.value_number
            elif o.kind == "update" and o.status == 200:
                assert (
                    session.scalar(
                        select(func.count()).where(
                            ObservationRevision.observation_id == o.observation_id,
                            ObservationRevision.action == "update",
                            ObservationRevision.value_number == o.value,
                        )
                    )
                    == 1
                )
            elif o.kind == "create" and o.status is not None:
                # Refused: nothing written for its year.
                assert session.scalar(select(func.count()).where(Observation.year == o.year)) == 0
            elif o.kind == "create":
                # Unanswered (the server went away): stored whole, or not at all.
                stored = session.scalar(select(Observation).where(Observation.year == o.year))
                if stored is not None:
                    assert stored.value_number == o.value
                    assert (
                        session.scalar(
                            select(func.count()).where(
                                ObservationRevision.observation_id == stored.id
                            )
                        )
                        == 1
                    )
            elif o.kind == "update" and o.status is not None:
                assert (
                    session.scalar(
                        select(func.count()).where(ObservationRevision.value_number == o.value)
                    )
                    == 0
                ), o
        assert session.scalar(select(func.count()).select_from(Country)) == 1
    engine.dispose()


class TestLoad:
    def test_mixed_load_no_5xx_and_every_acknowledged_write_is_kept(
        self, pg: Settings, tmp_path: Path
    ) -> None:
        with serve.running(pg.database_url, tmp_path / "serve.log", env=NO_LIMITS) as server:
            key = _write_key(pg)
            outcomes = _run_load(server.url, key, clients=20, requests=100, stop=threading.Event())
            assert server.stop()
        statuses = [o.status for o in outcomes]
        assert len(statuses) == 2000
        assert None not in statuses
        assert not [s for s in statuses if s >= 500]
        kinds = {(o.kind, o.status) for o in outcomes}
        assert {("read", 200), ("create", 201), ("update", 200)} <= kinds
        _check_writes(pg, outcomes)

    def test_sigterm_during_load_lets_accepted_requests_finish(
        self, pg: Settings, tmp_path: Path
    ) -> None:
        stop = threading.Event()
        with serve.running(pg.database_url, tmp_path / "serve.log", env=NO_LIMITS) as server:
            key = _write_key(pg)
            with ThreadPoolExecutor(1) as pool:
                load = pool.submit(
                    _run_load, server.url, key, clients=20, requests=100_000, stop=stop
                )
                # SIGTERM once the load is well under way, however slow the machine.
                deadline = time.monotonic() + 60
                while sum('"load-' in line for line in server.log_lines()) < 200:
                    assert time.monotonic() < deadline, "the load did not get going"
                    time.sleep(0.05)
                assert server.stop(timeout=40)  # SIGTERM; a graceful exit
                stop.set()
                outcomes = load.result(timeout=60)
        answered = {o.request_id: o.status for o in outcomes if o.status is not None}
        assert len(answered) >= 200
        assert not [s for s in answered.values() if s >= 500]
        # Every request the server accepted (and logged) was answered in full.
        logged = {}
        for line in server.log_lines():
            entry = json.loads(line)
            if entry["message"] == "request" and entry["request_id"].startswith("load-"):
                logged[entry["request_id"]] = entry["status"]
        assert logged.items() <= answered.items()
        unanswered = [o for o in outcomes if o.status is None]
        assert all(o.request_id not in logged for o in unanswered)
        _check_writes(pg, outcomes)


class TestSeveralServers:
    def test_servers_starting_together_migrate_and_seed_once(
        self, pg: Settings, tmp_path: Path
    ) -> None:
        def start(n: int) -> bool:
            with serve.running(
                pg.database_url, tmp_path / f"serve-{n}.log", "--workers", "2"
            ) as server:
                statuses = {
                    httpx.get(f"{server.url}{API}/countries").status_code for _ in range(20)
                }
                assert statuses == {200}
                return server.stop()

        with ThreadPoolExecutor(2) as pool:
            assert list(pool.map(start, [1, 2])) == [True, True]
        engine = create_engine(pg.database_url)
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM alembic_version")) == 1
            assert connection.scalar(text("SELECT count(*) FROM countries")) == 1
            assert connection.scalar(text("SELECT count(*) FROM observations")) == 18
        engine.dispose()
        loaded = [
            n
            for n in (1, 2)
            if "loaded belgium.yaml" in (tmp_path / f"serve-{n}.stdout").read_text()
        ]
        assert len(loaded) == 1
