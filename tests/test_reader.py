"""The Reader (app.db): the busiest reads, on a connection of their own, on both
backends (on SQLite one connection held for every read on the event loop;
on PostgreSQL a pooled connection in a worker thread)."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from app.cli import seed_database
from app.config import Settings
from app.main import create_app
from app.migrate import upgrade
from seeds import BELGIUM

SERIES = "/api/v1/countries/BE/indicators/population"


@pytest.fixture
def own(scratch_settings: Settings) -> Iterator[tuple[TestClient, Settings]]:
    """The Belgium profile in a database of its own, read without the response cache."""
    settings = scratch_settings.model_copy(update={"response_cache": False})
    upgrade(settings)
    seed_database(settings, BELGIUM)
    with TestClient(create_app(settings)) as client:
        yield client, settings


def _world_bank(client: TestClient, url: str = SERIES) -> tuple[object, str]:
    response = client.get(url)
    assert response.status_code == 200
    series = {s["source"]["slug"]: s["values"] for s in response.json()["series"]}
    return series["world-bank"][-1]["value"], response.headers["etag"]


def _change_world_bank_population(settings: Settings, value: str) -> None:
    """The change another process (here: another engine) makes."""
    other = create_engine(settings.database_url)
    with other.begin() as connection:
        connection.execute(
            text(
                "UPDATE observations SET value_number = :value WHERE id = "
                "(SELECT o.id FROM observations o JOIN sources s ON s.id = o.source_id "
                "JOIN indicators i ON i.id = o.indicator_id "
                "WHERE s.slug = 'world-bank' AND i.slug = 'population')"
            ),
            {"value": value},
        )
    other.dispose()


class TestReader:
    def test_reads_see_what_another_process_committed(
        self, own: tuple[TestClient, Settings]
    ) -> None:
        client, settings = own
        before, before_tag = _world_bank(client)
        assert before == 11858610
        # Another process (here: another engine) changes the figure.
        _change_world_bank_population(settings, "11858611")
        after, after_tag = _world_bank(client)
        assert after == 11858611
        assert after_tag != before_tag

    def test_reads_run_by_sqlalchemy_end_their_transaction_too(
        self, own: tuple[TestClient, Settings]
    ) -> None:
        # Two sources make an IN list, which SQLAlchemy expands and runs.
        client, settings = own
        both = f"{SERIES}?source=world-bank&source=statbel"
        assert _world_bank(client, both)[0] == 11858610
        _change_world_bank_population(settings, "11858612")
        assert _world_bank(client, both)[0] == 11858612
        assert _world_bank(client)[0] == 11858612

    def test_a_failed_read_leaves_the_next_one_whole(
        self, own: tuple[TestClient, Settings]
    ) -> None:
        client, _ = own
        assert client.get("/api/v1/countries/XX/indicators/population").status_code == 404
        assert client.get(f"{SERIES}?source=nowhere").status_code == 404
        assert client.get("/api/v1/observations?country=BE&limit=1000").json()["meta"] == {
            "total": 18,
            "limit": 1000,
        }
        assert _world_bank(client)[0] == 11858610
