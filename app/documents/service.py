"""Reading and writing a country's policy documents and publications."""

from collections.abc import Sequence
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.changes import apply_changes
from app.errors import NotFound
from app.models import Country, PolicyDocument, Publication

Document = TypeVar("Document", PolicyDocument, Publication)

_NAMES = {PolicyDocument: "policy document", Publication: "publication"}


def list_documents(session: Session, model: type[Document], country: Country) -> Sequence[Document]:
    return session.scalars(
        select(model).where(model.country_id == country.id).order_by(model.position, model.id)
    ).all()


def get_document(
    session: Session,
    model: type[Document],
    country: Country,
    document_id: int,
    *,
    for_update: bool = False,
) -> Document:
    query = select(model).where(model.country_id == country.id, model.id == document_id)
    document = session.scalar(query.with_for_update() if for_update else query)
    if document is None:
        raise NotFound(f"{country.name} has no {_NAMES[model]} {document_id}.")
    return document


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
