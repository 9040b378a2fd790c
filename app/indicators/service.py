"""The indicator catalogue and a country's series for one indicator."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound
from app.indicators.schemas import IndicatorCreate
from app.models import Country, Indicator, Observation, Source
from app.observations.queries import ObservationFilter, list_observations
from app.writes import apply_changes


def list_indicators(session: Session) -> Sequence[Indicator]:
    return session.scalars(select(Indicator).order_by(Indicator.position, Indicator.id)).all()


def get_indicator(session: Session, slug: str) -> Indicator:
    indicator = session.scalar(select(Indicator).where(Indicator.slug == slug))
    if indicator is None:
        raise NotFound(f"No indicator {slug!r}.")
    return indicator


def series_observations(
    session: Session,
    *,
    country: Country,
    indicator: Indicator,
    sources: Sequence[Source] = (),
    year_from: int | None = None,
    year_to: int | None = None,
    as_of: datetime | None = None,
) -> list[Observation]:
    """The indicator's values for the country, by source (as first entered), oldest first."""
    observations = list_observations(
        session,
        ObservationFilter(
            country_ids=[country.id],
            indicator_ids=[indicator.id],
            source_ids=[s.id for s in sources],
            year_from=year_from,
            year_to=year_to,
            as_of=as_of,
        ),
    )
    first_seen: dict[int, int] = {}
    for observation in observations:
        first_seen.setdefault(observation.source_id, observation.id)
    observations.sort(key=lambda o: (first_seen[o.source_id], o.year is not None, o.year or 0))
    return observations


def create_indicator(session: Session, data: IndicatorCreate) -> Indicator:
    if session.scalar(select(Indicator.id).where(Indicator.slug == data.slug)) is not None:
        raise Conflict(f"An indicator {data.slug!r} exists already.")
    values = data.model_dump()
    if values["position"] is None:
        last = session.scalar(select(func.max(Indicator.position)))
        values["position"] = 0 if last is None else last + 1
    indicator = Indicator(**values)
    session.add(indicator)
    session.flush()
    return indicator


def update_indicator(session: Session, indicator: Indicator, changes: dict[str, Any]) -> None:
    apply_changes(indicator, changes)
    session.flush()


def delete_indicator(session: Session, indicator: Indicator) -> None:
    """Delete an indicator no value refers to (any reference makes it a 409)."""
    used = session.scalar(
        select(Observation.id).where(Observation.indicator_id == indicator.id).limit(1)
    )
    if used:
        raise Conflict(f"Values exist for the indicator {indicator.slug!r}; it cannot be deleted.")
    session.delete(indicator)
    session.flush()
