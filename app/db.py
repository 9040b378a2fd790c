"""Engine and session handling for SQLite and PostgreSQL.

One transaction per request: `get_session` commits when the route returns and
rolls back when it raises. Services may `flush()` but never `commit()`.
"""

from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app import data_version as _data_version  # noqa: F401 (registers its session hooks)
from app.config import Settings
from app.search import index as _search_index  # noqa: F401 (registers the index hooks)


def create_db_engine(settings: Settings) -> Engine:
    """Build the engine; for SQLite, create the database's folder on first use."""
    # pool_pre_ping: a connection the server dropped (a restart, a terminated
    # backend) is replaced at checkout instead of failing the request.
    kwargs: dict[str, Any] = {
        "echo": settings.database_echo,
        "pool_pre_ping": True,
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
        event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
    return engine


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
