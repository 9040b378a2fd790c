"""The sync's bookkeeping: its runs, and what each series was last synced from.

A run is recorded in Core transactions of its own (`Database.transaction`),
apart from the values: a run that finds nothing new records itself and changes
no value and no history. The runs are served (`/sync-runs`, each source's sync
status), so starting and finishing one counts as a change of the data version.
A series' state (`record_series`) commits with its values.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, RowMapping, Table, func, insert, select, update

from app.data_version import bump_version, changed_here
from app.db import Database
from app.models import SyncedSeries, SyncOutcome, SyncRun
from app.types import Queryable, utcnow

_runs = cast(Table, SyncRun.__table__)
_series = cast(Table, SyncedSeries.__table__)


@dataclass(frozen=True)
class SeriesState:
    upstream_updated: str
    since: int


@contextmanager
def _recording(database: Database) -> Iterator[Connection]:
    """A transaction that changes the runs: a change of the data version, here at
    once after the commit."""
    with database.transaction() as connection:
        bump_version(connection)
        yield connection
    changed_here()


def start_run(database: Database, source: str, trigger: str) -> int:
    with _recording(database) as connection:
        return int(
            connection.execute(
                insert(_runs).returning(_runs.c.id),
                {
                    "source": source,
                    "trigger": trigger,
                    "started_at": utcnow(),
                    "outcome": SyncOutcome.RUNNING.value,
                    "failures": [],
                },
            ).scalar_one()
        )


def finish_run(database: Database, run_id: int, **fields: Any) -> None:
    with _recording(database) as connection:
        connection.execute(
            update(_runs).where(_runs.c.id == run_id).values(finished_at=utcnow(), **fields)
        )


INTERRUPTED = "interrupted: the process ended before the run finished"


def close_interrupted(database: Database) -> int:
    """Record the runs still `running` as failed; called under the sync lock, when
    no run can be going on, so those are runs whose process ended mid-way."""
    if not database.read_here(_running):
        return 0
    with _recording(database) as connection:
        return int(
            connection.execute(
                update(_runs)
                .where(_runs.c.outcome == SyncOutcome.RUNNING.value)
                .values(
                    outcome=SyncOutcome.FAILED.value,
                    finished_at=utcnow(),
                    failures=[{"series": "all", "reason": INTERRUPTED}],
                )
            ).rowcount
        )


def _running(connection: Connection) -> bool:
    running = select(_runs.c.id).where(_runs.c.outcome == SyncOutcome.RUNNING.value).limit(1)
    return connection.execute(running).first() is not None


def series_states(connection: Connection, source: str) -> dict[str, SeriesState]:
    rows = connection.execute(select(*_series.c).where(_series.c.source == source)).all()
    return {row.series: SeriesState(row.upstream_updated, row.since) for row in rows}


def record_series(db: Queryable, source: str, series: str, state: SeriesState) -> None:
    """Keep what a series was synced from; in the transaction that wrote its values."""
    db.execute(_series.delete().where(_series.c.source == source, _series.c.series == series))
    db.execute(
        insert(_series),
        {
            "source": source,
            "series": series,
            "upstream_updated": state.upstream_updated,
            "since": state.since,
            "synced_at": utcnow(),
        },
    )


def list_runs(
    db: Queryable, *, source: str | None, before_id: int | None, limit: int
) -> tuple[list[RowMapping], int]:
    """Up to `limit` runs, newest first (runs are numbered as they start), older than
    run `before_id` when given; and how many runs match in all."""
    where = [_runs.c.source == source] if source is not None else []
    page = select(*_runs.c).where(*where).order_by(_runs.c.id.desc()).limit(limit)
    if before_id is not None:
        page = page.where(_runs.c.id < before_id)
    rows = db.execute(page).mappings().all()
    total = db.execute(select(func.count()).select_from(_runs).where(*where)).scalar_one()
    return list(rows), int(total)


def last_started(connection: Connection, source: str) -> datetime | None:
    """When the newest run of the source started, whatever its outcome."""
    started: datetime | None = connection.execute(
        select(func.max(_runs.c.started_at)).where(_runs.c.source == source)
    ).scalar_one()
    return started


_SUCCEEDED = (SyncOutcome.SUCCEEDED.value, SyncOutcome.PARTIAL.value)
# Per source: the newest run that wrote what it fetched (all or part of it),
# with what the upstream said of its data then.
_LAST_SUCCESS = select(
    _runs.c.source,
    _runs.c.finished_at.label("last_synced_at"),
    _runs.c.upstream_updated,
).where(
    _runs.c.id.in_(
        select(func.max(_runs.c.id)).where(_runs.c.outcome.in_(_SUCCEEDED)).group_by(_runs.c.source)
    )
)
_WRITTEN = select(
    _runs.c.source, func.sum(_runs.c.inserted).label("inserted"), func.sum(_runs.c.updated)
).group_by(_runs.c.source)


def last_successes(db: Queryable) -> dict[str, RowMapping]:
    """Each synced source's newest successful run: when it finished, and the
    upstream's own last-updated mark then."""
    return {row["source"]: row for row in db.execute(_LAST_SUCCESS).mappings().all()}


def values_written(db: Queryable) -> dict[str, tuple[int, int]]:
    """Per source, the values every run inserted and updated."""
    return {row[0]: (int(row[1] or 0), int(row[2] or 0)) for row in db.execute(_WRITTEN).all()}
