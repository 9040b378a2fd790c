"""Chart-ready reads: one indicator across countries, and the agreement of a
country's sources, year by year."""

from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from app.comparisons import service
from app.comparisons.schemas import (
    AgreementRead,
    ComparedSeriesRead,
    ComparisonRead,
    SourceNumberRead,
    YearAgreementRead,
)
from app.config import API_PREFIX
from app.countries.deps import CountryCode
from app.countries.names import name_in
from app.deps import DatabaseDep
from app.http.responses import PROBLEM_RESPONSES
from app.indicators.router import IndicatorSlug
from app.indicators.schemas import IndicatorRead
from app.json import JSONResponse
from app.languages import Language
from app.observations.params import (
    AsOf,
    SourceSlugs,
    YearFrom,
    YearTo,
    check_year_range,
    parse_as_of,
)
from app.representations import (
    Decimals,
    DecimalsQuery,
    FormatQuery,
    LanguageDep,
    csv_response,
    csv_responses,
    language_headers,
    wants_csv,
)
from app.schemas import COUNTRY_CODE_PATTERN, localized, shaped
from app.sources.schemas import ENGLISH_SOURCE_LABEL
from app.sources.service import with_source_label

router = APIRouter(prefix=API_PREFIX, tags=["indicators"])

ComparedCountries = Annotated[
    list[Annotated[str, Query(pattern=COUNTRY_CODE_PATTERN)]],
    Query(
        alias="country",
        max_length=service.MAX_COUNTRIES,
        description=f"The countries (alpha-2 or alpha-3), in the order to show them; repeat "
        f"for several, at most {service.MAX_COUNTRIES}. None: every country with values, "
        "by name.",
        examples=[["BE", "FR"]],
    ),
]
Latest = Annotated[bool, Query(description="Only each series' newest value.")]

COMPARISON_CSV = (
    "year,BE/world-bank,BE/statbel,FR/world-bank\r\n"
    "2023,11787423,,\r\n"
    "2024,11858610,11763650,68516699\r\n"
)
AGREEMENT_CSV = (
    "year,unit,price_basis,measure,world-bank,statbel,mean,spread,relative_spread\r\n"
    "2024,persons,,,11858610,11763650,11811130,94960,0.00804\r\n"
)


@router.get(
    "/indicators/{indicator}/comparison",
    response_model=ComparisonRead,
    summary="One indicator across countries, ready to draw",
    responses={**PROBLEM_RESPONSES, **csv_responses(COMPARISON_CSV)},
)
async def compare_countries(
    request: Request,
    indicator: IndicatorSlug,
    db: DatabaseDep,
    lang: LanguageDep,
    countries: ComparedCountries = [],  # noqa: B006 (FastAPI copies defaults per request)
    sources: SourceSlugs = [],  # noqa: B006
    year_from: YearFrom = None,
    year_to: YearTo = None,
    latest: Latest = False,
    as_of: AsOf = None,
    decimals: DecimalsQuery = Decimals.NUMBER,
    response_format: FormatQuery = None,
) -> Response:
    """Several countries' series of one indicator in one call, compact enough to draw:
    for each country and source (and unit), the points as year and value pairs, with
    the unit and the source's label once per series. Filter by sources, years `from`
    and `to`, or only the newest value of each series (`latest=true`, for a map). CSV
    in wide form with `Accept: text/csv` (or `format=csv`): one row per year, one
    column per country and source (`BE/world-bank`)."""
    check_year_range(year_from, year_to)
    comparison = await db.read(
        service.compare_countries,
        indicator=indicator,
        countries=countries,
        sources=sources,
        year_from=year_from,
        year_to=year_to,
        latest=latest,
        as_of=parse_as_of(as_of),
        lang=lang,
    )
    if wants_csv(request, response_format):
        return _comparison_csv(comparison.series)
    return JSONResponse(
        {
            "indicator": localized(comparison.indicator, IndicatorRead, lang),
            "series": [
                _series_read(one, lang, comparison.source_translations) for one in comparison.series
            ],
        },
        headers=language_headers(lang),
        decimals_as_strings=decimals is Decimals.STRING,
    )


