"""The flat observation list for bulk clients, and single observations."""

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from app.countries.service import get_country
from app.db import SessionDep
from app.errors import PROBLEM_RESPONSES
from app.indicators.service import get_indicator
from app.json import JSONResponse
from app.observations.params import SourceSlugs, YearFrom, YearTo, check_year_range
from app.observations.queries import (
    ObservationFilter,
    count_observations,
    get_observation,
    list_observations,
)
from app.observations.schemas import CSV_COLUMNS, ObservationRead, observation_row
from app.pagination import (
    DEFAULT_LIMIT,
    Collection,
    Cursor,
    Limit,
    collection,
    decode_cursor,
    encode_cursor,
    link_header,
)
from app.representations import CSV_RESPONSE, FormatQuery, csv_response, wants_csv
from app.schemas import Slug
from app.sources.service import get_sources

router = APIRouter(tags=["observations"])

CountryCodes = Annotated[
    list[Annotated[str, Query(pattern=r"^[A-Za-z]{2,3}$")]],
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
    responses={**PROBLEM_RESPONSES, **CSV_RESPONSE},
)
def list_observations_page(
    request: Request,
    session: SessionDep,
    countries: CountryCodes = [],  # noqa: B006 (FastAPI copies defaults per request)
    indicators: IndicatorSlugs = [],  # noqa: B006
    sources: SourceSlugs = [],  # noqa: B006
    year_from: YearFrom = None,
    year_to: YearTo = None,
    latest: Latest = False,
    limit: Limit = DEFAULT_LIMIT,
    cursor: Cursor = None,
    response_format: FormatQuery = None,
) -> Response:
    """Every value as one flat row, in a stable order, for bulk clients: filter by
    country, indicator, source and years; `latest=true` keeps each series' newest
    value. Pages follow `links.next` (also in the `Link` header). CSV with
    `format=csv` or `Accept: text/csv`, one page per request."""
    check_year_range(year_from, year_to)
    filters = ObservationFilter(
        country_ids=[get_country(session, code).id for code in dict.fromkeys(countries)],
        indicator_ids=[get_indicator(session, slug).id for slug in dict.fromkeys(indicators)],
        source_ids=[s.id for s in get_sources(session, sources)],
        year_from=year_from,
        year_to=year_to,
        latest=latest,
    )
    after = decode_cursor(cursor, asdict(filters))
    rows = list_observations(session, filters, after_id=after, limit=limit + 1)
    page, more = rows[:limit], len(rows) > limit
    envelope = collection(
        request,
        [observation_row(o) for o in page],
        total=count_observations(session, filters),
        limit=limit,
        next_cursor=encode_cursor(page[-1].id, asdict(filters)) if more else None,
    )
    headers = link_header(envelope)
    if wants_csv(request, response_format):
        return csv_response(CSV_COLUMNS, envelope["data"], headers=headers)
    return JSONResponse(envelope, headers=headers)


@router.get(
    "/observations/{observation_id}",
    response_model=ObservationRead,
    summary="One observation",
    responses=PROBLEM_RESPONSES,
)
def get_observation_by_id(
    observation_id: Annotated[
        int, Path(ge=1, le=2**31 - 1, description="The observation's id.", examples=[10])
    ],
    session: SessionDep,
) -> JSONResponse:
    """One value with its source, year, unit and provenance."""
    return JSONResponse(observation_row(get_observation(session, observation_id)))
