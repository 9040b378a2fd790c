"""The public reads of values that run thousands of times a second: one
indicator's series for a country, and pages of the flat observation list.

Each is one read on a connection (see `app.db.Database.read`):
the codes in the request are resolved, then the values are read as rows.
"""

from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, RowMapping, bindparam

from app.countries.service import get_country, select_by_code
from app.cursors import CursorCodec
from app.indicators.service import get_indicator
from app.languages import Language
from app.models import Country, Indicator
from app.observations.queries import (
    ObservationFilter,
    count_observations,
    get_observation,
    list_observations,
)
from app.observations.schemas import ObservationRead, served
from app.sources.service import (
    every_source_translation,
    get_source_ids,
    source_translations,
    with_source_label,
)
from app.types import Queryable


@dataclass(frozen=True)
class CountrySeries:
    country: str
    indicator: Row[Any]
    observations: list[RowMapping]
    # To label the sources in the language asked for (see `source_label`).
    source_translations: dict[str, dict[str, dict[str, str]]]


# The country (by code, as `get_country` finds it) and the indicator (the
# columns of its catalogue entry) in one statement, the series' first.
_country, _indicator = Country.__table__, Indicator.__table__
_SERIES_KEYS = select_by_code(
    _country.c.id.label("country_id"), _country.c.code.label("country"), *_indicator.c
).select_from(_country.join(_indicator, _indicator.c.slug == bindparam("slug")))


def country_series(
    db: Connection,
    *,
    country: str,
    indicator: str,
    sources: Sequence[str] = (),
    year_from: int | None = None,
    year_to: int | None = None,
    as_of: datetime | None = None,
    lang: Language = Language.EN,
) -> CountrySeries:
    """The indicator's values for the country, by source (as first entered), oldest
    first, with what labels the sources in `lang`; NotFound for an unknown country,
    indicator or source."""
    keys = db.execute(_SERIES_KEYS, {"code": country.upper(), "slug": indicator}).first()
    if keys is None:  # one of the two is unknown: these say which
        get_country(db, country)
        get_indicator(db, indicator)
    assert keys is not None  # both are known, so the join found them
    observations = list(
        list_observations(
            db,
            ObservationFilter(
                country_ids=[keys.country_id],
                indicator_ids=[keys.id],
                source_ids=get_source_ids(db, sources),
                year_from=year_from,
                year_to=year_to,
                as_of=as_of,
            ),
        )
    )
    first_seen: dict[int, int] = {}
    for observation in observations:
        first_seen.setdefault(observation["source_id"], observation["id"])
    observations.sort(
        key=lambda o: (first_seen[o["source_id"]], o["year"] is not None, o["year"] or 0)
    )
    return CountrySeries(keys.country, keys, observations, source_translations(db, lang))


@dataclass(frozen=True)
class Page:
    rows: Sequence[RowMapping]
    total: int
    next_cursor: str | None
    # To label the sources in the language asked for (see `with_source_label`).
    source_translations: dict[str, dict[str, dict[str, str]]]


def read_page(
    db: Connection,
    *,
    countries: Sequence[str],
    indicators: Sequence[str],
    sources: Sequence[str],
    year_from: int | None,
    year_to: int | None,
    latest: bool,
    as_of: datetime | None,
    cursor: str | None,
    cursors: CursorCodec,
    limit: int,
    lang: Language = Language.EN,
) -> Page:
    """One page of the matching observations, the total over all pages, the cursor
    of the next page, and what labels the sources in `lang`; NotFound for an
    unknown country, indicator or source."""
    filters = ObservationFilter(
        country_ids=[get_country(db, code).id for code in dict.fromkeys(countries)],
        indicator_ids=[get_indicator(db, slug).id for slug in dict.fromkeys(indicators)],
        source_ids=get_source_ids(db, sources),
        year_from=year_from,
        year_to=year_to,
        latest=latest,
        as_of=as_of,
    )
    after = cursors.decode(cursor, asdict(filters))
    rows = list_observations(db, filters, after_id=after, limit=limit + 1)
    more = len(rows) > limit
    # A first page that holds every match counts them itself.
    whole = after is None and not more
    return Page(
        rows=rows[:limit],
        total=len(rows) if whole else count_observations(db, filters),
        next_cursor=cursors.encode(rows[limit - 1]["id"], asdict(filters)) if more else None,
        source_translations=source_translations(db, lang),
    )


def read_observation(
    db: Connection, observation_id: int, *, as_of: datetime | None, lang: Language
) -> tuple[RowMapping, dict[str, dict[str, dict[str, str]]]]:
    """One observation (see `get_observation`), and what labels its source in `lang`."""
    return get_observation(db, observation_id, as_of=as_of), source_translations(db, lang)


def observation_reader(db: Queryable, observation_id: int) -> Callable[[Language], dict[str, Any]]:
    """The observation's read in any language (see `check_if_match`): the value and
    the sources' translations read once."""
    english = served(get_observation(db, observation_id), ObservationRead)
    translations = every_source_translation(db)
    return lambda lang: with_source_label(english, lang, translations)