def _series_read(
    one: service.Series, lang: Language, translations: dict[str, dict[str, dict[str, str]]]
) -> dict[str, Any]:
    """A `ComparedSeriesRead`, its country's name and source's label in `lang` where
    translated."""
    name, in_lang = name_in(one.country_name, lang)
    english_label = {"country_name": in_lang.value, **ENGLISH_SOURCE_LABEL}
    return with_source_label(
        shaped(
            one,
            ComparedSeriesRead,
            country_name=name,
            points=[{"year": year, "value": value} for year, value in one.points],
            languages=english_label,
        ),
        lang,
        translations,
    )


def _comparison_csv(series: list[service.Series]) -> Response:
    """One row per year (an undated value on a row of its own, last), one column per
    country and source; a country and source with values in several units has a
    column per unit."""
    names = [f"{one.country}/{one.source}" for one in series]
    columns = [
        f"{name} ({one.unit})" if names.count(name) > 1 else name
        for name, one in zip(names, series, strict=True)
    ]
    rows: dict[int | None, dict[str, Any]] = {}
    for column, one in zip(columns, series, strict=True):
        for year, value in one.points:
            rows.setdefault(year, {"year": year})[column] = value
    ordered = sorted(rows, key=lambda year: (year is None, year or 0))
    return csv_response(["year", *columns], [rows[year] for year in ordered])


@router.get(
    "/countries/{country}/indicators/{indicator}/agreement",
    response_model=AgreementRead,
    summary="How far a figure's sources agree",
    responses={**PROBLEM_RESPONSES, **csv_responses(AGREEMENT_CSV)},
)
async def get_source_agreement(
    request: Request,
    country: CountryCode,
    indicator: IndicatorSlug,
    db: DatabaseDep,
    lang: LanguageDep,
    sources: SourceSlugs = [],  # noqa: B006
    year_from: YearFrom = None,
    year_to: YearTo = None,
    as_of: AsOf = None,
    decimals: DecimalsQuery = Decimals.NUMBER,
    response_format: FormatQuery = None,
) -> Response:
    """Each year that two or more sources report for the country's indicator, with
    their values side by side, their mean and spread (the largest less the smallest,
    and as a fraction of the mean). Values are compared only in the same unit, price
    basis and measure: a stock is never set against a flow. CSV with `Accept: text/csv`
    (or `format=csv`)."""
    check_year_range(year_from, year_to)
    agreement = await db.read(
        service.source_agreement,
        country=country,
        indicator=indicator,
        sources=sources,
        year_from=year_from,
        year_to=year_to,
        as_of=parse_as_of(as_of),
        lang=lang,
    )
    labelled = agreement.source_translations
    years = [
        shaped(
            year,
            YearAgreementRead,
            values=[
                with_source_label(
                    shaped(v, SourceNumberRead, languages=ENGLISH_SOURCE_LABEL), lang, labelled
                )
                for v in year.values
            ],
        )
        for year in agreement.years
    ]
    if wants_csv(request, response_format):
        return _agreement_csv(years)
    return JSONResponse(
        {
            "country": agreement.country,
            "indicator": localized(agreement.indicator, IndicatorRead, lang),
            "years": years,
        },
        headers=language_headers(lang),
        decimals_as_strings=decimals is Decimals.STRING,
    )


def _agreement_csv(years: list[dict[str, Any]]) -> Response:
    """One row per year and unit, one column per source."""
    sources = list(dict.fromkeys(v["source"] for year in years for v in year["values"]))
    rows: list[dict[str, Decimal | str | None]] = [
        {
            **{key: year[key] for key in ("year", "unit", "price_basis", "measure")},
            **{v["source"]: v["value"] for v in year["values"]},
            **{key: year[key] for key in ("mean", "spread", "relative_spread")},
        }
        for year in years
    ]
    columns = ["year", "unit", "price_basis", "measure", *sources]
    return csv_response([*columns, "mean", "spread", "relative_spread"], rows)
