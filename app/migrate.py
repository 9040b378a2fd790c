"""Apply the Alembic migrations from code (the `migrate` and `serve` commands, the tests)."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection

import migrations
from app.config import Settings
from app.db import create_db_engine

MIGRATIONS_DIR = Path(migrations.__file__).resolve().parent


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(settings: Settings, revision: str = "head") -> None:
    _run(settings, command.upgrade, revision)


def downgrade(settings: Settings, revision: str = "base") -> None:
    _run(settings, command.downgrade, revision)


def _run(settings: Settings, step: object, revision: str) -> None:
    # The service's own engine: it creates the SQLite folder and applies the
    # same connection settings as the running service.
    engine = create_db_engine(settings)
    try:
        with engine.begin() as connection:
            step(alembic_config(connection), revision)  # type: ignore[operator]
    finally:
        engine.dispose()
