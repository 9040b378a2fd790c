"""The source list."""

from typing import Annotated

from fastapi import APIRouter, Path, Request
from starlette.responses import Response

from app.auth.deps import AdminKeyDep
from app.config import API_PREFIX
from app.deps import DatabaseDep, SessionDep
from app.history.record import give_reason
from app.history.schemas import HISTORY_DESCRIPTION, RevisionRead, revision_items, state_as
from app.history.service import list_history
from app.http.responses import (
    CREATE_RESPONSES,
    DELETE_RESPONSES,
    PROBLEM_RESPONSES,
    UPDATE_RESPONSES,
)
from app.json import JSONResponse
from app.models import Source
from app.pagination import Collection, collection
from app.representations import LanguageDep, language_headers
from app.schemas import SLUG_PATTERN
from app.sources import service
from app.sources.schemas import SourceCreate, SourceRead, SourceState, SourceUpdate
from app.writes import (
    ExactJSONRoute,
    IfMatch,
    ReasonQuery,
    check_if_match,
    no_content,
    resource_response,
)

router = APIRouter(prefix=API_PREFIX, tags=["catalogue"], route_class=ExactJSONRoute)

SourceSlug = Annotated[
    str,
    Path(
        description="Source slug, e.g. `world-bank`.",
        pattern=SLUG_PATTERN,
        max_length=100,
        examples=["world-bank"],
    ),
]


@router.get(
    "/sources",
    response_model=Collection[SourceRead],
    summary="Sources",
    responses=PROBLEM_RESPONSES,
)
async def list_sources(request: Request, db: DatabaseDep, lang: LanguageDep) -> JSONResponse:
    """Every source that publishes figures served here, with its page label and kind;
    the label in `lang` where translated."""
    sources = await db.read(service.list_source_reads, lang)
    return JSONResponse(
        collection(request, sources, total=len(sources)), headers=language_headers(lang)
    )


@router.get(
    "/sources/{source}",
    response_model=SourceRead,
    summary="One source",
    responses=PROBLEM_RESPONSES,
)
async def get_source(source: SourceSlug, db: DatabaseDep, lang: LanguageDep) -> JSONResponse:
    """One source by its slug, its label in `lang` where translated."""
    return JSONResponse(
        await db.read(service.get_source_read, source, lang), headers=language_headers(lang)
    )


@router.post(
    "/sources",
    status_code=201,
    response_model=SourceRead,
    summary="Add a source",
    responses=CREATE_RESPONSES,
)
def create_source(body: SourceCreate, session: SessionDep, _key: AdminKeyDep) -> JSONResponse:
    """Add a source (admin scope). Answers 201 with its Location and ETag."""
    give_reason(session, body.reason)
    source = service.create_source(session, body)
    return resource_response(
        service.source_read(session, source),
        status_code=201,
        location=f"{API_PREFIX}/sources/{source.slug}",
    )


@router.patch(
    "/sources/{source}",
    response_model=SourceRead,
    summary="Change a source",
    responses=UPDATE_RESPONSES,
)
def update_source(
    source: SourceSlug,
    body: SourceUpdate,
    session: SessionDep,
    _key: AdminKeyDep,
    if_match: IfMatch = None,
) -> JSONResponse:
    """Change a source's label, organisation, kind or URL (admin scope), with If-Match."""
    give_reason(session, body.reason)
    found = session.get_one(Source, service.get_source(session, source).id)
    check_if_match(if_match, service.source_reader(session, found))
    service.update_source(session, found, body.model_dump(exclude_unset=True))
    return resource_response(service.source_read(session, found))


@router.delete(
    "/sources/{source}",
    status_code=204,
    response_class=Response,
    summary="Delete a source",
    responses=DELETE_RESPONSES,
)
def delete_source(
    source: SourceSlug,
    session: SessionDep,
    _key: AdminKeyDep,
    if_match: IfMatch = None,
    reason: ReasonQuery = None,
) -> Response:
    """Delete a source that no value cites (admin scope), with If-Match; 409 otherwise."""
    give_reason(session, reason)
    found = session.get_one(Source, service.get_source(session, source).id)
    check_if_match(if_match, service.source_reader(session, found))
    service.delete_source(session, found)
    return no_content()


@router.get(
    "/sources/{source}/revisions",
    response_model=Collection[RevisionRead[SourceState]],
    summary="A source's history",
    description=HISTORY_DESCRIPTION,
    responses=PROBLEM_RESPONSES,
)
async def list_source_revisions(
    request: Request, source: SourceSlug, db: DatabaseDep
) -> JSONResponse:
    revisions = await db.read(list_history, Source, key=source)
    items = revision_items(revisions, state_as(SourceState))
    return JSONResponse(collection(request, items, total=len(items)))
