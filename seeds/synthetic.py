"""Synthetic countries for benchmarks: the shape of real profiles, at any scale.

`generate` adds N countries named like the peer benchmark's (`XA`.. or `XAA`..
or `XAAA`.., alpha-3 `QAA`.. or `QAAA`..), each with every indicator of the
peers' catalogue (`INDICATORS`) from 2 or 3 sources (alternating) for Y years
ending in 2024: the same rows per country as `../shared/bench/make_db.py`
builds for the peers, so the service and the peers are measured on the same
shape of data. Values are pseudo-random but deterministic (fixed seed).

Rows go in with bulk INSERTs, batch by batch, and every value gets its "create"
revision (one INSERT ... SELECT per batch), so history and `as_of` reads work on
synthetic data as on real data.
"""

import random
import string
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, literal, select
from sqlalchemy.orm import Session

from app.models import (
    Base,
    Country,
    Indicator,
    RevisionAction,
    Source,
    ValueType,
)
from app.observations.service import VALUE_FIELDS
from app.types import utcnow

# The peer benchmark's source order, by this catalogue's slugs.
SOURCES = (
    "world-bank",
    "statbel",
    "un-desa",
    "unhcr",
    "nbb",
    "cgra",
    "globalcit",
    "cia-world-factbook",
)
# The peer benchmark's 11 indicators (the catalogue has more, synced for every
# country): the synthetic countries have these, as the peers' database does.
INDICATORS = (
    "population",
    "immigration",
    "emigration",
    "working-age-population",
    "unemployment-rate",
    "gdp",
    "refugees",
    "asylum-seekers",
    "idps",
    "citizenship-by-birth",
    "territory",
)
RANGES = {
    "population": (1e5, 2e8),
    "immigration": (1e3, 1e6),
    "emigration": (1e3, 5e6),
    "working-age-population": (5e4, 1.3e8),
    "unemployment-rate": (1.0, 30.0),
    "gdp": (1e8, 5e12),
    "refugees": (0, 3e6),
    "asylum-seekers": (0, 5e5),
    "idps": (0, 7e6),
    "territory": (300, 1.7e7),
}
ONE_DECIMAL = ("unemployment-rate", "gdp")
TEXT_VALUES = (("Yes", None), ("No", None), ("Yes", "conditional"))
GDP_UNITS = ("USD", "EUR", "LCU")
ENTERED_BY = "synthetic"
LAST_YEAR = 2024
# Core tables: plain multi-row INSERTs, without the ORM's per-row bookkeeping.
OBSERVATIONS = Base.metadata.tables["observations"]
REVISIONS = Base.metadata.tables["observation_revisions"]


def synthetic_codes(count: int) -> list[tuple[str, str]]:
    """(code, alpha3) for `count` countries: XA.. up to 26, XAA.. up to 676, then XAAA.."""
    width = 1
    while 26**width < count:
        width += 1
    codes = []
    for k in range(count):
        digits = []
        for _ in range(width):
            digits.append(string.ascii_uppercase[k % 26])
            k //= 26
        suffix = "".join(reversed(digits))
        codes.append(("X" + suffix, ("Q" + suffix).ljust(3, "Q")))
    return codes


def _values(
    indicator: Indicator, source_id: int, years: range, rng: random.Random
) -> Iterator[dict[str, Any]]:
    if indicator.value_type == ValueType.TEXT:
        for year in years:
            text, qualifier = TEXT_VALUES[rng.randrange(len(TEXT_VALUES))]
            yield {"year": year, "value_text": text, "qualifier": qualifier}
        return
    low, high = RANGES.get(indicator.slug, (0, 1))
    unit = GDP_UNITS[source_id % len(GDP_UNITS)] if indicator.slug == "gdp" else None
    for year in years:
        value = rng.uniform(low, high)
        number = round(Decimal(value), 1) if indicator.slug in ONE_DECIMAL else Decimal(int(value))
        yield {"year": year, "value_number": number, "unit": unit}


def generate(
    session: Session,
    *,
    countries: int,
    years: int,
    seed: int = 42,
    batch_countries: int = 50,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Add the synthetic countries and their values; return the number of values."""
    indicators = session.scalars(
        select(Indicator).where(Indicator.slug.in_(INDICATORS)).order_by(Indicator.position)
    ).all()
    source_ids = {slug: id_ for slug, id_ in session.execute(select(Source.slug, Source.id))}
    missing = [slug for slug in SOURCES if slug not in source_ids]
    if missing or not indicators:
        raise ValueError(f"the catalogue lacks {', '.join(missing) or 'indicators'}; seed it first")
    codes = synthetic_codes(countries)
    taken = session.scalars(
        select(Country.code).where(Country.code.in_([code for code, _ in codes]))
    ).first()
    if taken is not None:
        raise ValueError(f"country {taken} exists already; generate into a fresh database")

    rng = random.Random(seed)  # noqa: S311 (reproducible fake figures, not secrets)
    period = range(LAST_YEAR - years + 1, LAST_YEAR + 1)
    now = utcnow()
    total = 0
    for first in range(0, countries, batch_countries):
        batch = list(enumerate(codes))[first : first + batch_countries]
        ids = session.scalars(
            insert(Country).returning(Country.id, sort_by_parameter_order=True),
            [
                {"code": code, "alpha3": alpha3, "name": f"Synthetic {code}"}
                | {"created_at": now, "updated_at": now}
                for _, (code, alpha3) in batch
            ],
        ).all()
        rows = []
        for (index, _), country_id in zip(batch, ids, strict=True):
            for position, indicator in enumerate(indicators):
                count = 2 + (index + position) % 2
                start = (index * 3 + position) % len(SOURCES)
                for k in range(count):
                    source_id = source_ids[SOURCES[(start + k) % len(SOURCES)]]
                    for value in _values(indicator, source_id, period, rng):
                        rows.append(
                            {
                                "country_id": country_id,
                                "indicator_id": indicator.id,
                                "source_id": source_id,
                                "value_number": None,
                                "value_text": None,
                                "qualifier": None,
                                "unit": None,
                                **value,
                                "entered_by": ENTERED_BY,
                                "created_at": now,
                                "updated_at": now,
                                "version": 1,
                            }
                        )
        session.execute(insert(OBSERVATIONS), rows)
        _record_creations(session, ids)
        total += len(rows)
        if progress is not None:
            progress(len(batch))
    return total


def _record_creations(session: Session, country_ids: Sequence[int]) -> None:
    """Revision 1 ("create") of every value of these countries, in one statement:
    the same snapshot `record_revision` takes of a value created through the API."""
    o = OBSERVATIONS.c
    snapshot = {
        "observation_id": o.id,
        "number": o.version,
        "action": literal(RevisionAction.CREATE.value),
        "changed_at": o.created_at,
        "changed_by": o.entered_by,
        "reason": literal("synthetic benchmark data"),
        "country_id": o.country_id,
        "indicator_id": o.indicator_id,
        "source_id": o.source_id,
        "year": o.year,
        **{field: o[field] for field in VALUE_FIELDS},
    }
    rows = select(*snapshot.values()).where(o.country_id.in_(country_ids))
    session.execute(insert(REVISIONS).from_select(list(snapshot), rows))
