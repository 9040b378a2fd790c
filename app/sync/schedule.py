"""The syncs on a schedule, inside every server process (`migration-profiles serve`).

Each server process wakes every tenth of the interval (at most every minute)
and looks at when each source's newest run started, by any process or
command. When one is an interval old or older, it starts `migration-profiles
sync due` as a child process, which takes the sync lock without waiting,
looks again under the lock and syncs the sources still due; a child that
does not get the lock ends at once. However many workers and servers share
the database, one process syncs at a time and each source is synced once per
interval (a failed run is retried at the next one).

The sync runs in a process of its own, so the server's reads do not share
an interpreter with it: they go on at their speed while it downloads and
writes. At shutdown the server sends the child SIGTERM; it stops after the
series it is writing and records its run.

The lock: on PostgreSQL a session advisory lock, which the server releases
if the process dies; on an SQLite file an operating-system lock on a file
beside it (filelock); on an in-memory database, the process is alone.
"""

import asyncio
import contextlib
import logging
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from filelock import FileLock, Timeout
from sqlalchemy import Connection, text

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


def due(connection: Connection, interval: timedelta) -> list[str]:
    """The upstreams whose newest run started an interval ago or more (or never)."""
    now = datetime.now(UTC)
    return [
        name
        for name, upstream in UPSTREAMS.items()
        if (last := runs.last_started(connection, upstream.source)) is None
        or now - last >= interval
    ]


def run_due(
    database: Database, settings: Settings, *, stopping: Callable[[], bool] = lambda: False
) -> list[str]:
    """Sync every upstream that is due, if this process gets the lock; the
    upstreams synced."""
    interval = timedelta(hours=settings.sync_interval_hours)
    with sync_lock(database, settings) as held:
        if not held:
            return []
        runs.close_interrupted(database)
        synced = []
        for name in database.read_here(due, interval):
            if stopping():
                break
            sync(database, settings, name, trigger="schedule", stopping=stopping)
            synced.append(name)
        return synced


class Scheduler:
    def __init__(self, database: Database, settings: Settings) -> None:
        self.database = database
        self.interval = timedelta(hours=settings.sync_interval_hours)
        self.check_every = min(self.interval.total_seconds() / 10, 60.0)
        self.stopping = asyncio.Event()
        self.child: asyncio.subprocess.Process | None = None

    async def run(self) -> None:
        """Check, then sleep, until the server stops."""
        while not self.stopping.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stopping.wait(), timeout=self.check_every)
                return
            try:
                if await self.database.read(due, self.interval):
                    await self._sync_in_child()
            except Exception:
                # A database that is away now may be back at the next check.
                log.exception("sync schedule: the check failed")

    async def _sync_in_child(self) -> None:
        # The child inherits this process's environment (its settings) and stderr.
        self.child = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "app", "sync", "due"
        )
        try:
            await self.child.wait()
        finally:
            self.child = None

    async def stop(self, grace_seconds: float) -> None:
        """Stop checking; a sync in progress stops after the series it is writing,
        or is killed after `grace_seconds` (its series' transaction then rolls back)."""
        self.stopping.set()
        child = self.child
        if child is not None and child.returncode is None:
            child.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(child.wait(), timeout=grace_seconds)
            except TimeoutError:
                child.kill()
