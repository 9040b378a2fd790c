"""Writing many values of one series at once: an indicator from one source, for
many countries and years, as a sync receives them.

The rules are `apply_values`'s (a new value is created, a changed one updated,
each with its revision; an unchanged one is left alone), applied to the whole
batch in a few statements: one read of the stored values, one insert of the
new ones, one update of the changed ones and one insert of their revisions.
The revisions of new values are copied from their rows by the database (one
INSERT ... SELECT). Only the fields an upstream gives are written (the value, its unit and price
basis, and its provenance); a curator's note, measure or qualifier on the
value stays. Provenance alone is not a change: fetching the same figure again,
from another page or with other years asked, writes nothing.

The new values, the bulk of a first sync, go to the driver's executemany as
plain tuples: the columns that are the same for the whole batch are converted
by their column types once, not once per row (the README's sync benchmark
gives the measured reason).
"""

from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    Connection,
    String,
    Table,
    and_,
    bindparam,
    insert,
    literal,
    null,
    select,
    update,
)
from sqlalchemy.orm import Session

from app.models import Observation, ObservationRevision, RevisionAction
from app.observations.service import VALUE_FIELDS, Outcome
from app.types import UTCDateTime, utcnow

# The tables themselves: statements on them run as Core, with no ORM bookkeeping.
_observations = cast(Table, Observation.__table__)
_revisions = cast(Table, ObservationRevision.__table__)

_STORED = select(
    _observations.c.id,
    _observations.c.country_id,
    _observations.c.year,
    _observations.c.version,
    _observations.c.deleted_at,
    *(_observations.c[name] for name in VALUE_FIELDS),
).where(
    and_(
        _observations.c.indicator_id == bindparam("indicator_id"),
        _observations.c.source_id == bindparam("source_id"),
        _observations.c.country_id.in_(bindparam("country_ids", expanding=True)),
    )
)
_REVISION_COPY = (
    "observation_id",
    "number",
    "action",
    "changed_at",
    "changed_by",
    "reason",
    "country_id",
    "indicator_id",
    "source_id",
    "year",
    *VALUE_FIELDS,
)
_CREATED = insert(_revisions).from_select(
    _REVISION_COPY,
    select(
        _observations.c.id,
        _observations.c.version,
        literal(RevisionAction.CREATE.value),
        _observations.c.created_at,
        bindparam("changed_by", type_=String()),
        null(),
        _observations.c.country_id,
        _observations.c.indicator_id,
        _observations.c.source_id,
        _observations.c.year,
        *(_observations.c[name] for name in VALUE_FIELDS),
    ).where(
        _observations.c.indicator_id == bindparam("indicator_id"),
        _observations.c.source_id == bindparam("source_id"),
        _observations.c.created_at == bindparam("now", type_=UTCDateTime()),
    ),
)
# The SET clause is every column named in the parameters but the row's id.
_UPDATE = update(_observations).where(_observations.c.id == bindparam("observation_id"))


class Received(NamedTuple):
    """One value as an upstream gives it, and the URL that answers it (a tuple:
    a first sync makes tens of thousands)."""

    value: Decimal
    source_url: str


def write_values(
    session: Session,
    *,
    indicator_id: int,
    source_id: int,
    unit: str | None,
    price_basis: str | None,
    values: dict[tuple[int, int], Received],
    retrieved_at: datetime,
    source_updated_on: date | None,
    changed_by: str,
) -> Counter[Outcome]:
    """Write the values, keyed by (country id, year); count what each became."""
    counts: Counter[Outcome] = Counter()
    if not values:
        return counts
    stored = {
        (row["country_id"], row["year"]): row
        for row in session.execute(
            _STORED,
            {
                "indicator_id": indicator_id,
                "source_id": source_id,
                "country_ids": sorted({country_id for country_id, _ in values}),
            },
        )
        .mappings()
        .all()
    }
    now = utcnow()
    key = {"indicator_id": indicator_id, "source_id": source_id}
    inserts: list[tuple[int, int, Decimal, str]] = []
    updates: list[dict[str, Any]] = []
    revisions: list[dict[str, Any]] = []
    for (country_id, year), received in values.items():
        found = stored.get((country_id, year))
        if found is None:
            inserts.append((country_id, year, *received))
            continue
        row = found
        live = row["deleted_at"] is None
        if (
            live
            and row["source_url"] is not None
            and (row["value_number"], row["unit"], row["price_basis"])
            == (received.value, unit, price_basis)
        ):
            counts[Outcome.UNCHANGED] += 1
            continue
        given = {
            "value_number": received.value,
            "unit": unit,
            "price_basis": price_basis,
            "source_url": received.source_url,
            "retrieved_at": retrieved_at,
            "source_updated_on": source_updated_on,
        }
        fields = {**{name: row[name] for name in VALUE_FIELDS}, **given}
        version = row["version"] + 1
        updates.append(
            {
                "observation_id": row["id"],
                **fields,
                "entered_by": changed_by,
                "updated_at": now,
                "deleted_at": None,
                "version": version,
            }
        )
        # A value deleted before is created again, as `apply_values` does.
        action = RevisionAction.UPDATE if live else RevisionAction.CREATE
        revisions.append(
            {
                "observation_id": row["id"],
                "number": version,
                "action": action.value,
                "changed_at": now,
                "changed_by": changed_by,
                "reason": None,
                **key,
                "country_id": country_id,
                "year": year,
                **fields,
            }
        )
        counts[Outcome.UPDATED if live else Outcome.INSERTED] += 1
    if inserts:
        # Only the columns given: the others (text, qualifiers, deleted_at) stay NULL.
        batch = {
            **key,
            "unit": unit,
            "price_basis": price_basis,
            "retrieved_at": retrieved_at,
            "source_updated_on": source_updated_on,
            "entered_by": changed_by,
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        insert_new(session.connection(), batch, inserts)
        # Their "create" revisions, copied from the rows in the database: the
        # rows of this batch are the ones of this series created at `now`. (Run
        # by the session, it also counts the change for the data version.)
        session.execute(_CREATED, {**key, "now": now, "changed_by": changed_by})
        counts[Outcome.INSERTED] += len(inserts)
    if updates:
        session.execute(_UPDATE, updates)
    if revisions:
        session.execute(insert(_revisions), revisions)
    return counts


_PER_ROW = ("country_id", "year", "value_number", "source_url")


def insert_new(
    connection: Connection, batch: dict[str, Any], rows: list[tuple[int, int, Decimal, str]]
) -> None:
    """Insert rows (country id, year, value, source URL) with the batch's columns."""
    dialect = connection.dialect

    def converter(name: str) -> Any:
        column_type = _observations.c[name].type.dialect_impl(dialect)
        return column_type.bind_processor(dialect) or (lambda value: value)

    fixed = tuple(converter(name)(value) for name, value in batch.items())
    number = converter("value_number")
    columns = [*batch, *_PER_ROW]
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    names, markers = ", ".join(columns), ", ".join([marker] * len(columns))
    # The table's and columns' names are this module's, never input.
    sql = f"INSERT INTO {_observations.name} ({names}) VALUES ({markers})"  # noqa: S608
    connection.exec_driver_sql(
        sql, [(*fixed, country, year, number(value), url) for country, year, value, url in rows]
    )
