"""What each page shows, made of the API's reads: the `/profile` document, the
country's observations (as `/observations?country=` reads them), their series
and the sources' agreement (as `/comparison` and `/agreement` make them),
`/sources` for the last sync, `/countries` and `/search`."""

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, RowMapping

from app.comparisons.service import Series, YearAgreement, agreements, to_series
from app.countries.names import name_in
from app.countries.schemas import country_read
from app.countries.service import get_country, list_countries
from app.cursors import CursorCodec
from app.indicators.service import list_indicators
from app.languages import Language
from app.observations.queries import ObservationFilter, list_observations
from app.pages.charts import Chart, Line, line_chart
from app.pages.formatting import unit
from app.pages.texts import TEXTS
from app.profiles.service import read_profile
from app.search.reads import read_hits
from app.sources.service import list_source_reads, source_label, source_translations

# Where a search hit is shown on its country's page.
ANCHORS = {
    "narrative": "section",
    "authority": "authority",
    "policy_document": "document",
    "publication": "publication",
    "indicator": "indicator",
}


@dataclass(frozen=True)
class IndicatorFigures:
    """One indicator's charts (one per unit) and its sources' agreement."""

    charts: list[Chart]
    agreement: list[YearAgreement]


def country_page(connection: Connection, code: str, lang: Language) -> dict[str, Any]:
    """The country's profile in `lang`, with each indicator's charts and agreement, the
    catalogue's units in `lang`, and when international figures were last synced."""
    profile = read_profile(connection, code, None, lang)
    country = get_country(connection, code)
    rows = list_observations(connection, ObservationFilter(country_ids=[country.id]))
    by_indicator: dict[str, list[RowMapping]] = defaultdict(list)
    for row in rows:
        by_indicator[row["indicator"]].append(row)
    names = {
        indicator["slug"]: indicator["name"]
        for group in profile["general_information"]["groups"]
        for indicator in group["indicators"]
    }
    units = catalogue_units(connection, lang)
    translations = source_translations(connection, lang)

    def in_language(one: Series) -> Series:
        label = source_label(one.source, one.source_label, lang, translations)["label"]
        return replace(one, source_label=label)

    figures = {
        slug: _figures(
            names.get(slug, slug),
            [in_language(one) for one in to_series(indicator_rows, {country.id: country.name})],
            units,
            lang,
        )
        for slug, indicator_rows in by_indicator.items()
    }
    synced = [s["sync"]["last_synced_at"] for s in list_source_reads(connection) if s["sync"]]
    return {
        "profile": profile,
        "figures": figures,
        "units": units,
        "last_synced_at": max(synced) if synced else None,
    }


def catalogue_units(connection: Connection, lang: Language) -> dict[str, str]:
    """The units of the catalogue's indicators as `lang` writes them (`persons` is
    `personnes`), by the unit as stored; none in English."""
    if lang is Language.EN:
        return {}
    return {
        indicator["unit"]: shown
        for indicator in list_indicators(connection)
        if indicator["unit"]
        and (shown := (indicator["translations"] or {}).get(lang.value, {}).get("unit"))
    }


def _figures(
    label: str, series: list[Series], units: dict[str, str], lang: Language
) -> IndicatorFigures:
    charts = []
    by_unit: dict[tuple[str | None, str | None], list[Series]] = defaultdict(list)
    for one in series:
        by_unit[(one.unit, one.price_basis)].append(one)
    for (stored_unit, price_basis), group in by_unit.items():
        lines = [
            Line(
                one.source_label,
                [(y, v) for y, v in one.points if y is not None and isinstance(v, Decimal)],
            )
            for one in group
        ]
        shown_unit = unit(stored_unit, units)
        title = ", ".join(part for part in (label, shown_unit, price_basis) if part)
        chart = line_chart(title, shown_unit, lines, lang, TEXTS[lang]["by_year"])
        if chart is not None:
            charts.append(chart)
    return IndicatorFigures(charts, agreements(series))


def index_page(connection: Connection, lang: Language) -> dict[str, Any]:
    """Every country (as `/countries` lists them), curated profiles first, by their
    names in `lang`."""
    countries = sorted(
        (country_read(c, curated=c.curated, lang=lang) for c in list_countries(connection)),
        key=lambda country: _sort_key(country.name),
    )
    return {
        "curated": [c for c in countries if c.curated],
        "others": [c for c in countries if not c.curated],
    }


def _sort_key(name: str) -> str:
    """Alphabetical as a reader expects: `Émirats` among the E's, not after `Zimbabwe`."""
    return "".join(
        char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char)
    ).casefold()


def search_page(
    connection: Connection, *, q: str, cursors: CursorCodec, lang: Language, limit: int = 50
) -> dict[str, Any]:
    """The first hits of `q` (as `/search` answers them), and the countries' names in
    `lang`."""
    hits = read_hits(
        connection, q=q, country=None, kinds=[], cursor=None, cursors=cursors, limit=limit
    )
    names = {c.code: name_in(c.name, lang)[0] for c in list_countries(connection)}
    return {"hits": hits, "countries": names}


def page_link(hit: dict[str, Any]) -> str:
    """Where a search hit is on the web pages: its country's page, at the item."""
    if hit["country"] is None:
        return str(hit["url"])  # a catalogue entry: the API has it
    key = hit["url"].rsplit("/", 1)[1]
    return f"/countries/{hit['country']}#{ANCHORS[hit['type']]}-{key}"
