"""Reading observations: the filters shared by every endpoint that serves values.

Every read can be answered as of a past moment: the observations are then
rebuilt from their revisions (the newest revision at or before that moment,
unless it is a delete), as an aliased subquery that the same filters run on.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, cast, exists, func, null, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from app.config import API_PREFIX
from app.errors import Gone, NotFound
from app.models import Observation, ObservationRevision, RevisionAction
from app.types import UTCDateTime


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


def _state_at(as_of: datetime) -> Any:
    """Observations as they stood at `as_of`, shaped like the observations table."""
    revision = ObservationRevision
    newer = aliased(ObservationRevision)
    snapshot = (
        select(
            revision.observation_id.label("id"),
            revision.country_id,
            revision.indicator_id,
            revision.source_id,
            revision.year,
            revision.value_number,
            revision.value_text,
            revision.qualifier,
            revision.unit,
            revision.price_basis,
            revision.measure,
            revision.note,
            revision.source_url,
            revision.retrieved_at,
            revision.source_updated_on,
            revision.changed_by.label("entered_by"),
            revision.changed_at.label("created_at"),
            revision.changed_at.label("updated_at"),
            cast(null(), UTCDateTime).label("deleted_at"),
            revision.number.label("version"),
        )
        .where(
            revision.changed_at <= as_of,
            revision.action != RevisionAction.DELETE.value,
            ~exists().where(
                newer.observation_id == revision.observation_id,
                newer.changed_at <= as_of,
                newer.number > revision.number,
            ),
        )
        .subquery("observations_as_of")
    )
    return aliased(Observation, snapshot, adapt_on_names=True)


def _entity(filters: ObservationFilter) -> Any:
    return Observation if filters.as_of is None else _state_at(filters.as_of)


def _conditions(entity: Any, filters: ObservationFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [entity.deleted_at.is_(None)]
    if filters.country_ids:
        conditions.append(entity.country_id.in_(filters.country_ids))
    if filters.indicator_ids:
        conditions.append(entity.indicator_id.in_(filters.indicator_ids))
    if filters.source_ids:
        conditions.append(entity.source_id.in_(filters.source_ids))
    conditions += _year_conditions(entity, filters)
    if filters.latest:
        newer = aliased(entity)
        conditions.append(
            ~exists().where(
                newer.country_id == entity.country_id,
                newer.indicator_id == entity.indicator_id,
                newer.source_id == entity.source_id,
                newer.year > entity.year,
                newer.deleted_at.is_(None),
                *_year_conditions(newer, filters),
            )
        )
    return conditions


def _year_conditions(entity: Any, filters: ObservationFilter) -> list[ColumnElement[bool]]:
    conditions = []
    if filters.year_from is not None:
        conditions.append(entity.year >= filters.year_from)
    if filters.year_to is not None:
        conditions.append(entity.year <= filters.year_to)
    return conditions


def _select(entity: Any, filters: ObservationFilter) -> Select[Observation]:
    query = select(entity).where(*_conditions(entity, filters))
    if filters.as_of is None:
        return query.options(
            joinedload(entity.country), joinedload(entity.indicator), joinedload(entity.source)
        )
    # A join from the rebuilt rows cannot be adapted; load the related rows by id.
    # Past states share ids with the current rows: never reuse those objects.
    return query.options(
        selectinload(entity.country), selectinload(entity.indicator), selectinload(entity.source)
    ).execution_options(populate_existing=True)


def list_observations(
    session: Session,
    filters: ObservationFilter,
    *,
    after_id: int | None = None,
    limit: int | None = None,
) -> list[Observation]:
    """Matching observations in id order, from after `after_id`, at most `limit`."""
    entity = _entity(filters)
    query = _select(entity, filters).order_by(entity.id)
    if after_id is not None:
        query = query.where(entity.id > after_id)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def count_observations(session: Session, filters: ObservationFilter) -> int:
    entity = _entity(filters)
    query = select(func.count()).select_from(entity).where(*_conditions(entity, filters))
    return session.scalar(query) or 0


def get_observation(
    session: Session, observation_id: int, *, as_of: datetime | None = None
) -> Observation:
    """One observation (as of a moment); Gone when it has been deleted."""
    filters = ObservationFilter(as_of=as_of)
    entity = _entity(filters)
    query = _select(entity, filters).where(entity.id == observation_id)
    observation = session.scalar(query)
    if observation is not None:
        return observation
    if as_of is None and session.get(Observation, observation_id) is not None:
        raise Gone(
            f"Observation {observation_id} was deleted; its history is at "
            f"{API_PREFIX}/observations/{observation_id}/revisions."
        )
    when = " at that time" if as_of else ""
    raise NotFound(f"No observation with id {observation_id}{when}.")
