"""The database: its engine, the sessions of writes and the one path of reads.

Writes run in an ORM session, one transaction per request: `app.deps.get_session`
commits when the route returns and rolls back when it raises. Services may
`flush()` but never `commit()`.

Every public read runs through `Database.read`: a function of a Core
`Connection` (SQLAlchemy's public `Connection.execute`, statements built with
Core, rows read by column name), in one transaction that only reads.

- SQLite answers from a file in this process, in tens of microseconds: the
  read runs on the event loop, since handing it to a worker thread and back
  costs more than the queries, and in WAL mode a reader does not wait for
  writers. Reads then run one at a time, so they share one connection.
- PostgreSQL is a network round trip away: the read runs in a worker thread,
  on a pooled connection, as a sync route would.

`Database.use(connection)` points both at a connection whose transaction is
already open (the tests' rolled-back transaction): sessions then work in a
savepoint of it and reads inside it, by the same code.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any, Concatenate, ParamSpec, TypeVar

import anyio.to_thread
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session

from app import data_version as _data_version  # noqa: F401 (registers its session hooks)
from app.config import Settings
from app.history import record as _history  # noqa: F401 (registers the history hooks)
from app.search import index as _search_index  # noqa: F401 (registers the index hooks)


def create_db_engine(settings: Settings) -> Engine:
    """Build the engine; for SQLite, create the database's folder on first use."""
    kwargs: dict[str, Any] = {
        "echo": settings.database_echo,
        # A connection the server dropped (a restart, a terminated backend) is
        # replaced at checkout instead of failing the request. A SQLite file
        # has no server to lose, so it is not pinged.
        "pool_pre_ping": not settings.is_sqlite,
        "pool_timeout": settings.pool_timeout_seconds,
    }
    if settings.is_sqlite:
        path = settings.sqlite_path()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        # Requests run in a thread pool, so a pooled connection may move threads.
        kwargs["connect_args"] = {"check_same_thread": False}
    else:
        # No query runs longer than the statement timeout; no connection attempt
        # waits longer than the connect timeout. Both end as a 503.
        kwargs["connect_args"] = {
            "connect_timeout": settings.connect_timeout_seconds,
            "options": f"-c statement_timeout={settings.statement_timeout_ms}",
        }
    engine = create_engine(settings.database_url, **kwargs)
    if settings.is_sqlite:
        event.listen(engine, "connect", _configure_sqlite)
        event.listen(engine, "begin", _begin_sqlite)
    return engine


# pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINTs;
# SQLAlchemy's documented workaround: disable it and emit BEGIN ourselves.
def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def _begin_sqlite(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


P = ParamSpec("P")
T = TypeVar("T")


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.inline = engine.dialect.name == "sqlite"
        self._outer: Connection | None = None
        self._kept: Connection | None = None

    def use(self, connection: Connection | None) -> None:
        """Work inside this connection's open transaction; None: on the engine again."""
        self._outer = connection

    def session(self) -> Session:
        if self._outer is not None:
            return Session(bind=self._outer, join_transaction_mode="create_savepoint")
        return Session(bind=self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A Core transaction that commits when the block ends: for bookkeeping that is
        not data (a sync's runs), which keeps no history and changes no data version."""
        if self._outer is not None:
            with self._outer.begin_nested():
                yield self._outer
        else:
            with self.engine.begin() as connection:
                yield connection

    async def read(
        self, work: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """`work(connection, ...)`, in a transaction that only reads."""
        if self.inline:
            with self._connection(kept=True) as connection:
                return work(connection, *args, **kwargs)
        return await anyio.to_thread.run_sync(partial(self.read_here, work, *args, **kwargs))

    def read_here(
        self, work: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """The same read, in this thread, on a pooled connection: for code that is not
        async (a metrics scrape, a sync process). Never on the event loop's kept
        SQLite connection, which only the event loop uses."""
        with self._connection(kept=False) as connection:
            return work(connection, *args, **kwargs)

    @contextmanager
    def _connection(self, *, kept: bool) -> Iterator[Connection]:
        if self._outer is not None:
            yield self._outer
        elif kept:
            if self._kept is None or self._kept.invalidated:
                self._kept = self.engine.connect()
            # The read only read: ending it either way releases the snapshot.
            with self._kept.begin() as transaction:
                yield self._kept
                transaction.rollback()
        else:
            with self.engine.connect() as connection:
                yield connection

    def close(self) -> None:
        if self._kept is not None:
            self._kept.close()
            self._kept = None
