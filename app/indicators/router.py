"""The indicator catalogue, and a country's indicators and series (JSON or CSV)."""

from datetime import datetime
from functools import partial
from itertools import groupby
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from sqlalchemy import Connection, RowMapping
from starlette.responses import Response

from app.auth.deps import AdminKeyDep
from app.config import API_PREFIX
from app.countries.deps import CountryCode
from app.countries.service import get_country
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
from app.indicators import service
from app.indicators.schemas import (
    IndicatorCreate,
    IndicatorRead,
    IndicatorSeriesRead,
    IndicatorUpdate,
)
from app.json import JSONResponse
from app.languages import Language
from app.models import Indicator
from app.observations.params import (
    AsOf,
    SourceSlugs,
    YearFrom,
    YearTo,
    check_year_range,
    parse_as_of,
)
from app.observations.reads import country_series
from app.observations.schemas import CSV_COLUMNS, ObservationRead, ValueRead, served
from app.pagination import Collection, collection
from app.profiles.schemas import IndicatorValuesRead
from app.profiles.service import (
    latest_by_indicator,
    latest_observations,
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
from app.schemas import SLUG_PATTERN, localized
from app.sources.service import source_label, source_translations, with_source_label
from app.writes import (
    ExactJSONRoute,
    IfMatch,
    ReasonQuery,
    check_if_match,
    no_content,
    resource_response,
)

router = APIRouter(prefix=API_PREFIX, tags=["indicators"], route_class=ExactJSONRoute)

IndicatorSlug = Annotated[
    str,
    Path(
        description="Indicator slug, e.g. `population`.",
        pattern=SLUG_PATTERN,
        max_length=100,
        examples=["population"],
    ),
]


@router.get(
    "/indicators",
    response_model=Collection[IndicatorRead],
    summary="Indicator catalogue",
    tags=["catalogue"],
    responses=PROBLEM_RESPONSES,
)
async def list_indicators(request: Request, db: DatabaseDep, lang: LanguageDep) -> JSONResponse:
    """Every indicator with its definition, default unit, value type and page group;
    its texts in `lang` where translated."""
    indicators = [localized(i, IndicatorRead, lang) for i in await db.read(service.list_indicators)]
    return JSONResponse(
        collection(request, indicators, total=len(indicators)), headers=language_headers(lang)
    )


@router.get(
    "/indicators/{indicator}",
    response_model=IndicatorRead,
    summary="One indicator of the catalogue",
    tags=["catalogue"],
    responses=PROBLEM_RESPONSES,
)
async def get_indicator(
    indicator: IndicatorSlug, db: DatabaseDep, lang: LanguageDep
) -> JSONResponse:
    """One indicator's definition, default unit, value type and page group; its texts
    in `lang` where translated."""
    found = await db.read(service.get_indicator, indicator)
    return JSONResponse(localized(found, IndicatorRead, lang), headers=language_headers(lang))


@router.get(
    "/countries/{country}/indicators",
    response_model=Collection[IndicatorValuesRead],
    summary="A country's indicators, newest value of each source",
    responses={**PROBLEM_RESPONSES, **CSV_RESPONSE},
)
async def list_country_indicators(
    request: Request,
    country: CountryCode,
    db: DatabaseDep,
    lang: LanguageDep,
    as_of: AsOf = None,
    decimals: DecimalsQuery = Decimals.NUMBER,
    response_format: FormatQuery = None,
) -> Response:
    """Every indicator the country has, each with the newest value of every source,
    side by side; its names and the sources' labels in `lang` where translated. CSV
    (one row per value) with `Accept: text/csv` (or `format=csv`)."""
    moment = parse_as_of(as_of)
    if wants_csv(request, response_format):
        groups, translations = await db.read(_latest_rows, country, moment, lang)
        rows = [
            with_source_label(served(o, ObservationRead), lang, translations)
            for _, rows in groups
            for o in rows
        ]
        return csv_response(CSV_COLUMNS, rows, headers=language_headers(lang))
    indicators = await db.read(_latest, country, moment, lang)
    return JSONResponse(
        collection(request, indicators, total=len(indicators)),
        headers=language_headers(lang),
        decimals_as_strings=decimals is Decimals.STRING,
    )


def _latest_rows(
    connection: Connection, code: str, as_of: datetime | None, lang: Language
) -> tuple[list[tuple[RowMapping, list[RowMapping]]], dict[str, dict[str, dict[str, str]]]]:
    groups = latest_observations(connection, get_country(connection, code).id, as_of)
    return groups, source_translations(connection, lang)


def _latest(
    connection: Connection, code: str, as_of: datetime | None, lang: Language
) -> list[dict[str, Any]]:
    return latest_by_indicator(connection, get_country(connection, code).id, as_of, lang)


@router.get(
    "/countries/{country}/indicators/{indicator}",
    response_model=IndicatorSeriesRead,
    summary="One indicator for a country: every source's series",
    responses={**PROBLEM_RESPONSES, **CSV_RESPONSE},
)
async def get_country_indicator(
    request: Request,
    country: CountryCode,
    indicator: IndicatorSlug,
    db: DatabaseDep,
    lang: LanguageDep,
    year_from: YearFrom = None,
    year_to: YearTo = None,
    sources: SourceSlugs = [],  # noqa: B006 (FastAPI copies defaults per request)
    as_of: AsOf = None,
    decimals: DecimalsQuery = Decimals.NUMBER,
    response_format: FormatQuery = None,
) -> Response:
    """Every source's full series for the indicator, oldest year first, optionally
    limited to years `from`..`to` and to some sources; the indicator's texts and the
    sources' labels in `lang` where translated. CSV with `Accept: text/csv` (or
    `format=csv`)."""
    check_year_range(year_from, year_to)
    found = await db.read(
        country_series,
        lang=lang,
        country=country,
        indicator=indicator,
        sources=sources,
        year_from=year_from,
        year_to=year_to,
        as_of=parse_as_of(as_of),
    )
    if wants_csv(request, response_format):
        rows = [
            with_source_label(served(o, ObservationRead), lang, found.source_translations)
            for o in found.observations
        ]
        return csv_response(CSV_COLUMNS, rows, headers=language_headers(lang))
    series = [
        {
            "source": source_label(
                rows[0]["source"], rows[0]["source_label"], lang, found.source_translations
            ),
            "values": [served(o, ValueRead) for o in rows],
        }
        for rows in (list(g) for _, g in groupby(found.observations, key=lambda o: o["source_id"]))
    ]
    return JSONResponse(
        {
            "country": found.country,
            "indicator": localized(found.indicator, IndicatorRead, lang),
            "series": series,
        },
        headers=language_headers(lang),
        decimals_as_strings=decimals is Decimals.STRING,
    )


@router.post(
    "/indicators",
    status_code=201,
    response_model=IndicatorRead,
    summary="Add an indicator",
    tags=["catalogue"],
    responses=CREATE_RESPONSES,
)
def create_indicator(body: IndicatorCreate, session: SessionDep, _key: AdminKeyDep) -> JSONResponse:
    """Add an indicator to the catalogue (admin scope)."""
    give_reason(session, body.reason)
    indicator = service.create_indicator(session, body)
    return resource_response(
        localized(indicator, IndicatorRead),
        status_code=201,
        location=f"{API_PREFIX}/indicators/{indicator.slug}",
    )


@router.patch(
    "/indicators/{indicator}",
    response_model=IndicatorRead,
    summary="Change an indicator",
    tags=["catalogue"],
    responses=UPDATE_RESPONSES,
)
def update_indicator(
    indicator: IndicatorSlug,
    body: IndicatorUpdate,
    session: SessionDep,
    _key: AdminKeyDep,
    if_match: IfMatch = None,
) -> JSONResponse:
    """Change an indicator's names, group, unit, definition or order (admin scope)."""
    give_reason(session, body.reason)
    found = session.get_one(Indicator, service.get_indicator(session, indicator).id)
    check_if_match(if_match, partial(localized, found, IndicatorRead))
    service.update_indicator(session, found, body.model_dump(exclude_unset=True))
    return resource_response(localized(found, IndicatorRead))


@router.delete(
    "/indicators/{indicator}",
    status_code=204,
    response_class=Response,
    summary="Delete an indicator",
    tags=["catalogue"],
    responses=DELETE_RESPONSES,
)
def delete_indicator(
    indicator: IndicatorSlug,
    session: SessionDep,
    _key: AdminKeyDep,
    if_match: IfMatch = None,
    reason: ReasonQuery = None,
) -> Response:
    """Delete an indicator that has no values (admin scope), with If-Match; 409 otherwise."""
    give_reason(session, reason)
    found = session.get_one(Indicator, service.get_indicator(session, indicator).id)
    check_if_match(if_match, partial(localized, found, IndicatorRead))
    service.delete_indicator(session, found)
    return no_content()


@router.get(
    "/indicators/{indicator}/revisions",
    response_model=Collection[RevisionRead[IndicatorRead]],
    summary="An indicator's history",
    description=HISTORY_DESCRIPTION,
    tags=["catalogue"],
    responses=PROBLEM_RESPONSES,
)
async def list_indicator_revisions(
    request: Request, indicator: IndicatorSlug, db: DatabaseDep
) -> JSONResponse:
    revisions = await db.read(list_history, Indicator, key=indicator)
    items = revision_items(revisions, state_as(IndicatorRead))
    return JSONResponse(collection(request, items, total=len(items)))
