"""The models and the migrations agree, and every migration can be undone."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from app.config import Settings
from app.migrate import downgrade, upgrade
from app.models import Base
from app.search.index import include_name


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
