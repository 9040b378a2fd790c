"""The main reads use indexes: no full scan of the observations table.

The plans are asked of the database for the exact statements the service
runs (R1: one indicator's series for a country; R2: a page of a country's
observations). PostgreSQL prefers a sequential scan on a table this small
whatever its indexes, so there sequential scans are disabled for the check:
the plan then shows whether an index can serve the query at all.
"""

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Select, select, text
from sqlalchemy.orm import Session

from app.models import Country, Indicator
from app.observations import queries
from app.observations.queries import ObservationFilter


def _statement(session: Session, name: str) -> Select[Any]:
    """The statement the service runs for the read, its parameters bound."""
    country_id = session.scalar(select(Country.id).where(Country.code == "BE"))
    population = session.scalar(select(Indicator.id).where(Indicator.slug == "population"))
    if name == "R1 series":
        filters = ObservationFilter(country_ids=[country_id], indicator_ids=[population])
        return queries.rows_statement(filters).params(filters.params())
    filters = ObservationFilter(country_ids=[country_id])
    return queries.rows_statement(filters, paged=True).params(
        filters.params(), after_id=0, limit=1001
    )


def _plan(session: Session, statement: Select[Any]) -> str:
    dialect = session.get_bind().dialect
    sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    if dialect.name == "sqlite":
        rows = session.execute(text(f"EXPLAIN QUERY PLAN {sql}")).all()
        return "\n".join(str(row[-1]) for row in rows)
    session.execute(text("SET LOCAL enable_seqscan = off"))
    return "\n".join(row[0] for row in session.execute(text(f"EXPLAIN {sql}")))


@pytest.mark.parametrize("name", ["R1 series", "R2 page"])
def test_main_reads_use_an_index(session: Session, name: str) -> None:
    plan = _plan(session, _statement(session, name))
    # The observations are found through an index on country_id, not by
    # reading the table (or a whole index) and filtering.
    checks: dict[str, Callable[[str], bool]] = {
        "sqlite": lambda p: (
            "SCAN observations" not in p
            and any(
                line.startswith("SEARCH observations USING") and "country_id=" in line
                for line in p.splitlines()
            )
        ),
        "postgresql": lambda p: (
            "Seq Scan on observations" not in p
            and any(
                ("Index Cond" in line or "Recheck Cond" in line) and "country_id" in line
                for line in p.splitlines()
            )
        ),
    }
    assert checks[session.get_bind().dialect.name](plan), plan
