"""Reads straight from the SQLite driver, for statements built with SQLAlchemy.

On SQLite the busiest reads answer in well under a millisecond, and
SQLAlchemy's execution layer (an execution context, a result object and its
metadata, events, for every statement) costs about as much as the queries
themselves. Here a Core select is compiled once, by SQLAlchemy, to its SQL and
to the type processors of its parameters and columns (their public
`bind_processor` / `result_processor`); each read then runs that SQL on the
connection's driver, inside the transaction already open (the `Reader`'s, or
SQLAlchemy's), and converts the values exactly as SQLAlchemy would. A
statement with an IN list expanded at run time, and any read on PostgreSQL
or through an ORM session, goes through SQLAlchemy as usual: `fetch` picks.
"""

import sqlite3
from collections import namedtuple
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, Select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

# A row read: attribute and index access, as a SQLAlchemy Row (a named tuple
# when it comes from the driver).
ReadRow = Any

_REQUIRED = object()


class _Compiled:
    def __init__(self, statement: Select[Any], compiled: SQLCompiler, dialect: Dialect) -> None:
        self.sql = str(compiled)
        self.params = [
            (
                name,
                _REQUIRED if bind.required else bind.value,
                bind.type.dialect_impl(dialect).bind_processor(dialect),
            )
            for name in compiled.positiontup or ()
            for bind in [compiled.binds[name]]
        ]
        columns = list(statement.selected_columns)
        self.row: Any = namedtuple("Row", [str(c.key) for c in columns], rename=True)  # type: ignore[misc]
        self.processors = [
            (i, processor)
            for i, c in enumerate(columns)
            if (processor := c.type.dialect_impl(dialect).result_processor(dialect, None))
        ]

    def rows(self, driver: sqlite3.Connection, values: dict[str, Any]) -> list[ReadRow]:
        parameters = []
        for name, default, processor in self.params:
            value = values.get(name, default)
            if value is _REQUIRED:
                raise KeyError(f"no value for the parameter {name!r}")
            parameters.append(processor(value) if processor is not None else value)
        try:
            fetched = driver.execute(self.sql, parameters).fetchall()
        except sqlite3.Error as error:
            # Raised as SQLAlchemy would, so the same handlers answer it.
            raise DBAPIError.instance(self.sql, parameters, error, sqlite3.Error) from error
        named, processors = self.row, self.processors
        if not processors:
            return [tuple.__new__(named, row) for row in fetched]
        rows = []
        for fetched_row in fetched:
            row = list(fetched_row)
            for i, processor in processors:
                # NULL is None in every column type here (as SQLAlchemy's own
                # processors have it): only values are converted.
                if (value := row[i]) is not None:
                    row[i] = processor(value)
            rows.append(tuple.__new__(named, row))
        return rows


@lru_cache(maxsize=1024)
def _compile(statement: Select[Any], dialect: Dialect) -> _Compiled | None:
    compiled = statement.compile(dialect=dialect)
    assert isinstance(compiled, SQLCompiler)
    if any(bind.expanding or bind.literal_execute for bind in compiled.binds.values()):
        return None  # its SQL is only final once the values are known
    return _Compiled(statement, compiled, dialect)


def fetch(
    db: Connection | Session, statement: Select[Any], values: dict[str, Any]
) -> list[ReadRow]:
    """The rows of a select (attribute and index access, like SQLAlchemy's)."""
    if isinstance(db, Connection) and db.dialect.name == "sqlite":
        compiled = _compile(statement, db.dialect)
        if compiled is not None:
            return compiled.rows(sqlite_driver(db), values)
    return list(db.execute(statement, values).all())


def sqlite_driver(connection: Connection) -> sqlite3.Connection:
    """The sqlite3 connection under a SQLAlchemy connection to SQLite."""
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver
