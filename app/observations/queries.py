"""Reading observations: the filters shared by every endpoint that serves values."""

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import QueryableAttribute, Session, aliased, joinedload

from app.errors import NotFound
from app.models import Observation


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


def _year_conditions(
    column: QueryableAttribute[int | None], filters: ObservationFilter
) -> list[ColumnElement[bool]]:
    conditions = []
    if filters.year_from is not None:
        conditions.append(column >= filters.year_from)
    if filters.year_to is not None:
        conditions.append(column <= filters.year_to)
    return conditions


def _conditions(filters: ObservationFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Observation.deleted_at.is_(None)]
    if filters.country_ids:
        conditions.append(Observation.country_id.in_(filters.country_ids))
    if filters.indicator_ids:
        conditions.append(Observation.indicator_id.in_(filters.indicator_ids))
    if filters.source_ids:
        conditions.append(Observation.source_id.in_(filters.source_ids))
    conditions += _year_conditions(Observation.year, filters)
    if filters.latest:
        newer = aliased(Observation)
        conditions.append(
            ~exists().where(
                newer.country_id == Observation.country_id,
                newer.indicator_id == Observation.indicator_id,
                newer.source_id == Observation.source_id,
                newer.year > Observation.year,
                newer.deleted_at.is_(None),
                *_year_conditions(newer.year, filters),
            )
        )
    return conditions


def _select(filters: ObservationFilter) -> Select[Observation]:
    return (
        select(Observation)
        .where(*_conditions(filters))
        .options(
            joinedload(Observation.country),
            joinedload(Observation.indicator),
            joinedload(Observation.source),
        )
    )


def list_observations(
    session: Session,
    filters: ObservationFilter,
    *,
    after_id: int | None = None,
    limit: int | None = None,
) -> list[Observation]:
    """Matching observations in id order, from after `after_id`, at most `limit`."""
    query = _select(filters).order_by(Observation.id)
    if after_id is not None:
        query = query.where(Observation.id > after_id)
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def count_observations(session: Session, filters: ObservationFilter) -> int:
    query = select(func.count()).select_from(Observation).where(*_conditions(filters))
    return session.scalar(query) or 0


def get_observation(session: Session, observation_id: int) -> Observation:
    observation = session.scalar(
        _select(ObservationFilter()).where(Observation.id == observation_id)
    )
    if observation is None:
        raise NotFound(f"No observation with id {observation_id}.")
    return observation
