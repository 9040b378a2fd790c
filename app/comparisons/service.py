"""Several countries' series of one indicator, shaped for drawing, and how far
the sources of one figure agree.

Both read the same rows as every other read of values
(`app.observations.queries`) and reshape them: a series is one country and
source (and one unit, price basis and measure: values in different units are
never drawn on one line), its points are (year, value) pairs.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import Connection, Row, RowMapping, bindparam, select

from app.countries.service import get_country
from app.indicators.service import get_indicator
from app.languages import Language
from app.models import Country
from app.observations.queries import ObservationFilter, list_observations
from app.observations.schemas import served_value
from app.sources.service import get_source_ids, source_translations

# The most countries one comparison names: enough for any chart a person reads.
MAX_COUNTRIES = 20
# The relative spread is rounded to this many decimal places (0.00804 is 0.804 %).
RELATIVE_PLACES = Decimal("0.000001")

countries = Country.__table__
_NAMES = select(countries.c.id, countries.c.name).where(
    countries.c.id.in_(bindparam("ids", expanding=True))
)


@dataclass
class Series:
    country_id: int
    country: str
    country_name: str
    source: str
    source_label: str
    unit: str | None
    price_basis: str | None
    measure: str | None
    points: list[tuple[int | None, Decimal | str | None]] = field(default_factory=list)


@dataclass(frozen=True)
class Comparison:
    indicator: Row[Any]
    series: list[Series]
    # To label the sources in the language asked for (see `with_source_label`).
    source_translations: dict[str, dict[str, dict[str, str]]]


def compare_countries(
    db: Connection,
    *,
    indicator: str,
    countries: Sequence[str] = (),
    sources: Sequence[str] = (),
    year_from: int | None = None,
    year_to: int | None = None,
    latest: bool = False,
    as_of: datetime | None = None,
    lang: Language = Language.EN,
) -> Comparison:
    """The indicator's series for the countries named (every country with values
    when none is), in the order named, each source in the order its values were
    first entered; points oldest first, an undated value last. NotFound for an
    unknown country, indicator or source."""
    found = get_indicator(db, indicator)
    named = [get_country(db, code) for code in dict.fromkeys(c.upper() for c in countries)]
    rows = list_observations(
        db,
        ObservationFilter(
            country_ids=[c.id for c in named],
            indicator_ids=[found.id],
            source_ids=get_source_ids(db, sources),
            year_from=year_from,
            year_to=year_to,
            latest=latest,
            as_of=as_of,
        ),
    )
    names = dict(db.execute(_NAMES, {"ids": sorted({r["country_id"] for r in rows})}).all())
    series = to_series(rows, names)
    rank = {c.id: i for i, c in enumerate(named)}
    # Sorted by country (stable: within one, as `to_series` left them).
    series.sort(key=lambda one: rank[one.country_id] if named else one.country_name)
    return Comparison(found, series, source_translations(db, lang))


def to_series(rows: Sequence[RowMapping], names: dict[int, str]) -> list[Series]:
    """Rows of one indicator (as `list_observations` reads them, in id order) as
    series: one per country, source, unit, price basis and measure, in the order
    their first values were entered; points oldest first, an undated value last.
    `names`: the countries' names by id."""
    series: dict[tuple[Any, ...], Series] = {}
    for row in rows:
        key = (row["country_id"], row["source_id"], row["unit"], row["price_basis"], row["measure"])
        if key not in series:
            series[key] = Series(
                country_id=row["country_id"],
                country=row["country"],
                country_name=names[row["country_id"]],
                source=row["source"],
                source_label=row["source_label"],
                unit=row["unit"],
                price_basis=row["price_basis"],
                measure=row["measure"],
            )
        value = served_value(row["value_number"], row["value_text"])
        series[key].points.append((row["year"], value))
    for one in series.values():
        one.points.sort(key=lambda point: (point[0] is None, point[0] or 0))
    return list(series.values())


@dataclass(frozen=True)
class SourceValue:
    source: str
    source_label: str
    value: Decimal


@dataclass(frozen=True)
class YearAgreement:
    """The values two or more sources give for one year, in one unit, price
    basis and measure, and how far apart they are."""

    year: int
    unit: str | None
    price_basis: str | None
    measure: str | None
    values: list[SourceValue]

    @property
    def spread(self) -> Decimal:
        numbers = [v.value for v in self.values]
        return max(numbers) - min(numbers)

    @property
    def mean(self) -> Decimal:
        """The exact mean, with at most two decimal places more than its values."""
        total = sum((v.value for v in self.values), Decimal(0))
        finest = min(min(int(v.value.as_tuple().exponent) for v in self.values), 0)
        places = Decimal(1).scaleb(finest - 2)
        return _plain((total / len(self.values)).quantize(places, ROUND_HALF_EVEN))

    @property
    def relative_spread(self) -> Decimal | None:
        """The spread as a fraction of the mean's magnitude; None when the mean is 0."""
        mean = self.mean
        if mean == 0:
            return None
        return _plain((self.spread / abs(mean)).quantize(RELATIVE_PLACES, ROUND_HALF_EVEN))


def _plain(number: Decimal) -> Decimal:
    """Without trailing zeros after the point (11811130, not 11811130.00)."""
    return number.normalize() if number != number.to_integral_value() else number.quantize(1)


@dataclass(frozen=True)
class Agreement:
    country: str
    indicator: Row[Any]
    years: list[YearAgreement]
    source_translations: dict[str, dict[str, dict[str, str]]]


def source_agreement(
    db: Connection,
    *,
    country: str,
    indicator: str,
    sources: Sequence[str] = (),
    year_from: int | None = None,
    year_to: int | None = None,
    as_of: datetime | None = None,
    lang: Language = Language.EN,
) -> Agreement:
    """Each year for which two or more sources give a number for the country's
    indicator in the same unit, price basis and measure, oldest first. Text
    values and undated ones are not compared."""
    code = get_country(db, country).code
    comparison = compare_countries(
        db,
        indicator=indicator,
        countries=[code],
        sources=sources,
        year_from=year_from,
        year_to=year_to,
        as_of=as_of,
        lang=lang,
    )
    return Agreement(
        code, comparison.indicator, agreements(comparison.series), comparison.source_translations
    )


def agreements(series: Sequence[Series]) -> list[YearAgreement]:
    """Each year for which two or more of the series give a number in the same
    unit, price basis and measure, oldest first."""
    groups: dict[tuple[Any, ...], list[SourceValue]] = {}
    for one in series:
        for year, value in one.points:
            if year is None or not isinstance(value, Decimal):
                continue
            key = (year, one.unit, one.price_basis, one.measure)
            groups.setdefault(key, []).append(SourceValue(one.source, one.source_label, value))
    return [
        YearAgreement(year, unit, price_basis, measure, values)
        for (year, unit, price_basis, measure), values in sorted(
            groups.items(), key=lambda item: (item[0][0], str(item[0][1:]))
        )
        if len(values) >= 2
    ]
