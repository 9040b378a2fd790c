"""The sync on a schedule inside `serve`, and `sync all` from the command line,
against the fake upstream served over HTTP on 127.0.0.1 (never the network)."""

import itertools
import json
import os
import time
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import Connection, select
from typer.testing import CliRunner

from app.cli import cli
from app.config import Settings
from app.db import Database, create_db_engine
from app.models import SyncRun
from app.sync import runs
from app.sync.schedule import run_due, sync_lock
from tests import server as serve
from tests.fake_upstream import FakeUpstream
from tests.fake_upstream import serve as serve_upstream
from tests.server import free_port

API = "/api/v1"


class TestDue:
    def test_one_run_per_source_per_interval(
        self,
        engine,
        connection: Connection,
        settings: Settings,  # type: ignore[no-untyped-def]
    ) -> None:
        upstream = FakeUpstream()
        database = Database(engine)
        database.use(connection)
        with serve_upstream(upstream) as base:
            hourly = settings.model_copy(
                update={
                    "worldbank_api_url": f"{base}/v2",
                    "unhcr_api_url": f"{base}/population/v1",
                    "sync_interval_hours": 1.0,
                }
            )
            assert run_due(database, hourly) == ["worldbank", "unhcr"]
            assert run_due(database, hourly) == []  # within the hour: nothing is due
            runs = connection.execute(select(SyncRun.source, SyncRun.trigger)).all()
            assert sorted(runs) == [("unhcr", "schedule"), ("world-bank", "schedule")]
            # An hour later, each is due again.
            connection.execute(
                SyncRun.__table__.update().values(started_at=datetime.now(UTC) - timedelta(hours=1))
            )
            closed = f"http://127.0.0.1:{free_port()}"
            offline = hourly.model_copy(update={"worldbank_api_url": closed})
            assert run_due(database, offline) == ["worldbank", "unhcr"]
        outcomes = connection.execute(
            select(SyncRun.source, SyncRun.outcome).order_by(SyncRun.id.desc()).limit(2)
        ).all()
        assert sorted(outcomes) == [("unhcr", "succeeded"), ("world-bank", "failed")]

    def test_a_run_whose_process_ended_is_closed_as_failed(
        self,
        engine,  # type: ignore[no-untyped-def]
        connection: Connection,
        settings: Settings,
    ) -> None:
        database = Database(engine)
        database.use(connection)
        stale = runs.start_run(database, "world-bank", "schedule")  # never finished
        closed = settings.model_copy(
            update={
                "worldbank_api_url": f"http://127.0.0.1:{free_port()}",
                "unhcr_api_url": f"http://127.0.0.1:{free_port()}",
                "sync_attempts": 1,
                "sync_interval_hours": 1.0,
            }
        )
        run_due(database, closed)
        outcome, failures = connection.execute(
            select(SyncRun.outcome, SyncRun.failures).where(SyncRun.id == stale)
        ).one()
        assert (outcome, failures) == ("failed", [{"series": "all", "reason": runs.INTERRUPTED}])


