"""A country's migration authorities: read, and (with a write key) change."""

from functools import partial
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from sqlalchemy import Connection, RowMapping
from starlette.responses import Response

from app.auth.deps import WriteKeyDep
from app.authorities import service
from app.authorities.schemas import AuthorityCreate, AuthorityRead, AuthorityUpdate
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
from app.models import Authority, AuthorityRole
from app.pagination import Collection, collection
from app.representations import LanguageDep, language_headers
from app.schemas import localized
from app.writes import (
    ExactJSONRoute,
    IfMatch,
    ReasonQuery,
    check_if_match,
    no_content,
    resource_response,
)

router = APIRouter(prefix=API_PREFIX, tags=["authorities"], route_class=ExactJSONRoute)

RoleFilter = Annotated[
    AuthorityRole | None,
    Query(description="Only authorities of this role.", examples=["agency"]),
]
AuthorityId = Annotated[
    int, Path(ge=1, le=2**31 - 1, description="The authority's id.", examples=[8])
]


def _location(country_code: str, authority_id: int) -> str:
    return f"{API_PREFIX}/countries/{country_code}/authorities/{authority_id}"


@router.get(
    "/countries/{country}/authorities",
    response_model=Collection[AuthorityRead],
    summary="Migration authorities",
    responses=PROBLEM_RESPONSES,
)
async def list_authorities(
    request: Request,
    country: CountryCode,
    db: DatabaseDep,
    lang: LanguageDep,
    role: RoleFilter = None,
) -> JSONResponse:
    """The responsible body, line ministries and agencies, in page order; filter by
    `role`. Their official names in French, Dutch or German with `lang` or
    `Accept-Language`; `languages` says which language each text is in."""
    rows = await db.read(_list, country, role)
    items = [localized(a, AuthorityRead, lang) for a in rows]
    return JSONResponse(
        collection(request, items, total=len(items)), headers=language_headers(lang)
    )


def _list(connection: Connection, code: str, role: AuthorityRole | None) -> list[RowMapping]:
    return service.list_authorities(connection, get_country(connection, code).id, role)


@router.get(
    "/countries/{country}/authorities/{authority_id}",
    response_model=AuthorityRead,
    summary="One migration authority",
    responses=PROBLEM_RESPONSES,
)
async def get_authority(
    country: CountryCode, authority_id: AuthorityId, db: DatabaseDep, lang: LanguageDep
) -> JSONResponse:
    """One authority by id, in `lang` where its names are translated; its ETag (in any
    language) is what updates and deletes must send as If-Match."""
    found = await db.read(_one, country, authority_id)
    return JSONResponse(localized(found, AuthorityRead, lang), headers=language_headers(lang))


def _one(connection: Connection, code: str, authority_id: int) -> RowMapping:
    return service.get_authority(connection, get_country(connection, code), authority_id)


@router.post(
    "/countries/{country}/authorities",
    status_code=201,
    response_model=AuthorityRead,
    summary="Add a migration authority",
    responses=CREATE_RESPONSES,
)
def create_authority(
    _key: WriteKeyDep, country: CountryDep, body: AuthorityCreate, session: SessionDep
) -> JSONResponse:
    """Add an authority (write scope). Answers 201 with its Location and ETag."""
    give_reason(session, body.reason)
    authority = service.create_authority(session, country, body)
    return resource_response(
        localized(authority, AuthorityRead),
        status_code=201,
        location=_location(country.code, authority.id),
    )


@router.patch(
    "/countries/{country}/authorities/{authority_id}",
    response_model=AuthorityRead,
    summary="Change a migration authority",
    responses=UPDATE_RESPONSES,
)
def update_authority(
    _key: WriteKeyDep,
    country: CountryDep,
    authority_id: AuthorityId,
    body: AuthorityUpdate,
    session: SessionDep,
    if_match: IfMatch = None,
) -> JSONResponse:
    """Change some fields of an authority (write scope); send its current ETag as If-Match."""
    give_reason(session, body.reason)
    authority = service.lock_authority(session, country, authority_id)
    check_if_match(if_match, partial(localized, authority, AuthorityRead))
    service.update_authority(session, authority, body.model_dump(exclude_unset=True))
    return resource_response(localized(authority, AuthorityRead))


@router.delete(
    "/countries/{country}/authorities/{authority_id}",
    status_code=204,
    response_class=Response,
    summary="Remove a migration authority",
    responses=DELETE_RESPONSES,
)
def delete_authority(
    _key: WriteKeyDep,
    country: CountryDep,
    authority_id: AuthorityId,
    session: SessionDep,
    if_match: IfMatch = None,
    reason: ReasonQuery = None,
) -> Response:
    """Remove an authority (write scope); send its current ETag as If-Match."""
    give_reason(session, reason)
    authority = service.lock_authority(session, country, authority_id)
    check_if_match(if_match, partial(localized, authority, AuthorityRead))
    service.delete_authority(session, authority)
    return no_content()


@router.get(
    "/countries/{country}/authorities/{authority_id}/revisions",
    response_model=Collection[RevisionRead[AuthorityRead]],
    summary="An authority's history",
    description=HISTORY_DESCRIPTION,
    responses=PROBLEM_RESPONSES,
)
async def list_authority_revisions(
    request: Request, country: CountryCode, authority_id: AuthorityId, db: DatabaseDep
) -> JSONResponse:
    revisions = await db.read(list_country_history, Authority, country, str(authority_id))
    items = revision_items(revisions, state_as(AuthorityRead))
    return JSONResponse(collection(request, items, total=len(items)))
