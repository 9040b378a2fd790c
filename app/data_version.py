"""The data version: a number that grows with every committed change.

Session hooks bump it in the database in the same transaction as the change
(so every process can see it), and bump a counter in this process right after
the commit (so this process's caches drop stale entries at once).
"""

from typing import Any

from sqlalchemy import Connection, Engine, event, update
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.pool import PoolProxiedConnection

from app.models import DataVersion

_CHANGED = "data_changed"


class _LocalGeneration:
    """Commits that changed data in this process."""

    value = 0


def local_generation() -> int:
    return _LocalGeneration.value


def bump_version(connection: Connection) -> None:
    """Count a change made outside an ORM session (a sync run's record), in its
    transaction; call `changed_here` once it has committed."""
    connection.execute(
        update(DataVersion).where(DataVersion.id == 1).values(version=DataVersion.version + 1)
    )


def changed_here() -> None:
    """A change committed in this process: its caches drop stale entries at once."""
    _LocalGeneration.value += 1


class VersionReader:
    """Reads the data version for the response cache, once a second per process.

    It keeps one DBAPI connection of its own and runs one plain query, the one
    way the version is read: the check then takes next to nothing from the
    requests being served (the README's performance section has the
    figures). Any failure drops the connection; the next check opens a new one.
    """

    QUERY = "SELECT version FROM data_versions WHERE id = 1"

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._connection: PoolProxiedConnection | None = None

    def __call__(self) -> int:
        try:
            if self._connection is None:
                self._connection = self._engine.raw_connection()
            cursor = self._connection.cursor()
            try:
                cursor.execute(self.QUERY)
                row = cursor.fetchone()
            finally:
                cursor.close()
            # End the read transaction: no snapshot is held between checks.
            self._connection.rollback()
        except Exception:
            self.close()
            raise
        return int(row[0]) if row else 0

    def close(self) -> None:
        if self._connection is not None:
            connection, self._connection = self._connection, None
            connection.invalidate()


@event.listens_for(Session, "after_flush")
def _note_change(session: Session, _context: Any) -> None:
    session.info[_CHANGED] = True


@event.listens_for(Session, "do_orm_execute")
def _note_statement(state: ORMExecuteState) -> None:
    # Bulk UPDATE/DELETE/INSERT statements change data without a flush.
    if state.is_update or state.is_delete or state.is_insert:
        state.session.info[_CHANGED] = True


@event.listens_for(Session, "before_commit")
def _bump_version(session: Session) -> None:
    session.flush()
    if session.info.get(_CHANGED):
        session.execute(
            update(DataVersion).where(DataVersion.id == 1).values(version=DataVersion.version + 1)
        )


@event.listens_for(Session, "after_commit")
def _bump_local(session: Session) -> None:
    if session.info.pop(_CHANGED, False):
        _LocalGeneration.value += 1


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_CHANGED, None)
