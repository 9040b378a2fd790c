"""The flat observation list for bulk clients, and single observations."""

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from app.auth.deps import WriteKeyDep, changed_by
from app.config import API_PREFIX
from app.countries.service import get_country
from app.deps import DatabaseDep, SessionDep
from app.errors import NotFound
from app.history.schemas import RevisionRead, revision_items
from app.http.responses import (
    CREATE_RESPONSES,
    DELETE_RESPONSES,
    GONE,
    LINK,
    PROBLEM_RESPONSES,
    UPDATE_RESPONSES,
)
from app.indicators.service import get_indicator
from app.json import JSONResponse
from app.observations import service
from app.observations.params import (
    AsOf,
    SourceSlugs,
    YearFrom,
    YearTo,
    check_year_range,
    parse_as_of,
)
from app.observations.queries import (
    get_observation,
)
from app.observations.reads import observation_reader, read_observation, read_page
from app.observations.schemas import (
    CSV_COLUMNS,
    ObservationCreate,
    ObservationRead,
    ObservationUpdate,
    RevisionValue,
    revision_value,
    served,
)
from app.observations.service import ObservationKey
from app.pagination import (
    DEFAULT_LIMIT,
    Collection,
    Cursor,
    Limit,
    collection,
    link_header,
)
from app.representations import (
    CSV_RESPONSE,
    Decimals,
    DecimalsQuery,
    FormatQuery,
    LanguageDep,
    csv_response,
    language_headers,
    wants_csv,
)
from app.schemas import COUNTRY_CODE_PATTERN, Slug
from app.sources.service import get_source, with_source_label
from app.writes import (
    ExactJSONRoute,
    IfMatch,
    ReasonQuery,
    check_if_match,
    no_content,
    resource_response,
)

router = APIRouter(prefix=API_PREFIX, tags=["observations"], route_class=ExactJSONRoute)

ObservationId = Annotated[
    int, Path(ge=1, le=2**31 - 1, description="The observation's id.", examples=[10])
]

CountryCodes = Annotated[
    list[Annotated[str, Query(pattern=COUNTRY_CODE_PATTERN)]],
    Query(
        alias="country",
        description="Only these countries (alpha-2 or alpha-3); repeat for several.",
        examples=[["BE"]],
    ),
]
IndicatorSlugs = Annotated[
    list[Slug],
    Query(
        alias="indicator",
        description="Only these indicators (slugs); repeat for several.",
        examples=[["population"]],
    ),
]
Latest = Annotated[
    bool,
    Query(description="Only the newest value of each country, indicator and source."),
]


@router.get(
    "/observations",
    response_model=Collection[ObservationRead],
    summary="Observations, flat and paginated",
    responses={**PROBLEM_RESPONSES, 200: {**CSV_RESPONSE[200], "headers": {"Link": LINK}}},
)
async def list_observations_page(
    request: Request,
    db: DatabaseDep,
    lang: LanguageDep,
    countries: CountryCodes = [],  # noqa: B006 (FastAPI copies defaults per request)
    indicators: IndicatorSlugs = [],  # noqa: B006
    sources: SourceSlugs = [],  # noqa: B006
    year_from: YearFrom = None,
    year_to: YearTo = None,
    latest: Latest = False,
    as_of: AsOf = None,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
    decimals: DecimalsQuery = Decimals.NUMBER,
    response_format: FormatQuery = None,
) -> Response:
    """Every value as one flat row, in a stable order, for bulk clients: filter by
    country, indicator, source and years; `latest=true` keeps each series' newest
    value. Pages follow `links.next` (also in the `Link` header). CSV with
    `Accept: text/csv` (or `format=csv`), one page per request. `as_of` answers
    from the revision history. Each source's label in `lang` where translated."""
    check_year_range(year_from, year_to)
    page = await db.read(
        read_page,
        countries=countries,
        indicators=indicators,
        sources=sources,
        year_from=year_from,
        year_to=year_to,
        latest=latest,
        as_of=parse_as_of(as_of),
        cursor=cursor,
        cursors=request.app.state.cursors,
        limit=limit,
        lang=lang,
    )
    translations = page.source_translations
    envelope = collection(
        request,
        [with_source_label(served(o, ObservationRead), lang, translations) for o in page.rows],
        total=page.total,
        limit=limit,
        next_cursor=page.next_cursor,
    )
    headers = {**link_header(envelope), **language_headers(lang)}
    if wants_csv(request, response_format):
        return csv_response(CSV_COLUMNS, envelope["data"], headers=headers)
    return JSONResponse(envelope, headers=headers, decimals_as_strings=decimals is Decimals.STRING)


