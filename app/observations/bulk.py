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
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import String, Table, and_, bindparam, insert, literal, null, select, update
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
_INSERT = insert(_observations)
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


@dataclass(frozen=True)
class Received:
    """One value as an upstream gives it, and the URL that answers it."""

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
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    revisions: list[dict[str, Any]] = []
    for (country_id, year), received in values.items():
        given = {
            "value_number": received.value,
            "unit": unit,
            "price_basis": price_basis,
            "source_url": received.source_url,
            "retrieved_at": retrieved_at,
            "source_updated_on": source_updated_on,
        }
        found = stored.get((country_id, year))
        if found is None:
            # Only the columns given: the others (text, qualifiers, deleted_at)
            # stay NULL without a parameter for each row.
            inserts.append(
                {
                    **key,
                    "country_id": country_id,
                    "year": year,
                    **given,
                    "entered_by": changed_by,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
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
        session.execute(_INSERT, inserts)
        # Their "create" revisions, copied from the rows in the database: the
        # rows of this batch are the ones of this series created at `now`.
        session.execute(_CREATED, {**key, "now": now, "changed_by": changed_by})
        counts[Outcome.INSERTED] += len(inserts)
    if updates:
        session.execute(_UPDATE, updates)
    if revisions:
        session.execute(insert(_revisions), revisions)
    return counts
