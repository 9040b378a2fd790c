"""Test database and client fixtures.

The schema is built once per run by the migrations, and Belgium is loaded once
from the seed document. Each test then runs inside a transaction that is
rolled back, so tests see the seeded profile and never each other's changes.
The same suite runs on SQLite (default) and on PostgreSQL when
`TEST_DATABASE_URL` is set.
"""

import copy
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Connection, Engine, create_engine, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from app.auth.service import create_api_key, revoke_api_key
from app.config import Settings
from app.cursors import load_cursor_secret
from app.db import Database, create_db_engine
from app.main import create_app
from app.migrate import upgrade
from app.models import ApiKeyScope
from app.profiles.document import read_document
from app.profiles.loader import load_profile
from app.sync.service import sync
from seeds import BELGIUM
from tests import server as serve
from tests.fake_upstream import FakeUpstream

TESTS_DIR = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        return Settings(database_url=url).database_url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return Settings(  # type: ignore[call-arg]
        database_url=database_url,
        _env_file=None,
        # Tests make many failed and many successful writes in a row; the limits
        # themselves are tested with an application of their own.
        rate_limit_failed_auth="100000/minute",
        rate_limit_writes="100000/minute",
    )


@pytest.fixture(scope="session")
def engine(settings: Settings) -> Iterator[Engine]:
    engine = create_db_engine(settings)
    if not settings.is_sqlite:
        # Start from nothing: an earlier run may have left its tables behind.
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    upgrade(settings)
    # The deployment's cursor secret, made now: a test's transaction may hold
    # SQLite's write lock when a request first signs a cursor.
    load_cursor_secret(engine, None)
    with Session(engine) as session, session.begin():
        load_profile(session, read_document(BELGIUM), changed_by="seed:belgium.yaml", remove=False)
    yield engine
    engine.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        transaction = connection.begin()
        yield connection
        transaction.rollback()


def _session(connection: Connection) -> Session:
    return Session(bind=connection, join_transaction_mode="create_savepoint")


@pytest.fixture
def session(connection: Connection) -> Iterator[Session]:
    with _session(connection) as session:
        yield session


@pytest.fixture(scope="session")
def _app(settings: Settings) -> FastAPI:
    """One application for the run."""
    return create_app(settings)


@pytest.fixture
def app(_app: FastAPI, connection: Connection) -> Iterator[FastAPI]:
    """The application, working inside the test's transaction: its sessions in a
    savepoint of it, its reads within it."""
    _app.state.database.use(connection)
    # Each test rolls its data back: no response may outlive it.
    if _app.state.response_cache is not None:
        _app.state.response_cache.clear()
    yield _app
    _app.state.database.use(None)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


@pytest.fixture
def api_keys(session: Session) -> dict[str, str]:
    """Raw keys by kind: `read`, `write`, `admin` and a `revoked` write key."""
    keys = {}
    for scope in ApiKeyScope:
        _, keys[scope.value] = create_api_key(session, name=f"test-{scope.value}", scope=scope)
    _, keys["revoked"] = create_api_key(session, name="test-revoked", scope=ApiKeyScope.ADMIN)
    revoke_api_key(session, "test-revoked")
    session.commit()
    return keys


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@contextmanager
def scratch_database(settings: Settings, directory: Path) -> Iterator[Settings]:
    """An empty database of the same backend as the test database."""
    if settings.is_sqlite:
        yield Settings(database_url=f"sqlite:///{directory}/scratch.sqlite3", _env_file=None)  # type: ignore[call-arg]
        return
    url: URL = make_url(settings.database_url)
    name = f"scratch_{uuid.uuid4().hex[:12]}"
    server = create_engine(url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield Settings(
            database_url=url.set(database=name).render_as_string(hide_password=False),
            _env_file=None,  # type: ignore[call-arg]
        )
    finally:
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()


@pytest.fixture
def scratch_settings(settings: Settings, tmp_path: Path) -> Iterator[Settings]:
    with scratch_database(settings, tmp_path) as scratch:
        yield scratch


@dataclass
class LiveService:
    """`migration-profiles serve` on its own database, Belgium loaded, with keys."""

    url: str
    keys: dict[str, str]  # raw API keys by scope: write, admin


@pytest.fixture(scope="module")
def live_service(
    settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveService]:
    directory = tmp_path_factory.mktemp("live")
    with (
        scratch_database(settings, directory) as scratch,
        serve.running(scratch.database_url, directory / "serve.log") as server,
    ):
        keys = {}
        for scope in ("write", "admin"):
            created = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "app",
                    "api-key",
                    "create",
                    "--name",
                    scope,
                    "--scope",
                    scope,
                ],
                env={**os.environ, "DATABASE_URL": scratch.database_url},
                capture_output=True,
                text=True,
                check=True,
            )
            keys[scope] = created.stdout.strip()
        yield LiveService(server.url, keys)


@pytest.fixture
def synced(
    engine: Engine, connection: Connection, settings: Settings, client: TestClient
) -> TestClient:
    """The client, with the World Bank's and UNHCR's figures of the sync fixtures
    (France among their countries) synced beside Belgium; UNHCR also reports
    France's refugees for 2024, a year the World Bank reports too."""
    upstream = FakeUpstream()
    france = copy.deepcopy(next(i for i in upstream.population if i["coa_iso"] == "FRA"))
    upstream.population.append({**france, "year": 2024, "refugees": 612_345})
    database = Database(engine)
    database.use(connection)
    fake = settings.model_copy(
        update={
            "worldbank_api_url": "http://worldbank.test/v2",
            "unhcr_api_url": "http://unhcr.test/population/v1",
            "sync_backoff_seconds": 0.0,
        }
    )
    for name in ("worldbank", "unhcr"):
        report = sync(database, fake, name, since=2020, transport=upstream.transport())
        assert report.outcome == "succeeded", report.summary()
    return client
