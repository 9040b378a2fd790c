"""The models and the migrations agree, and every migration can be undone."""

import os
import uuid
from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, make_url, text
from sqlalchemy.engine import URL

from app.config import Settings
from app.migrate import downgrade, upgrade
from app.models import Base
from app.search.index import include_name


@pytest.fixture
def scratch_settings(settings: Settings, tmp_path: os.PathLike[str]) -> Iterator[Settings]:
    """An empty database of the same backend as the test database."""
    if settings.is_sqlite:
        yield Settings(database_url=f"sqlite:///{tmp_path}/scratch.sqlite3", _env_file=None)  # type: ignore[call-arg]
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


def _drift(settings: Settings) -> list[object]:
    engine = create_engine(settings.database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": include_name}
            )
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def _tables(settings: Settings) -> set[str]:
    engine = create_engine(settings.database_url)
    try:
        return {
            name
            for name in inspect(engine).get_table_names()
            if include_name(name, "table", None) and name != "alembic_version"
        }
    finally:
        engine.dispose()


class TestMigrations:
    def test_models_and_migrations_agree(self, scratch_settings: Settings) -> None:
        upgrade(scratch_settings)
        assert _drift(scratch_settings) == []

    def test_upgrade_downgrade_upgrade(self, scratch_settings: Settings) -> None:
        upgrade(scratch_settings)
        assert _tables(scratch_settings) == set(Base.metadata.tables)
        downgrade(scratch_settings, "base")
        assert _tables(scratch_settings) == set()
        upgrade(scratch_settings)
        assert _tables(scratch_settings) == set(Base.metadata.tables)
        assert _drift(scratch_settings) == []
