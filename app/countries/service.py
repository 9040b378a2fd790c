"""Country lookups."""

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models import Country


def get_country(session: Session, code: str) -> Country:
    """The country with this ISO 3166-1 alpha-2 or alpha-3 code, in any case."""
    code = code.upper()
    column = Country.code if len(code) == 2 else Country.alpha3
    country = session.scalar(select(Country).where(column == code))
    if country is None:
        raise NotFound(f"No country with code {code!r}.")
    return country


def count_countries(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Country)) or 0


def list_countries(session: Session) -> Sequence[Country]:
    """Countries that have a profile, by name."""
    return session.scalars(select(Country).order_by(Country.name)).all()
