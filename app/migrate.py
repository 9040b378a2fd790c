"""Apply the Alembic migrations from code (the `migrate` and `serve` commands, the tests)."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

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


def current_revision(settings: Settings) -> str | None:
    """The revision the database is at; None for an empty database."""
    engine = create_db_engine(settings)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def is_downgrade(current: str | None, target: str) -> bool:
    """Whether going from `current` to `target` goes down (an unknown target is an
    alembic CommandError naming it)."""
    if current is None:
        return False
    script = ScriptDirectory.from_config(alembic_config())
    if target == "base":
        return True
    if target == "head":
        return False
    wanted = script.get_revision(target)
    if wanted is None:
        return True  # "base" spelled another way
    below = {rev.revision for rev in script.walk_revisions(base="base", head=current)}
    return wanted.revision != current and wanted.revision in below


def upgrade(settings: Settings, revision: str = "head") -> None:
    _run(settings, command.upgrade, revision)


def downgrade(settings: Settings, revision: str = "base") -> None:
    _run(settings, command.downgrade, revision)


# Any constant names the lock; processes starting together on one PostgreSQL
# database (several `serve` behind a load balancer) migrate one at a time.
MIGRATION_LOCK = 7_301_942_518


def lock_schema(connection: Connection) -> None:
    """On PostgreSQL, wait for and hold the migration lock until the transaction ends.

    The next process then finds the schema migrated (and the seed loaded) and
    has nothing to do. SQLite serializes writers by itself.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def _run(settings: Settings, step: object, revision: str) -> None:
    # The service's own engine: it creates the SQLite folder and applies the
    # same connection settings as the running service.
    engine = create_db_engine(settings)
    try:
        with engine.begin() as connection:
            lock_schema(connection)
            step(alembic_config(connection), revision)  # type: ignore[operator]
    finally:
        engine.dispose()
