"""Reading and writing a country's policy documents and publications."""

from functools import cache
from typing import Any, cast

from pydantic import BaseModel
from sqlalchemy import Row, RowMapping, Select, bindparam, func, select
from sqlalchemy.orm import Session

from app.changes import apply_changes
from app.errors import NotFound
from app.models import Country, PolicyDocument, Publication
from app.types import Queryable

Document = PolicyDocument | Publication

_NAMES = {PolicyDocument: "policy document", Publication: "publication"}


@cache
def _statements(model: type[Document]) -> tuple[Select[Any], Select[Any]]:
    """The list and the one-item statement of a kind, built once: building one costs
    more than running it."""
    table = model.__table__
    of_country = select(*table.c).where(table.c.country_id == bindparam("country_id"))
    return (
        of_country.order_by(table.c.position, table.c.id),
        of_country.where(table.c.id == bindparam("id")),
    )


def list_documents(db: Queryable, model: type[Document], country_id: int) -> list[RowMapping]:
    """The country's documents of this kind, in page order."""
    return list(db.execute(_statements(model)[0], {"country_id": country_id}).mappings().all())


def get_document(
    db: Queryable, model: type[Document], country: Row[Any] | Country, document_id: int
) -> RowMapping:
    """One of the country's documents of this kind; NotFound when it has none with this id."""
    statement = _statements(model)[1]
    found = db.execute(statement, {"country_id": country.id, "id": document_id}).mappings().first()
    if found is None:
        raise NotFound(f"{country.name} has no {_NAMES[model]} {document_id}.")
    return found


def lock_document(
    session: Session, model: type[Document], country: Country, document_id: int
) -> Document:
    """The document to change, locked until the transaction ends."""
    found = get_document(session, model, country, document_id)
    return cast(Document, session.get_one(model, found["id"], with_for_update=True))


def create_document(
    session: Session, model: type[Document], country: Country, data: BaseModel
) -> Document:
    values = data.model_dump()
    if values["position"] is None:
        last = session.scalar(
            select(func.max(model.position)).where(model.country_id == country.id)
        )
        values["position"] = 0 if last is None else last + 1
    document = model(country_id=country.id, **values)
    session.add(document)
    session.flush()
    return document


def update_document(session: Session, document: Any, changes: dict[str, Any]) -> None:
    apply_changes(document, changes)
    session.flush()


def delete_document(session: Session, document: Any) -> None:
    session.delete(document)
    session.flush()
