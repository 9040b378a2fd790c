"""Reading the history of curated resources."""

from datetime import datetime
from typing import Any

from sqlalchemy import Row, and_, select
from sqlalchemy.orm import aliased

from app.countries.service import get_country
from app.errors import NotFound
from app.history.record import RESOURCES
from app.models import Base, Country, Revision, RevisionAction
from app.types import Queryable

_revisions = Revision.__table__


def list_history(
    db: Queryable, model: type[Base], *, key: str, country_id: int | None = None
) -> list[Row[Any]]:
    """Every revision of the resource named `key` (of the country, for its lists),
    oldest first; NotFound when it never existed."""
    resource = RESOURCES[model].name
    query = select(*_revisions.c).where(Revision.resource == resource, Revision.key == key)
    if country_id is not None:
        query = query.where(Revision.country_id == country_id)
    revisions = list(db.execute(query.order_by(Revision.id)).all())
    if not revisions:
        raise NotFound(f"No {resource.replace('_', ' ')} {key!r} has a history here.")
    return revisions


def list_country_history(
    db: Queryable, model: type[Base], country_code: str, key: str
) -> list[Row[Any]]:
    """Every revision of one of a country's list items or sections (its `key`), the
    country named by its code; NotFound for an unknown country or item."""
    return list_history(db, model, key=key, country_id=get_country(db, country_code).id)


def states_as_of(
    db: Queryable, model: type[Base], *, as_of: datetime, country_id: int | None = None
) -> list[dict[str, Any]]:
    """The state of each resource of this kind (of the country) that existed at
    `as_of`: the newest revision of each at or before it, unless a deletion."""
    resource = RESOURCES[model].name
    newer = aliased(Revision)
    query = select(*_revisions.c).where(
        Revision.resource == resource,
        Revision.changed_at <= as_of,
        ~select(newer.id)
        .where(
            and_(
                newer.resource == Revision.resource,
                newer.resource_id == Revision.resource_id,
                newer.number > Revision.number,
                newer.changed_at <= as_of,
            )
        )
        .exists(),
    )
    if country_id is not None:
        query = query.where(Revision.country_id == country_id)
    return [
        revision.state
        for revision in db.execute(query.order_by(Revision.resource_id)).all()
        if revision.action != RevisionAction.DELETE
    ]


def state_as_of(
    db: Queryable, model: type[Base], *, resource_id: int, as_of: datetime
) -> dict[str, Any] | None:
    """One resource's state at `as_of`; None when it did not exist then."""
    revision = db.execute(
        select(*_revisions.c)
        .where(
            Revision.resource == RESOURCES[model].name,
            Revision.resource_id == resource_id,
            Revision.changed_at <= as_of,
        )
        .order_by(Revision.number.desc())
        .limit(1)
    ).first()
    if revision is None or revision.action == RevisionAction.DELETE:
        return None
    state: dict[str, Any] = revision.state
    return state


def country_code_in_history(db: Queryable, code: str) -> str:
    """The alpha-2 code a country had, live or deleted, by its alpha-2 or alpha-3 code;
    NotFound when no country ever had it."""
    code = code.upper()
    for revision in db.execute(
        select(_revisions.c.key, _revisions.c.state)
        .where(Revision.resource == RESOURCES[Country].name)
        .order_by(Revision.id.desc())
    ):
        if code in (revision.state.get("code"), revision.state.get("alpha3")):
            return str(revision.key)
    raise NotFound(f"No country with code {code!r} has a history here.")
