"""A country's key policy documents and relevant publications: read and change."""

from typing import Annotated

from fastapi import APIRouter, Path, Request
from starlette.responses import Response

from app.auth.deps import WriteKeyDep
from app.config import API_PREFIX
from app.countries.deps import CountryDep
from app.db import SessionDep
from app.documents import service
from app.documents.schemas import (
    PolicyDocumentCreate,
    PolicyDocumentRead,
    PolicyDocumentUpdate,
    PublicationCreate,
    PublicationRead,
    PublicationUpdate,
)
from app.history.record import give_reason
from app.history.schemas import HISTORY_DESCRIPTION, RevisionRead, revision_items, state_as
from app.history.service import list_history
from app.http.problems import PROBLEM_RESPONSES, WRITE_RESPONSES
from app.json import JSONResponse
from app.models import PolicyDocument, Publication
from app.pagination import Collection, collection
from app.writes import (
    ExactJSONRoute,
    IfMatch,
    ReasonQuery,
    check_if_match,
    no_content,
    resource_response,
)

router = APIRouter(prefix=API_PREFIX, route_class=ExactJSONRoute)

DocumentId = Annotated[
    int, Path(ge=1, le=2**31 - 1, description="The document's id.", examples=[3])
]
PublicationId = Annotated[
    int, Path(ge=1, le=2**31 - 1, description="The publication's id.", examples=[2])
]


# Policy documents


@router.get(
    "/countries/{country}/policy-documents",
    response_model=Collection[PolicyDocumentRead],
    summary="Key policy documents",
    tags=["policy documents"],
    responses=PROBLEM_RESPONSES,
)
def list_policy_documents(
    request: Request, country: CountryDep, session: SessionDep
) -> JSONResponse:
    """The country's key migration laws, codes and decrees, with year and kind."""
    items = [
        PolicyDocumentRead.model_validate(d)
        for d in service.list_documents(session, PolicyDocument, country)
    ]
    return JSONResponse(collection(request, items, total=len(items)))


@router.get(
    "/countries/{country}/policy-documents/{document_id}",
    response_model=PolicyDocumentRead,
    summary="One policy document",
    tags=["policy documents"],
    responses=PROBLEM_RESPONSES,
)
def get_policy_document(
    country: CountryDep, document_id: DocumentId, session: SessionDep
) -> JSONResponse:
    """One policy document by id; its ETag is what updates and deletes send as If-Match."""
    document = service.get_document(session, PolicyDocument, country, document_id)
    return JSONResponse(PolicyDocumentRead.model_validate(document))


@router.post(
    "/countries/{country}/policy-documents",
    status_code=201,
    response_model=PolicyDocumentRead,
    summary="Add a policy document",
    tags=["policy documents"],
    responses=WRITE_RESPONSES,
)
def create_policy_document(
    country: CountryDep, body: PolicyDocumentCreate, session: SessionDep, _key: WriteKeyDep
) -> JSONResponse:
    """Add a policy document (write scope). Answers 201 with its Location and ETag."""
    give_reason(session, body.reason)
    document = service.create_document(session, PolicyDocument, country, body)
    return resource_response(
        PolicyDocumentRead.model_validate(document),
        status_code=201,
        location=f"{API_PREFIX}/countries/{country.code}/policy-documents/{document.id}",
    )


@router.patch(
    "/countries/{country}/policy-documents/{document_id}",
    response_model=PolicyDocumentRead,
    summary="Change a policy document",
    tags=["policy documents"],
    responses=WRITE_RESPONSES,
)
def update_policy_document(
    country: CountryDep,
    document_id: DocumentId,
    body: PolicyDocumentUpdate,
    session: SessionDep,
    _key: WriteKeyDep,
    if_match: IfMatch = None,
) -> JSONResponse:
    """Change some fields of a policy document (write scope), with If-Match."""
    give_reason(session, body.reason)
    document = service.get_document(session, PolicyDocument, country, document_id, for_update=True)
    check_if_match(if_match, PolicyDocumentRead.model_validate(document))
    service.update_document(session, document, body.model_dump(exclude_unset=True))
    return resource_response(PolicyDocumentRead.model_validate(document))


@router.delete(
    "/countries/{country}/policy-documents/{document_id}",
    status_code=204,
    response_class=Response,
    summary="Remove a policy document",
    tags=["policy documents"],
    responses=WRITE_RESPONSES,
)
def delete_policy_document(
    country: CountryDep,
    document_id: DocumentId,
    session: SessionDep,
    _key: WriteKeyDep,
    if_match: IfMatch = None,
    reason: ReasonQuery = None,
) -> Response:
    """Remove a policy document (write scope), with If-Match."""
    give_reason(session, reason)
    document = service.get_document(session, PolicyDocument, country, document_id, for_update=True)
    check_if_match(if_match, PolicyDocumentRead.model_validate(document))
    service.delete_document(session, document)
    return no_content()


