"""The indicator catalogue and a country's series for one indicator."""

from typing import Any

from sqlalchemy import Row, RowMapping, bindparam, func, select
from sqlalchemy.orm import Session

from app.changes import apply_changes
from app.errors import Conflict, NotFound
from app.indicators.schemas import IndicatorCreate
from app.models import Indicator, Observation
from app.types import Queryable

_indicators = Indicator.__table__
_ALL = select(*_indicators.c).order_by(_indicators.c.position, _indicators.c.id)
_BY_SLUG = select(*_indicators.c).where(_indicators.c.slug == bindparam("slug"))


def list_indicators(db: Queryable) -> list[RowMapping]:
    """The catalogue in page order."""
    return list(db.execute(_ALL).mappings().all())


def get_indicator(db: Queryable, slug: str) -> Row[Any]:
    """The indicator's catalogue entry, as a row; NotFound when there is none."""
    indicator = db.execute(_BY_SLUG, {"slug": slug}).first()
    if indicator is None:
        raise NotFound(f"No indicator {slug!r}.")
    return indicator


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
