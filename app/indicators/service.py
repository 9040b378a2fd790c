"""The indicator catalogue and a country's series for one indicator."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, select
from sqlalchemy.orm import Session

from app.changes import apply_changes
from app.errors import Conflict, NotFound
from app.indicators.schemas import IndicatorCreate
from app.models import Indicator, Observation


def list_indicators(session: Session) -> Sequence[Indicator]:
    return session.scalars(select(Indicator).order_by(Indicator.position, Indicator.id)).all()


_BY_SLUG = select(*Indicator.__table__.c).where(Indicator.__table__.c.slug == bindparam("slug"))


def get_indicator(db: Connection | Session, slug: str) -> Row[Any]:
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
