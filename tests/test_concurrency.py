"""Concurrent updates of one observation with the same If-Match: no lost update.

Runs the service in a real server against PostgreSQL, with committed data that
the test removes again; on SQLite (one writer at a time) it is skipped.
"""

import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import uvicorn
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from app.auth.service import create_api_key
from app.config import Settings
from app.main import create_app
from app.models import ApiKey, ApiKeyScope, Observation, ObservationRevision
from tests.server import free_port

WRITERS = 12


@pytest.fixture
def server(settings: Settings, engine: Engine) -> Iterator[tuple[str, str]]:
    if settings.is_sqlite:
        pytest.skip("concurrent writers need PostgreSQL")
    with Session(engine) as session, session.begin():
        _, key = create_api_key(session, name="concurrency", scope=ApiKeyScope.WRITE)
    port = free_port()
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", key
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        with Session(engine) as session, session.begin():
            ids = select(Observation.id).where(Observation.entered_by == "api-key:concurrency")
            session.execute(
                delete(ObservationRevision).where(ObservationRevision.observation_id.in_(ids))
            )
            session.execute(
                delete(Observation).where(Observation.entered_by == "api-key:concurrency")
            )
            session.execute(delete(ApiKey).where(ApiKey.name == "concurrency"))


def test_one_of_many_concurrent_updates_wins(server: tuple[str, str], engine: Engine) -> None:
    base, key = server
    auth = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=base, timeout=30) as client:
        created = client.post(
            "/api/v1/observations",
            json={
                "country": "BE",
                "indicator": "population",
                "source": "world-bank",
                "year": 1990,
                "value": 9967379,
            },
            headers=auth,
        )
        assert created.status_code == 201, created.text
        location, etag = created.headers["location"], created.headers["etag"]

    def update(value: int) -> int:
        with httpx.Client(base_url=base, timeout=30) as client:
            response = client.patch(
                location, json={"value": value}, headers={**auth, "If-Match": etag}
            )
            return response.status_code

    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        statuses = Counter(pool.map(update, range(1, WRITERS + 1)))

    assert statuses == Counter({200: 1, 412: WRITERS - 1})
    observation_id = int(location.rsplit("/", 1)[1])
    with Session(engine) as session:
        revisions = session.scalar(
            select(func.count()).where(ObservationRevision.observation_id == observation_id)
        )
        version = session.scalar(
            select(Observation.version).where(Observation.id == observation_id)
        )
    assert revisions == 2  # the creation and the one successful update
    assert version == 2
