"""Engine, session and reader handling for SQLite and PostgreSQL.

One transaction per request: `get_session` commits when the route returns and
rolls back when it raises. Services may `flush()` but never `commit()`.

The public reads that run thousands of times a second (a country's series,
pages of observations) take a `Reader` instead: Core statements on one
connection, no ORM session and no worker thread where none is needed.
"""

from collections.abc import Callable, Iterator
from functools import partial
from typing import Annotated, Any, Concatenate, ParamSpec, TypeVar

from fastapi import Depends, Request
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from app import data_version as _data_version  # noqa: F401 (registers its session hooks)
from app.config import Settings
from app.driver_reads import sqlite_driver
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


def _begin_sqlite(connection: Connection) -> None:
    # Straight to the driver: every request begins a transaction, and a
    # statement through SQLAlchemy's execution machinery costs ten times more.
    # Within a Reader's transaction (begun on the driver), SQLAlchemy joins it.
    driver = sqlite_driver(connection)
    if not driver.in_transaction:
        driver.execute("BEGIN")


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINTs;
    # SQLAlchemy's documented workaround: disable it and emit BEGIN ourselves.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


def create_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def get_session(request: Request) -> Iterator[Session]:
    factory: sessionmaker[Session] = request.app.state.session_factory
    with factory() as session, session.begin():
        yield session


# scope="function": the commit happens before the response is sent, so a failed
# commit becomes an error response instead of a 200 for data that was not saved.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


P = ParamSpec("P")
T = TypeVar("T")


class Reader:
    """Runs read-only work on a connection, in one transaction.

    SQLite answers from a file in this process, in tens of microseconds: the
    work runs on the event loop, since handing it to a worker thread and back
    costs more than the queries, and in WAL mode a reader does not wait for
    writers. The reads then run one at a time, so they share one connection.
    PostgreSQL is a network round trip away: the work runs in a worker
    thread, on a pooled connection, as a sync route would.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.inline = engine.dialect.name == "sqlite"
        self._connection: Connection | None = None

    async def __call__(
        self, work: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        if self.inline:
            return self._run_inline(work, *args, **kwargs)
        return await run_in_threadpool(partial(self._run, work, *args, **kwargs))

    def _run(
        self, work: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        with self.engine.connect() as connection:
            return work(connection, *args, **kwargs)

    def _run_inline(
        self, work: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        connection = self._connection
        if connection is None or connection.invalidated:
            connection = self._connection = self.engine.connect()
        # The transaction begins and ends on the driver: SQLAlchemy's own
        # transaction objects and events cost more than the two statements.
        # A statement that goes through SQLAlchemy joins it (`_begin_sqlite`).
        driver = sqlite_driver(connection)
        driver.execute("BEGIN")
        try:
            return work(connection, *args, **kwargs)
        finally:
            # The work only read: ending it either way releases the snapshot.
            if connection.in_transaction():
                connection.rollback()
            else:
                driver.rollback()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


async def get_reader(request: Request) -> Reader:
    reader: Reader = request.app.state.reader
    return reader


ReaderDep = Annotated[Reader, Depends(get_reader)]
