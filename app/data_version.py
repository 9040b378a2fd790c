"""The data version: a number that grows with every committed change.

Session hooks bump it in the database in the same transaction as the change
(so every process can see it), and bump a counter in this process right after
the commit (so this process's caches drop stale entries at once).
"""

from typing import Any

from sqlalchemy import Connection, event, select, update
from sqlalchemy.orm import ORMExecuteState, Session

from app.models import DataVersion

_CHANGED = "data_changed"


class _LocalGeneration:
    """Commits that changed data in this process."""

    value = 0


def local_generation() -> int:
    return _LocalGeneration.value


def read_version(connection: Connection) -> int:
    return int(connection.scalar(select(DataVersion.version).where(DataVersion.id == 1)) or 0)


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
