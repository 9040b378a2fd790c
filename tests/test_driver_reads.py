"""Reads straight from the SQLite driver (app.driver_reads) give what SQLAlchemy gives."""

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Column, Connection, Integer, MetaData, Select, Table, select
from sqlalchemy.exc import OperationalError

from app.countries.service import get_country_key
from app.driver_reads import fetch
from app.indicators.service import get_indicator_row
from app.observations import queries
from app.observations.queries import ObservationFilter
from app.observations.reads import _SERIES_KEYS


@pytest.fixture
def sqlite(connection: Connection) -> Connection:
    if connection.dialect.name != "sqlite":
        pytest.skip("on PostgreSQL every read goes through SQLAlchemy")
    return connection


def _cases(connection: Connection) -> list[tuple[Select[Any], dict[str, Any]]]:
    be = get_country_key(connection, "BE").id
    gdp = get_indicator_row(connection, "gdp").id
    series = ObservationFilter(country_ids=[be], indicator_ids=[gdp], year_from=2000)
    as_of = ObservationFilter(country_ids=[be], as_of=datetime(2999, 1, 1, tzinfo=UTC))
    latest = ObservationFilter(country_ids=[be], latest=True)
    return [
        (queries.rows_statement(series), series.params()),
        (queries.rows_statement(as_of, paged=True), {**as_of.params(), "after_id": 3, "limit": 5}),
        (queries.rows_statement(latest), latest.params()),
        (queries._count_statement(latest.shape()), latest.params()),
        (_SERIES_KEYS, {"code": "BEL", "slug": "population"}),
    ]


class TestDriverReads:
    def test_rows_equal_sqlalchemys(self, sqlite: Connection) -> None:
        for statement, values in _cases(sqlite):
            expected = [tuple(row) for row in sqlite.execute(statement, values)]
            got = fetch(sqlite, statement, values)
            assert [tuple(row) for row in got] == expected
            assert expected, "each case reads something"
            # The same names as SQLAlchemy's rows.
            assert got[0]._fields == tuple(sqlite.execute(statement, values).keys())

    def test_values_keep_their_types(self, sqlite: Connection) -> None:
        be = get_country_key(sqlite, "BE").id
        gdp = get_indicator_row(sqlite, "gdp").id
        filters = ObservationFilter(country_ids=[be], indicator_ids=[gdp])
        row = next(
            r
            for r in fetch(sqlite, queries.rows_statement(filters), filters.params())
            if r.source == "world-bank"
        )
        assert row.value_number == Decimal("671370081636.4")
        assert str(row.value_number) == "671370081636.4"
        assert row.updated_at.tzinfo is UTC

    def test_in_lists_go_through_sqlalchemy(self, sqlite: Connection) -> None:
        filters = ObservationFilter(country_ids=[get_country_key(sqlite, "BE").id, 999])
        rows = fetch(sqlite, queries.rows_statement(filters), filters.params())
        assert len(rows) == 18
        assert type(rows[0]).__module__.startswith("sqlalchemy")

    def test_a_driver_error_is_sqlalchemys(self, sqlite: Connection) -> None:
        missing = Table("no_such_table", MetaData(), Column("id", Integer))
        with pytest.raises(OperationalError, match="no such table"):
            fetch(sqlite, select(missing.c.id), {})

    def test_a_missing_value_is_refused(self, sqlite: Connection) -> None:
        with pytest.raises(KeyError, match="slug"):
            fetch(sqlite, _SERIES_KEYS, {"code": "BE"})
