"""Column types that behave the same on SQLite and PostgreSQL."""

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, DateTime, Dialect, Numeric, String
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator, TypeEngine


class ExactDecimal(TypeDecorator[Decimal]):
    """An exact decimal: NUMERIC on PostgreSQL, text on SQLite.

    SQLite has no decimal type and would store NUMERIC as a float, so
    `671370081636.4` could come back as a neighbouring binary fraction. Stored as
    text it comes back digit for digit. The value is never ordered by in SQL.
    """

    impl = Numeric
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(64))
        return dialect.type_descriptor(Numeric(asdecimal=True))

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return format(value, "f")
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return value if isinstance(value, Decimal) else Decimal(value)

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        # Reads convert every value of every row: one call per value instead
        # of the impl's processor and then process_result_value.
        return (
            _text_to_decimal
            if dialect.name == "sqlite"
            else super().result_processor(dialect, coltype)
        )


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp; SQLite hands back naive values, made aware here."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def result_processor(self, dialect: Dialect, coltype: Any) -> Callable[[Any], Any] | None:
        # As ExactDecimal's: SQLite's stored text straight to an aware datetime.
        return (
            _text_to_utc if dialect.name == "sqlite" else super().result_processor(dialect, coltype)
        )


def _text_to_decimal(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _text_to_utc(value: str | None) -> datetime | None:
    # SQLAlchemy stores SQLite datetimes as "2026-11-28 08:53:06.374304", in
    # UTC here: parsed with its offset, in one call.
    return None if value is None else datetime.fromisoformat(value + "+00:00")


def utcnow() -> datetime:
    return datetime.now(UTC)


# What a lookup or read runs on: a connection (the public reads, see
# `app.db.Database.read`) or a write's ORM session.
Queryable = Connection | Session
