"""Countries: every one the service has figures for, curated or not."""

from functools import partial
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlalchemy import Connection, Row
from starlette.responses import Response

from app.auth.deps import AdminKeyDep
from app.config import API_PREFIX
from app.countries import service
from app.countries.deps import CountryCode, CountryDep
from app.countries.schemas import (
    CountryCreate,
    CountryRead,
    CountryState,
    CountryUpdate,
    country_read,
)
from app.deps import DatabaseDep, SessionDep
from app.history.record import give_reason
from app.history.schemas import HISTORY_DESCRIPTION, RevisionRead, revision_items, state_as
from app.history.service import country_code_in_history, list_history
from app.http.responses import (
    CREATE_RESPONSES,
    DELETE_RESPONSES,
    PROBLEM_RESPONSES,
    UPDATE_RESPONSES,
)
from app.json import JSONResponse
from app.models import Country
from app.pagination import Collection, collection
from app.representations import LanguageDep, language_headers
from app.writes import (
    ExactJSONRoute,
    IfMatch,
    ReasonQuery,
    check_if_match,
    no_content,
    resource_response,
)

router = APIRouter(prefix=API_PREFIX, tags=["countries"], route_class=ExactJSONRoute)


CuratedFilter = Annotated[
    bool,
    Query(
        alias="curated",
        description="`true`: only the countries with a curated profile.",
    ),
]


@router.get(
    "/countries",
    response_model=Collection[CountryRead],
    summary="Countries",
    responses=PROBLEM_RESPONSES,
)
async def list_countries(
    request: Request, db: DatabaseDep, lang: LanguageDep, curated_only: CuratedFilter = False
) -> JSONResponse:
    """Every country the service has figures for, by (English) name, with whether it
    has a curated profile and links to its resources; `curated=true` keeps the curated
    ones. The others have the international sources' figures only. Names in French,
    Dutch or German with `lang`, from ISO 3166's translations."""
    rows = await db.read(service.list_countries, curated_only=curated_only)
    countries = [country_read(c, curated=c.curated, lang=lang) for c in rows]
    return JSONResponse(
        collection(request, countries, total=len(countries)), headers=language_headers(lang)
    )


@router.get(
    "/countries/{country}",
    response_model=CountryRead,
    summary="One country",
    responses=PROBLEM_RESPONSES,
)
async def get_country(country: CountryCode, db: DatabaseDep, lang: LanguageDep) -> JSONResponse:
    """One country by alpha-2 or alpha-3 code (any case), with links to its resources;
    its name in `lang` where ISO 3166 translates it."""
    found = await db.read(service.get_country_with_curated, country)
    return JSONResponse(
        country_read(found, curated=found.curated, lang=lang), headers=language_headers(lang)
    )


@router.post(
    "/countries",
    status_code=201,
    response_model=CountryRead,
    summary="Add a country",
    responses=CREATE_RESPONSES,
)
def create_country(body: CountryCreate, session: SessionDep, _key: AdminKeyDep) -> JSONResponse:
    """Add a country (admin scope); its profile is filled by the other write endpoints
    or in one request with `PUT .../profile`."""
    give_reason(session, body.reason)
    country = service.create_country(session, body)
    return resource_response(
        country_read(country, curated=False),
        status_code=201,
        location=f"{API_PREFIX}/countries/{country.code}",
    )


@router.patch(
    "/countries/{country}",
    response_model=CountryRead,
    summary="Change a country",
    responses=UPDATE_RESPONSES,
)
def update_country(
    _key: AdminKeyDep,
    country: CountryDep,
    body: CountryUpdate,
    session: SessionDep,
    if_match: IfMatch = None,
) -> JSONResponse:
    """Change a country's name, alpha-3 code or indicators note (admin scope), with If-Match."""
    give_reason(session, body.reason)
    curated = service.is_curated(session, country.id)
    check_if_match(if_match, partial(country_read, country, curated=curated))
    service.update_country(session, country, body.model_dump(exclude_unset=True))
    return resource_response(country_read(country, curated=curated))


@router.delete(
    "/countries/{country}",
    status_code=204,
    response_class=Response,
    summary="Delete a country",
    responses=DELETE_RESPONSES,
)
def delete_country(
    _key: AdminKeyDep,
    country: CountryDep,
    session: SessionDep,
    if_match: IfMatch = None,
    reason: ReasonQuery = None,
) -> Response:
    """Delete a country with its lists and text (admin scope), with If-Match. A country
    that has values is refused with 409: their history is kept."""
    give_reason(session, reason)
    curated = service.is_curated(session, country.id)
    check_if_match(if_match, partial(country_read, country, curated=curated))
    service.delete_country(session, country)
    return no_content()


@router.get(
    "/countries/{country}/revisions",
    response_model=Collection[RevisionRead[CountryState]],
    summary="A country's history",
    description=HISTORY_DESCRIPTION,
    responses=PROBLEM_RESPONSES,
)
async def list_country_revisions(
    request: Request, country: CountryCode, db: DatabaseDep
) -> JSONResponse:
    revisions = await db.read(_history, country)
    items = revision_items(revisions, state_as(CountryState))
    return JSONResponse(collection(request, items, total=len(items)))


def _history(connection: Connection, code: str) -> list[Row[Any]]:
    # A deleted country is still named by its code here.
    return list_history(connection, Country, key=country_code_in_history(connection, code))
