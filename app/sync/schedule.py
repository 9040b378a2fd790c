"""The syncs on a schedule, inside every server process (`migration-profiles serve`).

Each process wakes every tenth of the interval (at most every minute) and
tries the sync lock without waiting. The process that holds it looks at when
each source's newest run started, by any process or command, and syncs the
sources whose run is an interval old or older; the others go back to sleep.
However many workers and servers share the database, one process syncs at a
time and each source is synced once per interval (a failed run is retried at
the next one).

The lock: on PostgreSQL a session advisory lock, which the server releases
if the process dies; on an SQLite file an operating-system lock on a file
beside it (filelock); on an in-memory database, the process is alone.

A sync runs in a worker thread, on connections of its own, so reads go on
while it writes; at shutdown it stops between two series.
"""

import asyncio
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import anyio.to_thread
from filelock import FileLock, Timeout
from sqlalchemy import text

from app.config import Settings
from app.db import Database
from app.sync import runs
from app.sync.service import UPSTREAMS, sync

log = logging.getLogger("app.sync")

# The advisory lock's key: any number this database's other users do not take.
LOCK_KEY = 0x6D_70_73_79_6E_63  # "mpsync"
_IN_PROCESS = threading.Lock()


@contextmanager
def sync_lock(database: Database, settings: Settings) -> Iterator[bool]:
    """Whether this process got the sync lock; it is held until the block ends."""
    if database.engine.dialect.name == "postgresql":
        with database.engine.connect() as connection:
            held = bool(
                connection.execute(
                    text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}
                ).scalar_one()
            )
            connection.commit()
            try:
                yield held
            finally:
                if held:
                    connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
                    connection.commit()
        return
    path = settings.sqlite_path()
    if path is None:
        held = _IN_PROCESS.acquire(blocking=False)
        try:
            yield held
        finally:
            if held:
                _IN_PROCESS.release()
        return
    lock = FileLock(f"{path}.sync-lock")
    try:
        lock.acquire(timeout=0)
    except Timeout:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


class Scheduler:
    def __init__(self, database: Database, settings: Settings) -> None:
        self.database = database
        self.settings = settings
        self.interval = timedelta(hours=settings.sync_interval_hours)
        self.check_every = min(self.interval.total_seconds() / 10, 60.0)
        self.stopping = threading.Event()

    async def run(self) -> None:
        """Check, then sleep, until the server stops."""
        while not self.stopping.is_set():
            try:
                await asyncio.sleep(self.check_every)
                await anyio.to_thread.run_sync(self.run_due)
            except asyncio.CancelledError:
                raise
            except Exception:
                # A database that is away now may be back at the next check.
                log.exception("sync schedule: the check failed")

    def run_due(self) -> list[str]:
        """Sync every source whose newest run is an interval old, if this process
        holds the lock; the sources synced."""
        with sync_lock(self.database, self.settings) as held:
            if not held:
                return []
            synced = []
            for name, upstream in UPSTREAMS.items():
                if self.stopping.is_set():
                    break
                with self.database.transaction() as connection:
                    last = runs.last_started(connection, upstream.source)
                if last is not None and datetime.now(UTC) - last < self.interval:
                    continue
                sync(
                    self.database,
                    self.settings,
                    name,
                    trigger="schedule",
                    stopping=self.stopping.is_set,
                )
                synced.append(name)
            return synced
