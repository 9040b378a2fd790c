"""A country's narrative sections: read, and (with a write key) change."""

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from sqlalchemy import Connection
from starlette.responses import Response

from app.auth.deps import WriteKeyDep
from app.config import API_PREFIX
from app.countries.deps import CountryCode, CountryDep
from app.countries.service import get_country
from app.deps import DatabaseDep, SessionDep
from app.history.record import give_reason
from app.history.schemas import HISTORY_DESCRIPTION, RevisionRead, revision_items, state_as
from app.history.service import list_country_history
from app.http.responses import (
    CREATE_RESPONSES,
    DELETE_RESPONSES,
    PROBLEM_RESPONSES,
    UPDATE_RESPONSES,
)
from app.json import JSONResponse
from app.models import NarrativeSection
from app.narrative import service
from app.narrative.schemas import (
    NarrativeSectionCreate,
    NarrativeSectionRead,
    NarrativeSectionUpdate,
    section_read,
)
from app.pagination import Collection, collection
from app.representations import ENGLISH_ONLY
from app.schemas import SLUG_PATTERN
from app.writes import (
    ExactJSONRoute,
    IfMatch,
    ReasonQuery,
    check_if_match,
    no_content,
    resource_response,
)

router = APIRouter(prefix=API_PREFIX, tags=["narrative"], route_class=ExactJSONRoute)

SectionSlug = Annotated[
    str,
    Path(
        description="Section slug.",
        pattern=SLUG_PATTERN,
        max_length=100,
        examples=["people-smuggling"],
    ),
]


@router.get(
    "/countries/{country}/narrative",
    response_model=Collection[NarrativeSectionRead],
    summary="Narrative sections",
    responses=PROBLEM_RESPONSES,
)
async def list_narrative(request: Request, country: CountryCode, db: DatabaseDep) -> JSONResponse:
    """The profile's text in titled sections, in reading order, each with its citations.
    It exists in English only, whatever language is asked for, and says so."""
    items = [section_read(s) for s in await db.read(_list, country)]
    return JSONResponse(collection(request, items, total=len(items)), headers=ENGLISH_ONLY)


def _list(connection: Connection, code: str) -> list[dict[str, Any]]:
    return service.list_narrative(connection, get_country(connection, code).id)


@router.get(
    "/countries/{country}/narrative/{section}",
    response_model=NarrativeSectionRead,
    summary="One narrative section",
    responses=PROBLEM_RESPONSES,
)
async def get_narrative_section(
    country: CountryCode, section: SectionSlug, db: DatabaseDep
) -> JSONResponse:
    """One section of the profile's text, by slug, with its citations (in English only)."""
    found = await db.read(_one, country, section)
    return JSONResponse(section_read(found), headers=ENGLISH_ONLY)


def _one(connection: Connection, code: str, slug: str) -> dict[str, Any]:
    return service.get_narrative_section(connection, get_country(connection, code), slug)


@router.post(
    "/countries/{country}/narrative",
    status_code=201,
    response_model=NarrativeSectionRead,
    summary="Add a narrative section",
    responses=CREATE_RESPONSES,
)
def create_narrative_section(
    _key: WriteKeyDep, country: CountryDep, body: NarrativeSectionCreate, session: SessionDep
) -> JSONResponse:
    """Add a section (write scope); each citation's text must occur in the body."""
    give_reason(session, body.reason)
    section = service.create_section(session, country, body)
    return resource_response(
        NarrativeSectionRead.model_validate(section),
        status_code=201,
        location=f"{API_PREFIX}/countries/{country.code}/narrative/{section.slug}",
    )


@router.patch(
    "/countries/{country}/narrative/{section}",
    response_model=NarrativeSectionRead,
    summary="Change a narrative section",
    responses=UPDATE_RESPONSES,
)
def update_narrative_section(
    _key: WriteKeyDep,
    country: CountryDep,
    section: SectionSlug,
    body: NarrativeSectionUpdate,
    session: SessionDep,
    if_match: IfMatch = None,
) -> JSONResponse:
    """Change a section's title, body, citations or position (write scope), with If-Match."""
    give_reason(session, body.reason)
    found = service.lock_section(session, country, section)
    served = NarrativeSectionRead.model_validate(found)
    # English only: the same read in every language.
    check_if_match(if_match, lambda _lang: served)
    service.update_section(session, found, body.model_dump(exclude_unset=True))
    return resource_response(NarrativeSectionRead.model_validate(found))


@router.delete(
    "/countries/{country}/narrative/{section}",
    status_code=204,
    response_class=Response,
    summary="Remove a narrative section",
    responses=DELETE_RESPONSES,
)
def delete_narrative_section(
    _key: WriteKeyDep,
    country: CountryDep,
    section: SectionSlug,
    session: SessionDep,
    if_match: IfMatch = None,
    reason: ReasonQuery = None,
) -> Response:
    """Remove a section (write scope), with If-Match."""
    give_reason(session, reason)
    found = service.lock_section(session, country, section)
    served = NarrativeSectionRead.model_validate(found)
    # English only: the same read in every language.
    check_if_match(if_match, lambda _lang: served)
    service.delete_section(session, found)
    return no_content()


@router.get(
    "/countries/{country}/narrative/{section}/revisions",
    response_model=Collection[RevisionRead[NarrativeSectionRead]],
    summary="A narrative section's history",
    description=HISTORY_DESCRIPTION,
    responses=PROBLEM_RESPONSES,
)
async def list_narrative_section_revisions(
    request: Request, country: CountryCode, section: SectionSlug, db: DatabaseDep
) -> JSONResponse:
    revisions = await db.read(list_country_history, NarrativeSection, country, section)
    items = revision_items(revisions, state_as(NarrativeSectionRead))
    return JSONResponse(collection(request, items, total=len(items)))