@router.get(
    "/observations/{observation_id}",
    response_model=ObservationRead,
    summary="One observation",
    responses={**PROBLEM_RESPONSES, 410: GONE},
)
async def get_observation_by_id(
    observation_id: ObservationId,
    db: DatabaseDep,
    lang: LanguageDep,
    as_of: AsOf = None,
    decimals: DecimalsQuery = Decimals.NUMBER,
) -> JSONResponse:
    """One value with its source, year, unit and provenance (as of a moment with
    `as_of`); the source's label in `lang` where translated. A deleted value answers
    410; its history stays at `.../revisions`."""
    observation, translations = await db.read(
        read_observation, observation_id, as_of=parse_as_of(as_of), lang=lang
    )
    return JSONResponse(
        with_source_label(served(observation, ObservationRead), lang, translations),
        headers=language_headers(lang),
        decimals_as_strings=decimals is Decimals.STRING,
    )


@router.get(
    "/observations/{observation_id}/revisions",
    response_model=Collection[RevisionRead[RevisionValue]],
    summary="An observation's history",
    responses=PROBLEM_RESPONSES,
)
async def list_observation_revisions(
    request: Request,
    observation_id: ObservationId,
    db: DatabaseDep,
    decimals: DecimalsQuery = Decimals.NUMBER,
) -> JSONResponse:
    """Every create, update and delete of the value, oldest first: when, by which key
    or command, why, and the value before and after. Kept after a delete."""
    revisions = await db.read(service.list_revisions, observation_id)
    if not revisions:
        raise NotFound(f"No observation with id {observation_id}.")
    items = revision_items(revisions, revision_value)
    return JSONResponse(
        collection(request, items, total=len(items)),
        decimals_as_strings=decimals is Decimals.STRING,
    )


@router.post(
    "/observations",
    status_code=201,
    response_model=ObservationRead,
    summary="Add a value",
    responses=CREATE_RESPONSES,
)
def create_observation(
    body: ObservationCreate, session: SessionDep, api_key: WriteKeyDep
) -> JSONResponse:
    """Add one source's value for a country's indicator and period (write scope). The
    creation is the value's first revision; 409 when the period already has a value."""
    indicator = get_indicator(session, body.indicator)
    fields = body.model_dump(exclude={"country", "indicator", "source", "year", "value", "reason"})
    observation = service.create_observation(
        session,
        key=ObservationKey(
            country_id=get_country(session, body.country).id,
            indicator_id=indicator.id,
            source_id=get_source(session, body.source).id,
            year=body.year,
        ),
        indicator=indicator,
        value=body.value,
        fields=fields,
        changed_by=changed_by(api_key),
        reason=body.reason,
    )
    return resource_response(
        served(get_observation(session, observation.id), ObservationRead),
        status_code=201,
        location=f"{API_PREFIX}/observations/{observation.id}",
    )


@router.patch(
    "/observations/{observation_id}",
    response_model=ObservationRead,
    summary="Change a value",
    responses={**UPDATE_RESPONSES, 410: GONE},
)
def update_observation(
    observation_id: ObservationId,
    body: ObservationUpdate,
    session: SessionDep,
    api_key: WriteKeyDep,
    if_match: IfMatch = None,
) -> JSONResponse:
    """Change a value or its qualifiers (write scope), with If-Match. Each change is a
    new revision; a change that alters nothing records none."""
    observation = service.lock_observation(session, observation_id)
    check_if_match(if_match, observation_reader(session, observation_id))
    service.update_observation(
        session,
        observation,
        body.model_dump(exclude_unset=True, exclude={"reason"}),
        changed_by=changed_by(api_key),
        reason=body.reason,
    )
    return resource_response(served(get_observation(session, observation_id), ObservationRead))


@router.delete(
    "/observations/{observation_id}",
    status_code=204,
    response_class=Response,
    summary="Delete a value",
    responses={**DELETE_RESPONSES, 410: GONE},
)
def delete_observation(
    observation_id: ObservationId,
    session: SessionDep,
    api_key: WriteKeyDep,
    if_match: IfMatch = None,
    reason: ReasonQuery = None,
) -> Response:
    """Hide a value from reads (write scope), with If-Match. Its history is kept and
    `as_of` reads before the deletion still see it."""
    observation = service.lock_observation(session, observation_id)
    check_if_match(if_match, observation_reader(session, observation_id))
    service.delete_observation(session, observation, changed_by=changed_by(api_key), reason=reason)
    return no_content()
