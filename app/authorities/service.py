"""Reading and writing a country's migration authorities."""

from typing import Any

from sqlalchemy import Row, RowMapping, bindparam, case, func, select
from sqlalchemy.orm import Session

from app.authorities.schemas import ROLE_LABELS, AuthorityCreate
from app.changes import apply_changes
from app.errors import NotFound
from app.models import Authority, AuthorityRole, Country
from app.types import Queryable

_authorities = Authority.__table__
# Page order: responsible body, line ministries, agencies.
_ROLE_ORDER = case({r.value: i for i, r in enumerate(ROLE_LABELS)}, value=_authorities.c.role)


# Statements are built once: building one costs more than running it.
_OF_COUNTRY = select(*_authorities.c).where(_authorities.c.country_id == bindparam("country_id"))
_LIST = _OF_COUNTRY.order_by(_ROLE_ORDER, _authorities.c.position, _authorities.c.id)
_LIST_OF_ROLE = _LIST.where(_authorities.c.role == bindparam("role"))
_ONE = _OF_COUNTRY.where(_authorities.c.id == bindparam("id"))


def list_authorities(
    db: Queryable, country_id: int, role: AuthorityRole | None = None
) -> list[RowMapping]:
    """The country's authorities in page order, of one role or all."""
    if role is None:
        return list(db.execute(_LIST, {"country_id": country_id}).mappings().all())
    return list(
        db.execute(_LIST_OF_ROLE, {"country_id": country_id, "role": role}).mappings().all()
    )


def get_authority(db: Queryable, country: Row[Any] | Country, authority_id: int) -> RowMapping:
    """One of the country's authorities; NotFound when it has none with this id."""
    found = db.execute(_ONE, {"country_id": country.id, "id": authority_id}).mappings().first()
    if found is None:
        raise NotFound(f"{country.name} has no authority {authority_id}.")
    return found


def lock_authority(session: Session, country: Country, authority_id: int) -> Authority:
    """The authority to change, locked until the transaction ends."""
    found = get_authority(session, country, authority_id)
    return session.get_one(Authority, found["id"], with_for_update=True)


def create_authority(session: Session, country: Country, data: AuthorityCreate) -> Authority:
    position = data.position
    if position is None:
        last = session.scalar(
            select(func.max(Authority.position)).where(
                Authority.country_id == country.id, Authority.role == data.role
            )
        )
        position = 0 if last is None else last + 1
    authority = Authority(
        country_id=country.id, **data.model_dump(exclude={"position"}), position=position
    )
    session.add(authority)
    session.flush()
    return authority


def update_authority(session: Session, authority: Authority, changes: dict[str, Any]) -> None:
    apply_changes(authority, changes)
    session.flush()


def delete_authority(session: Session, authority: Authority) -> None:
    session.delete(authority)
    session.flush()
