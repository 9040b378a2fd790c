"""Reading observations as flat rows: the filters shared by every endpoint that serves values.

Reads are SQLAlchemy Core statements returning rows (the observation's
columns plus its country code, indicator slug and unit, source slug and
label), never ORM objects: the main reads run thousands of times a second.
For the same reason a statement is built once per *shape* of filter (which
filters are set, not their values) and kept; building and hashing a select
costs more than running it on an indexed table. The values go in as
parameters.

Every read can be answered as of a past moment: the observations are then
rebuilt from their revisions (the newest revision at or before that moment,
unless it is a delete), as a subquery shaped like the observations table
that the same filters run on.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    FromClause,
    Integer,
    RowMapping,
    Select,
    bindparam,
    cast,
    exists,
    func,
    null,
    select,
)
from sqlalchemy.orm import Session

from app.config import API_PREFIX
from app.errors import Gone, NotFound
from app.models import Country, Indicator, Observation, ObservationRevision, RevisionAction, Source
from app.observations.service import VALUE_FIELDS
from app.types import UTCDateTime

# A read runs on a request's ORM session (writes answer with what they
# stored) or on a bare connection (the public reads).
Database = Connection | Session

observations = Observation.__table__
revisions = ObservationRevision.__table__
countries = Country.__table__
indicators = Indicator.__table__
sources = Source.__table__

# A row's columns, by name: the stored fields (the value as its number and
# its text; the unit is the indicator's where the value has none), the codes
# of its country, indicator and source, and the ids to sort and group by.
# `app.observations.schemas.served` makes the served fields of them.
ROW_FIELDS = (
    "id",
    "year",
    *VALUE_FIELDS,
    "entered_by",
    "updated_at",
    "country",
    "indicator",
    "source",
    "source_label",
    "country_id",
    "indicator_id",
    "source_id",
)


@dataclass(frozen=True, kw_only=True)
class ObservationFilter:
    country_ids: Sequence[int] = ()
    indicator_ids: Sequence[int] = ()
    source_ids: Sequence[int] = ()
    year_from: int | None = None
    year_to: int | None = None
    # Only each series' newest value within the year range (a series is one
    # country, indicator and source); an undated value is its series' only one.
    latest: bool = False
    # The state at this moment, from the revision history; None for now.
    as_of: datetime | None = None

    def shape(self) -> "_Shape":
        return _Shape(
            countries=min(len(self.country_ids), 2),
            indicators=min(len(self.indicator_ids), 2),
            sources=min(len(self.source_ids), 2),
            year_from=self.year_from is not None,
            year_to=self.year_to is not None,
            latest=self.latest,
            as_of=self.as_of is not None,
        )

    def params(self) -> dict[str, Any]:
        return {
            "country_ids": _ids(self.country_ids),
            "indicator_ids": _ids(self.indicator_ids),
            "source_ids": _ids(self.source_ids),
            "year_from": self.year_from,
            "year_to": self.year_to,
            "as_of": self.as_of,
        }


def _ids(ids: Sequence[int]) -> int | list[int]:
    return ids[0] if len(ids) == 1 else list(ids)


@dataclass(frozen=True)
class _Shape:
    """Which filters are set: the key of a built statement. A filter on one id
    (count 1) is an `=`; on several (count 2), an IN list expanded when the
    statement runs."""

    countries: int = 0
    indicators: int = 0
    sources: int = 0
    year_from: bool = False
    year_to: bool = False
    latest: bool = False
    as_of: bool = False


def _state_at() -> FromClause:
    """Observations as they stood at `:as_of`, shaped like the observations table."""
    revision = revisions
    newer = revisions.alias("newer_revision")
    as_of = bindparam("as_of", type_=UTCDateTime())
    return (
        select(
            revision.c.observation_id.label("id"),
            revision.c.country_id,
            revision.c.indicator_id,
            revision.c.source_id,
            revision.c.year,
            *(revision.c[name] for name in VALUE_FIELDS),
            revision.c.changed_by.label("entered_by"),
            revision.c.changed_at.label("updated_at"),
            cast(null(), UTCDateTime).label("deleted_at"),
        )
        .where(
            revision.c.changed_at <= as_of,
            revision.c.action != RevisionAction.DELETE.value,
            ~exists().where(
                newer.c.observation_id == revision.c.observation_id,
                newer.c.changed_at <= as_of,
                newer.c.number > revision.c.number,
            ),
        )
        .subquery("observations_as_of")
    )


def _id_condition(column: Any, name: str, count: int) -> ColumnElement[bool]:
    if count == 1:
        return column == bindparam(name, type_=Integer())  # type: ignore[no-any-return]
    return column.in_(bindparam(name, expanding=True))  # type: ignore[no-any-return]


def _conditions(table: FromClause, shape: _Shape) -> list[ColumnElement[bool]]:
    c = table.c
    conditions: list[ColumnElement[bool]] = [c.deleted_at.is_(None)]
    if shape.countries:
        conditions.append(_id_condition(c.country_id, "country_ids", shape.countries))
    if shape.indicators:
        conditions.append(_id_condition(c.indicator_id, "indicator_ids", shape.indicators))
    if shape.sources:
        conditions.append(_id_condition(c.source_id, "source_ids", shape.sources))
    conditions += _year_conditions(table, shape)
    if shape.latest:
        newer = table.alias("newer")
        conditions.append(
            ~exists().where(
                newer.c.country_id == c.country_id,
                newer.c.indicator_id == c.indicator_id,
                newer.c.source_id == c.source_id,
                newer.c.year > c.year,
                newer.c.deleted_at.is_(None),
                *_year_conditions(newer, shape),
            )
        )
    return conditions


def _year_conditions(table: FromClause, shape: _Shape) -> list[ColumnElement[bool]]:
    conditions = []
    if shape.year_from:
        conditions.append(table.c.year >= bindparam("year_from", type_=Integer()))
    if shape.year_to:
        conditions.append(table.c.year <= bindparam("year_to", type_=Integer()))
    return conditions


def _table(shape: _Shape) -> FromClause:
    """The observations, or their state at `:as_of`."""
    return _state_at() if shape.as_of else observations


def _select_rows(shape: _Shape) -> tuple[FromClause, Select[Any]]:
    table = _table(shape)
    columns = {
        **{name: table.c[name] for name in ROW_FIELDS if name in table.c},
        "unit": func.coalesce(table.c.unit, indicators.c.unit),
        "country": countries.c.code,
        "indicator": indicators.c.slug,
        "source": sources.c.slug,
        "source_label": sources.c.label,
    }
    statement = (
        select(*(columns[name].label(name) for name in ROW_FIELDS))
        .select_from(
            table.join(countries, countries.c.id == table.c.country_id)
            .join(indicators, indicators.c.id == table.c.indicator_id)
            .join(sources, sources.c.id == table.c.source_id)
        )
        .where(*_conditions(table, shape))
    )
    return table, statement


@lru_cache(maxsize=512)
def _rows_statement(shape: _Shape, *, paged: bool) -> Select[Any]:
    table, statement = _select_rows(shape)
    statement = statement.order_by(table.c.id)
    if paged:
        statement = statement.where(table.c.id > bindparam("after_id", type_=Integer())).limit(
            bindparam("limit", type_=Integer())
        )
    return statement


@lru_cache(maxsize=2)
def _one_statement(as_of: bool) -> Select[Any]:
    table, statement = _select_rows(_Shape(as_of=as_of))
    return statement.where(table.c.id == bindparam("observation_id"))


@lru_cache(maxsize=512)
def _count_statement(shape: _Shape) -> Select[Any]:
    table = _table(shape)
    return select(func.count().label("count")).select_from(table).where(*_conditions(table, shape))


def rows_statement(filters: ObservationFilter, *, paged: bool = False) -> Select[Any]:
    """The statement of `list_observations` (`:after_id` and `:limit` when paged)."""
    return _rows_statement(filters.shape(), paged=paged)


def list_observations(
    db: Database,
    filters: ObservationFilter,
    *,
    after_id: int | None = None,
    limit: int | None = None,
) -> list[RowMapping]:
    """Matching observations in id order, from after `after_id`, at most `limit`."""
    params = filters.params()
    paged = limit is not None
    if paged:
        params.update(after_id=after_id or 0, limit=limit)
    return list(db.execute(rows_statement(filters, paged=paged), params).mappings().all())


def count_observations(db: Database, filters: ObservationFilter) -> int:
    count: int = db.execute(_count_statement(filters.shape()), filters.params()).scalar_one()
    return count


def get_observation(
    db: Database, observation_id: int, *, as_of: datetime | None = None
) -> RowMapping:
    """One observation (as of a moment); Gone when it has been deleted."""
    found = (
        db.execute(
            _one_statement(as_of is not None), {"as_of": as_of, "observation_id": observation_id}
        )
        .mappings()
        .first()
    )
    if found is not None:
        return found
    if as_of is None:
        stored = select(observations.c.id).where(observations.c.id == observation_id)
        if db.execute(stored).first() is not None:
            raise Gone(
                f"Observation {observation_id} was deleted; its history is at "
                f"{API_PREFIX}/observations/{observation_id}/revisions."
            )
    when = " at that time" if as_of else ""
    raise NotFound(f"No observation with id {observation_id}{when}.")
