"""Country lookups."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, Select, String, bindparam, exists, func, not_, or_, select
from sqlalchemy.orm import Session, selectinload

from app.changes import apply_changes
from app.countries.schemas import CountryCreate
from app.errors import Conflict, NotFound
from app.models import (
    Authority,
    Country,
    NarrativeSection,
    Observation,
    PolicyDocument,
    Publication,
)
from app.types import Queryable, utcnow

countries = Country.__table__


def select_by_code(*columns: Any) -> Select[Any]:
    """The country with code `:code` (upper case): its alpha-2 or alpha-3 code.

    A three- or four-letter user-assigned code may be a country's `code` or
    another's `alpha3`; the `code` match wins. (Alpha-3 codes have three or
    more letters, so a two-letter code only ever matches a `code`.)
    """
    code = bindparam("code", type_=String())
    return (
        select(*columns)
        .where(or_(countries.c.code == code, countries.c.alpha3 == code))
        .order_by((countries.c.code == code).desc())
        .limit(1)
    )


_BY_CODE = select_by_code(*countries.c)


def _has(table: Any, *where: Any) -> Any:
    return exists().where(table.c.country_id == countries.c.id, *where)


_observations = Observation.__table__
# A curated profile: any list item or text, or a live value entered by a person
# (the seed, an import or the API) rather than by a sync.
CURATED = or_(
    _has(Authority.__table__),
    _has(PolicyDocument.__table__),
    _has(Publication.__table__),
    _has(NarrativeSection.__table__),
    _has(
        _observations,
        _observations.c.deleted_at.is_(None),
        not_(_observations.c.entered_by.startswith("sync:")),
    ),
).label("curated")
_ALL = select(*countries.c, CURATED).order_by(countries.c.name)
_CURATED_ONLY = _ALL.where(CURATED)
_READ_BY_CODE = select_by_code(*countries.c, CURATED)
_IS_CURATED = select(CURATED).where(countries.c.id == bindparam("country_id"))


def find_country(db: Queryable, code: str) -> Row[Any] | None:
    """The country with this alpha-2 or alpha-3 code, in any case, if any."""
    return db.execute(_BY_CODE, {"code": code.upper()}).first()


def get_country(db: Queryable, code: str) -> Row[Any]:
    """The country with this code, as a row; NotFound when there is none."""
    country = find_country(db, code)
    if country is None:
        raise _not_found(code)
    return country


def _not_found(code: str) -> NotFound:
    return NotFound(f"No country with code {code.upper()!r}.")


def count_countries(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Country)) or 0


def list_countries(db: Queryable, *, curated_only: bool = False) -> Sequence[Any]:
    """Every country (with whether its profile is curated, `curated`), by name."""
    return db.execute(_CURATED_ONLY if curated_only else _ALL).all()


def get_country_with_curated(db: Queryable, code: str) -> Row[Any]:
    """The country with this code and whether its profile is curated, `curated`."""
    country = db.execute(_READ_BY_CODE, {"code": code.upper()}).first()
    if country is None:
        raise _not_found(code)
    return country


def is_curated(db: Queryable, country_id: int) -> bool:
    return bool(db.execute(_IS_CURATED, {"country_id": country_id}).scalar_one())


def create_country(session: Session, data: CountryCreate) -> Country:
    for column, value in ((Country.code, data.code), (Country.alpha3, data.alpha3)):
        if session.scalar(select(Country.id).where(column == value)) is not None:
            raise Conflict(f"A country with code {value!r} exists already.")
    country = Country(**data.model_dump(), created_at=utcnow(), updated_at=utcnow())
    session.add(country)
    session.flush()
    return country


def update_country(session: Session, country: Country, changes: dict[str, Any]) -> None:
    if apply_changes(country, changes):
        country.updated_at = utcnow()
    session.flush()


def delete_country(session: Session, country: Country) -> None:
    """Delete a country and its lists and text; refused while it has values with history."""
    values = session.scalar(
        select(func.count()).select_from(Observation).where(Observation.country_id == country.id)
    )
    if values:
        raise Conflict(
            f"{country.name} has {values} observations whose history is kept; "
            "a country with history cannot be deleted."
        )
    # Each list item and section is deleted on its own, so each keeps its history.
    for model in (Authority, PolicyDocument, Publication):
        for row in session.scalars(select(model).where(model.country_id == country.id)):
            session.delete(row)
    for section in session.scalars(
        select(NarrativeSection)
        .where(NarrativeSection.country_id == country.id)
        .options(selectinload(NarrativeSection.citations))
    ):
        session.delete(section)
    session.flush()
    session.delete(country)
    session.flush()
