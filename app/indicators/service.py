"""The indicator catalogue and a country's series for one indicator."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models import Country, Indicator, Observation, Source
from app.observations.queries import ObservationFilter, list_observations


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
        ),
    )
    first_seen: dict[int, int] = {}
    for observation in observations:
        first_seen.setdefault(observation.source_id, observation.id)
    observations.sort(key=lambda o: (first_seen[o.source_id], o.year is not None, o.year or 0))
    return observations
