"""Reading and writing a country's migration authorities."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.authorities.schemas import ROLE_LABELS, AuthorityCreate
from app.changes import apply_changes
from app.errors import NotFound
from app.models import Authority, AuthorityRole, Country


def list_authorities(
    session: Session, country: Country, role: AuthorityRole | None = None
) -> Sequence[Authority]:
    query = select(Authority).where(Authority.country_id == country.id)
    if role is not None:
        query = query.where(Authority.role == role)
    # Page order: responsible body, line ministries, agencies.
    role_order = case({r.value: i for i, r in enumerate(ROLE_LABELS)}, value=Authority.role)
    return session.scalars(query.order_by(role_order, Authority.position, Authority.id)).all()


def get_authority(
    session: Session, country: Country, authority_id: int, *, for_update: bool = False
) -> Authority:
    query = select(Authority).where(
        Authority.country_id == country.id, Authority.id == authority_id
    )
    authority = session.scalar(query.with_for_update() if for_update else query)
    if authority is None:
        raise NotFound(f"{country.name} has no authority {authority_id}.")
    return authority


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