class TestServers:
    def test_two_servers_with_two_workers_sync_once_per_interval(
        self, scratch_settings: Settings, tmp_path: Path
    ) -> None:
        upstream = FakeUpstream(countries=20)
        interval = 3.0
        with ExitStack() as stack:
            base = stack.enter_context(serve_upstream(upstream))
            env = {
                "WORLDBANK_API_URL": f"{base}/v2",
                "UNHCR_API_URL": f"{base}/population/v1",
                "SYNC_INTERVAL_HOURS": str(interval / 3600),
                "SYNC_ATTEMPTS": "1",
            }
            began = time.monotonic()
            servers = [
                stack.enter_context(
                    serve.running(
                        scratch_settings.database_url,
                        tmp_path / f"serve-{n}.log",
                        "--workers",
                        "2",
                        env=env,
                    )
                )
                for n in (1, 2)
            ]
            started = time.monotonic()
            while time.monotonic() - started < 3.5 * interval:
                for s in servers:  # reads answer while the syncs run
                    assert httpx.get(f"{s.url}{API}/countries/BE", timeout=5).status_code == 200
                time.sleep(0.2)
            runs = httpx.get(f"{servers[0].url}{API}/sync-runs", timeout=5).json()["data"]
            countries = httpx.get(f"{servers[1].url}{API}/countries", timeout=5).json()
            for s in servers:
                assert s.stop()
            elapsed = time.monotonic() - began
        by_source: dict[str, list[datetime]] = {}
        for run in runs:
            assert run["trigger"] == "schedule"
            by_source.setdefault(run["source"], []).append(
                datetime.fromisoformat(run["started_at"].replace("Z", "+00:00"))
            )
        assert set(by_source) == {"world-bank", "unhcr"}
        for starts in by_source.values():
            starts.sort()
            # Four processes checking, yet one run per interval.
            assert 2 <= len(starts) <= elapsed / interval + 1
            gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(starts)]
            assert all(gap >= interval * 0.99 for gap in gaps), gaps
        assert countries["meta"]["total"] == 22  # Belgium, France and the 20

    def test_offline_is_one_warning_a_failed_run_and_reads_stay_200(
        self, scratch_settings: Settings, tmp_path: Path
    ) -> None:
        closed = f"http://127.0.0.1:{free_port()}"
        env = {
            "WORLDBANK_API_URL": f"{closed}/v2",
            "UNHCR_API_URL": f"{closed}/population/v1",
            "SYNC_INTERVAL_HOURS": str(30 / 3600),  # checks every 3 s
            "SYNC_ATTEMPTS": "2",
            "SYNC_BACKOFF_SECONDS": "0",
        }
        log = tmp_path / "serve.log"
        with serve.running(scratch_settings.database_url, log, env=env) as server:
            deadline = time.monotonic() + 20
            runs: list[dict] = []  # type: ignore[type-arg]
            while time.monotonic() < deadline:
                runs = httpx.get(f"{server.url}{API}/sync-runs").json()["data"]
                if len(runs) == 2 and all(r["finished_at"] for r in runs):
                    break
                assert httpx.get(f"{server.url}{API}/countries/BE/profile").status_code == 200
                time.sleep(0.2)
            assert server.stop()
        assert sorted((r["source"], r["outcome"]) for r in runs) == [
            ("unhcr", "failed"),
            ("world-bank", "failed"),
        ]
        assert all("cannot reach 127.0.0.1" in r["failures"][0]["reason"] for r in runs)
        warnings = [
            json.loads(line)
            for line in server.log_lines()
            if line.startswith("{") and json.loads(line).get("level") == "WARNING"
        ]
        assert sorted(w["message"].split(":")[0] for w in warnings) == [
            "sync unhcr failed",
            "sync world-bank failed",
        ]

    def test_shutdown_stops_a_sync_after_its_series_and_records_the_run(
        self, scratch_settings: Settings, tmp_path: Path
    ) -> None:
        upstream = FakeUpstream()
        upstream.delay = 0.3  # eleven series at 0.3 s or more each
        with serve_upstream(upstream) as base:
            env = {
                "WORLDBANK_API_URL": f"{base}/v2",
                "UNHCR_API_URL": f"{base}/population/v1",
                "SYNC_INTERVAL_HOURS": str(3 / 3600),
            }
            with serve.running(scratch_settings.database_url, tmp_path / "serve.log", env=env) as s:
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline:
                    runs = httpx.get(f"{s.url}{API}/sync-runs").json()["data"]
                    if runs and runs[0]["outcome"] == "running":
                        break
                    time.sleep(0.1)
                assert runs[0]["outcome"] == "running"
                # The first series is written when France appears.
                while time.monotonic() < deadline:
                    if httpx.get(f"{s.url}{API}/countries").json()["meta"]["total"] == 2:
                        break
                    time.sleep(0.05)
                assert s.stop()  # graceful: the child stopped in time
        engine = create_db_engine(scratch_settings)
        try:
            with engine.connect() as connection:
                stopped = connection.execute(
                    select(SyncRun.outcome, SyncRun.finished_at, SyncRun.failures).where(
                        SyncRun.source == "world-bank"
                    )
                ).one()
        finally:
            engine.dispose()
        outcome, finished_at, failures = stopped
        assert outcome == "partial"
        assert finished_at is not None
        reasons = {f["reason"] for f in failures}
        assert reasons == {"not fetched: the server was shutting down"}
        assert 1 <= len(failures) < 11


class TestCommand:
    def test_sync_all_then_nothing_new(self, tmp_path: Path) -> None:
        database = f"sqlite:///{tmp_path}/sync.sqlite3"
        runner = CliRunner()
        upstream = FakeUpstream()
        upstream.script("SP.POP.1564.TO", *[(500, b"down", {})] * 2)
        with serve_upstream(upstream) as base:
            env = {
                **os.environ,
                "DATABASE_URL": database,
                "WORLDBANK_API_URL": f"{base}/v2",
                "UNHCR_API_URL": f"{base}/population/v1",
                "SYNC_BACKOFF_SECONDS": "0",
                "SYNC_ATTEMPTS": "2",
            }
            assert runner.invoke(cli, ["seed"], env=env).exit_code == 0
            result = runner.invoke(cli, ["sync", "all", "--since", "2020"], env=env)
            assert result.exit_code == 1  # working-age population failed
            assert result.stdout.splitlines() == [
                "worldbank: fetched 31, inserted 28, updated 3, unchanged 0, skipped 0, failed 1",
                "unhcr: fetched 10, inserted 7, updated 3, unchanged 0, skipped 0, failed 0",
            ]
            failed = [line for line in result.stderr.splitlines() if "failed" in line]
            assert failed == [
                "working-age-population (SP.POP.1564.TO): failed: "
                f"HTTP 500 from {base}/v2/country/all/indicator/SP.POP.1564.TO"
                "?format=json&date=2020%3A2026&per_page=1000&page=1 after 2 attempts"
            ]
            settings = Settings(database_url=database, _env_file=None)  # type: ignore[call-arg]
            engine = create_db_engine(settings)
            try:
                with sync_lock(Database(engine), settings) as held:
                    assert held
                    busy = runner.invoke(cli, ["sync", "all"], env=env)
            finally:
                engine.dispose()
            assert busy.exit_code == 1
            assert busy.stderr == (
                "error: another process is syncing (the schedule or a command); "
                "try again when it is done\n"
            )
            again = runner.invoke(cli, ["sync", "all", "--since", "2020"], env=env)
            assert again.exit_code == 0, again.output
            assert again.stdout.splitlines() == [
                "worldbank: fetched 3, inserted 2, updated 1, unchanged 0, skipped 10, failed 0",
                "unhcr: fetched 0, inserted 0, updated 0, unchanged 0, skipped 1, failed 0",
            ]