# Publications


@router.get(
    "/countries/{country}/publications",
    response_model=Collection[PublicationRead],
    summary="Relevant publications",
    tags=["publications"],
    responses=PROBLEM_RESPONSES,
)
def list_publications(request: Request, country: CountryDep, session: SessionDep) -> JSONResponse:
    """Publications about the country's migration, with publisher and year where known."""
    items = [
        PublicationRead.model_validate(p)
        for p in service.list_documents(session, Publication, country)
    ]
    return JSONResponse(collection(request, items, total=len(items)))


@router.get(
    "/countries/{country}/publications/{publication_id}",
    response_model=PublicationRead,
    summary="One publication",
    tags=["publications"],
    responses=PROBLEM_RESPONSES,
)
def get_publication(
    country: CountryDep, publication_id: PublicationId, session: SessionDep
) -> JSONResponse:
    """One publication by id; its ETag is what updates and deletes send as If-Match."""
    publication = service.get_document(session, Publication, country, publication_id)
    return JSONResponse(PublicationRead.model_validate(publication))


@router.post(
    "/countries/{country}/publications",
    status_code=201,
    response_model=PublicationRead,
    summary="Add a publication",
    tags=["publications"],
    responses=WRITE_RESPONSES,
)
def create_publication(
    country: CountryDep, body: PublicationCreate, session: SessionDep, _key: WriteKeyDep
) -> JSONResponse:
    """Add a publication (write scope). Answers 201 with its Location and ETag."""
    give_reason(session, body.reason)
    publication = service.create_document(session, Publication, country, body)
    return resource_response(
        PublicationRead.model_validate(publication),
        status_code=201,
        location=f"{API_PREFIX}/countries/{country.code}/publications/{publication.id}",
    )


@router.patch(
    "/countries/{country}/publications/{publication_id}",
    response_model=PublicationRead,
    summary="Change a publication",
    tags=["publications"],
    responses=WRITE_RESPONSES,
)
def update_publication(
    country: CountryDep,
    publication_id: PublicationId,
    body: PublicationUpdate,
    session: SessionDep,
    _key: WriteKeyDep,
    if_match: IfMatch = None,
) -> JSONResponse:
    """Change some fields of a publication (write scope), with If-Match."""
    give_reason(session, body.reason)
    publication = service.get_document(
        session, Publication, country, publication_id, for_update=True
    )
    check_if_match(if_match, PublicationRead.model_validate(publication))
    service.update_document(session, publication, body.model_dump(exclude_unset=True))
    return resource_response(PublicationRead.model_validate(publication))


@router.delete(
    "/countries/{country}/publications/{publication_id}",
    status_code=204,
    response_class=Response,
    summary="Remove a publication",
    tags=["publications"],
    responses=WRITE_RESPONSES,
)
def delete_publication(
    country: CountryDep,
    publication_id: PublicationId,
    session: SessionDep,
    _key: WriteKeyDep,
    if_match: IfMatch = None,
    reason: ReasonQuery = None,
) -> Response:
    """Remove a publication (write scope), with If-Match."""
    give_reason(session, reason)
    publication = service.get_document(
        session, Publication, country, publication_id, for_update=True
    )
    check_if_match(if_match, PublicationRead.model_validate(publication))
    service.delete_document(session, publication)
    return no_content()


@router.get(
    "/countries/{country}/policy-documents/{document_id}/revisions",
    response_model=Collection[RevisionRead[PolicyDocumentRead]],
    summary="A policy document's history",
    description=HISTORY_DESCRIPTION,
    tags=["policy documents"],
    responses=PROBLEM_RESPONSES,
)
def list_policy_document_revisions(
    request: Request, country: CountryDep, document_id: DocumentId, session: SessionDep
) -> JSONResponse:
    revisions = list_history(session, PolicyDocument, key=str(document_id), country_id=country.id)
    items = revision_items(revisions, state_as(PolicyDocumentRead))
    return JSONResponse(collection(request, items, total=len(items)))


@router.get(
    "/countries/{country}/publications/{publication_id}/revisions",
    response_model=Collection[RevisionRead[PublicationRead]],
    summary="A publication's history",
    description=HISTORY_DESCRIPTION,
    tags=["publications"],
    responses=PROBLEM_RESPONSES,
)
def list_publication_revisions(
    request: Request, country: CountryDep, publication_id: PublicationId, session: SessionDep
) -> JSONResponse:
    revisions = list_history(session, Publication, key=str(publication_id), country_id=country.id)
    items = revision_items(revisions, state_as(PublicationRead))
    return JSONResponse(collection(request, items, total=len(items)))
