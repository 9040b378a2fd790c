"""Run a sync: fetch each series, then write it in its own transaction.

A series whose fetch fails (an error answer, a malformed body, retries used
up) writes nothing and is reported; the others go on. Values are upserted
through the observation service, so an unchanged figure changes nothing and
a changed one becomes exactly one new revision. Only the synced source's own
values are touched: figures of other sources are never overwritten.
"""

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from app.config import Settings
from app.countries.service import get_country
from app.indicators.service import get_indicator
from app.models import Country
from app.observations.service import ObservationKey, ObservationValues, upsert_observation
from app.sources.service import get_source
from app.sync import mappings, unhcr, worldbank
from app.sync.client import RetryPolicy, UpstreamError
from app.sync.fetched import Fetched
from app.sync.mappings import Series


@dataclass
class SyncReport:
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"{name} {self.counts[name]}"
            for name in ("fetched", "inserted", "updated", "unchanged")
        ]
        return ", ".join([*parts, f"failed {len(self.failures)}"])


def _countries(session: Session, codes: Sequence[str]) -> list[Row[Any]]:
    if codes:
        return [get_country(session, code) for code in dict.fromkeys(codes)]
    return list(session.execute(select(*Country.__table__.c).order_by(Country.code)).all())


def _write(
    factory: Callable[[], Session],
    *,
    country_id: int,
    source_slug: str,
    series: Series,
    fetched: Fetched,
    report: SyncReport,
) -> Counter[str]:
    counts: Counter[str] = Counter()
    retrieved_at = datetime.now(UTC)
    with factory() as session, session.begin():
        indicator = get_indicator(session, series.indicator)
        source = get_source(session, source_slug)
        for year, value in sorted(fetched.values.items()):
            _, outcome = upsert_observation(
                session,
                key=ObservationKey(
                    country_id=country_id,
                    indicator_id=indicator.id,
                    source_id=source.id,
                    year=year,
                ),
                values=ObservationValues(
                    value_number=value,
                    unit=series.unit,
                    price_basis=series.price_basis,
                    source_url=fetched.urls[year],
                    retrieved_at=retrieved_at,
                    source_updated_on=fetched.updated_on,
                ),
                changed_by=f"sync:{source_slug}",
            )
            counts[outcome.value] += 1
    counts["fetched"] = fetched.rows
    report.counts.update(counts)
    return counts


def _policy(settings: Settings) -> RetryPolicy:
    return RetryPolicy(
        attempts=settings.sync_attempts, backoff_seconds=settings.sync_backoff_seconds
    )


def _client(settings: Settings, transport: httpx.BaseTransport | None) -> httpx.Client:
    return httpx.Client(
        timeout=settings.sync_timeout_seconds,
        transport=transport,
        headers={"User-Agent": "migration-profiles-sync"},
        follow_redirects=True,
    )


def sync_world_bank(
    factory: Callable[[], Session],
    settings: Settings,
    *,
    countries: Sequence[str] = (),
    since: int,
    progress: Callable[[str], None] = lambda _: None,
    transport: httpx.BaseTransport | None = None,
) -> SyncReport:
    report = SyncReport()
    until = datetime.now(UTC).year
    with factory() as session:
        targets = [(c.id, c.code, c.alpha3) for c in _countries(session, countries)]
    with _client(settings, transport) as client:
        for country_id, code, alpha3 in targets:
            for series in mappings.WORLD_BANK:
                where = f"{code} {series.indicator} ({series.upstream})"
                try:
                    fetched = worldbank.fetch_series(
                        client,
                        _policy(settings),
                        base_url=settings.worldbank_api_url,
                        country=alpha3,
                        code=series.upstream,
                        year_from=since,
                        year_to=until,
                        per_page=settings.sync_page_size,
                    )
                except UpstreamError as error:
                    report.failures.append(f"{where}: {error}")
                    progress(f"{where}: failed: {error}")
                    continue
                counts = _write(
                    factory,
                    country_id=country_id,
                    source_slug=mappings.WORLD_BANK_SOURCE,
                    series=series,
                    fetched=fetched,
                    report=report,
                )
                progress(f"{where}: {_line(counts)}")
    return report


def sync_unhcr(
    factory: Callable[[], Session],
    settings: Settings,
    *,
    countries: Sequence[str] = (),
    since: int,
    progress: Callable[[str], None] = lambda _: None,
    transport: httpx.BaseTransport | None = None,
) -> SyncReport:
    report = SyncReport()
    until = datetime.now(UTC).year
    with factory() as session:
        targets = [(c.id, c.code, c.alpha3) for c in _countries(session, countries)]
    with _client(settings, transport) as client:
        for country_id, code, alpha3 in targets:
            try:
                by_field = unhcr.fetch_population(
                    client,
                    _policy(settings),
                    base_url=settings.unhcr_api_url,
                    country=alpha3,
                    fields=[s.upstream for s in mappings.UNHCR],
                    year_from=since,
                    year_to=until,
                    per_page=settings.sync_page_size,
                )
            except UpstreamError as error:
                for series in mappings.UNHCR:
                    report.failures.append(f"{code} {series.indicator}: {error}")
                progress(f"{code} population: failed: {error}")
                continue
            for series in mappings.UNHCR:
                counts = _write(
                    factory,
                    country_id=country_id,
                    source_slug=mappings.UNHCR_SOURCE,
                    series=series,
                    fetched=by_field[series.upstream],
                    report=report,
                )
                progress(f"{code} {series.indicator}: {_line(counts)}")
    return report


def _line(counts: Counter[str]) -> str:
    return ", ".join(
        f"{name} {counts[name]}" for name in ("fetched", "inserted", "updated", "unchanged")
    )
