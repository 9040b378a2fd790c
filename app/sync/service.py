"""Run a source's sync: ask the upstream what changed, fetch it, write it.

A run first asks the upstream when its data last changed (the World Bank's
`lastupdated`, UNHCR's newest year) and skips every series synced since
then: a sync that finds nothing new fetches no series and writes no value.
Each series (a World Bank indicator, or UNHCR's population table) is then
fetched for every country in one request sequence (the next one downloading
while one is written) and written in its own transaction
(`app.observations.bulk`): a series whose fetch fails writes nothing and is
reported, the others go on. Only the source's own values are
touched; curated figures of other sources, lists and text never are.

Countries come from ISO 3166-1 (pycountry): a country the upstream has
figures for is created, with its history; a code that is not a country (the
World Bank's regional and income aggregates: `EUU`, `WLD`, `HIC`, ...) is
left out. Every run is recorded (`app.sync.runs`).
"""

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import partial

import httpx
import pycountry
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import Settings
from app.countries.service import get_country
from app.db import Database
from app.errors import NotFound
from app.history.record import attribute
from app.indicators.service import get_indicator
from app.models import Country, SyncOutcome
from app.observations.bulk import Received, write_values
from app.observations.service import Outcome
from app.sources.service import get_source
from app.sync import mappings, runs, unhcr, worldbank
from app.sync.client import RetryPolicy, UpstreamError
from app.sync.fetched import Fetched
from app.sync.mappings import Series

log = logging.getLogger("app.sync")

COUNTS = ("fetched", "inserted", "updated", "unchanged")


@dataclass
class SyncReport:
    source: str
    counts: Counter[str] = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)
    upstream_updated: str | None = None

    def fail(self, series: str, reason: object) -> None:
        self.failures.append({"series": series, "reason": str(reason)})

    @property
    def outcome(self) -> SyncOutcome:
        if not self.failures:
            return SyncOutcome.SUCCEEDED
        written = self.counts["fetched"] or self.skipped
        return SyncOutcome.PARTIAL if written else SyncOutcome.FAILED

    def summary(self) -> str:
        parts = [f"{name} {self.counts[name]}" for name in COUNTS]
        return ", ".join([*parts, f"skipped {len(self.skipped)}", f"failed {len(self.failures)}"])


@dataclass(frozen=True)
class Request:
    """One request sequence upstream, for every country, and the series it feeds."""

    key: str  # its synced state is kept under this name
    label: str  # how reports name it
    series: tuple[Series, ...]
    fetch: Callable[[httpx.Client, RetryPolicy, int, int], dict[str, Fetched]]


@dataclass(frozen=True)
class Upstream:
    source: str  # our source slug
    # What the upstream says of its data now: a series synced at the same mark is current.
    mark: Callable[[httpx.Client, RetryPolicy, Settings], str]
    requests: Callable[[Settings], list[Request]]
    # Whether the mark is the date the upstream last updated its data (kept
    # with each value as `source_updated_on`).
    mark_is_date: bool


def _world_bank_requests(settings: Settings) -> list[Request]:
    def fetch(
        code: str, client: httpx.Client, policy: RetryPolicy, since: int, until: int
    ) -> dict[str, Fetched]:
        fetched = worldbank.fetch_indicator(
            client,
            policy,
            base_url=settings.worldbank_api_url,
            code=code,
            year_from=since,
            year_to=until,
            per_page=settings.sync_page_size,
        )
        return {code: fetched}

    return [
        Request(s.upstream, f"{s.indicator} ({s.upstream})", (s,), partial(fetch, s.upstream))
        for s in mappings.WORLD_BANK
    ]


def _unhcr_requests(settings: Settings) -> list[Request]:
    def fetch(
        client: httpx.Client, policy: RetryPolicy, since: int, until: int
    ) -> dict[str, Fetched]:
        return unhcr.fetch_population(
            client,
            policy,
            base_url=settings.unhcr_api_url,
            fields=[s.upstream for s in mappings.UNHCR],
            year_from=since,
            year_to=until,
            per_page=settings.sync_page_size,
        )

    names = ", ".join(s.indicator for s in mappings.UNHCR)
    return [Request("population", f"{names} (population)", mappings.UNHCR, fetch)]


UPSTREAMS = {
    "worldbank": Upstream(
        mappings.WORLD_BANK_SOURCE,
        lambda client, policy, settings: worldbank.last_updated(
            client, policy, base_url=settings.worldbank_api_url
        ).isoformat(),
        _world_bank_requests,
        mark_is_date=True,
    ),
    "unhcr": Upstream(
        mappings.UNHCR_SOURCE,
        lambda client, policy, settings: str(
            unhcr.newest_year(client, policy, base_url=settings.unhcr_api_url)
        ),
        _unhcr_requests,
        mark_is_date=False,
    ),
}


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


def iso_country(alpha3: str) -> tuple[str, str] | None:
    """(alpha-2 code, name) of an ISO 3166-1 country; None for anything else."""
    country = pycountry.countries.get(alpha_3=alpha3) if len(alpha3) == 3 else None
    return (country.alpha_2, country.name) if country is not None else None


def sync(
    database: Database,
    settings: Settings,
    name: str,
    *,
    countries: Sequence[str] = (),
    since: int | None = None,
    trigger: str = "command",
    progress: Callable[[str], None] = lambda _: None,
    transport: httpx.BaseTransport | None = None,
    stopping: Callable[[], bool] = lambda: False,
) -> SyncReport:
    """Sync one upstream (`worldbank` or `unhcr`): every country, or those named."""
    upstream = UPSTREAMS[name]
    report = SyncReport(upstream.source)
    first_year = since if since is not None else datetime.now(UTC).year - 10
    only = _alpha3s(database, countries)
    run_id = runs.start_run(database, upstream.source, trigger)
    try:
        with _client(settings, transport) as client:
            _run(database, settings, upstream, client, report, first_year, only, progress, stopping)
    except Exception as error:
        report.fail("all", f"unexpected error: {error!r}")
        raise
    finally:
        runs.finish_run(
            database,
            run_id,
            outcome=report.outcome.value,
            upstream_updated=report.upstream_updated,
            inserted=report.counts["inserted"],
            updated=report.counts["updated"],
            unchanged=report.counts["unchanged"],
            skipped=len(report.skipped),
            failures=report.failures,
        )
    if report.failures:
        log.warning(
            "sync %s %s: %s",
            upstream.source,
            report.outcome.value,
            "; ".join(f"{f['series']}: {f['reason']}" for f in report.failures),
        )
    return report


def _alpha3s(database: Database, codes: Sequence[str]) -> frozenset[str] | None:
    """The alpha-3 codes of the countries named (stored or ISO), or None for all."""
    if not codes:
        return None
    found = set()
    with database.session() as session:
        for code in dict.fromkeys(c.upper() for c in codes):
            country = (
                pycountry.countries.get(alpha_2=code)
                if len(code) == 2
                else pycountry.countries.get(alpha_3=code)
            )
            found.add(country.alpha_3 if country else get_country(session, code).alpha3)
    return frozenset(found)


def _run(
    database: Database,
    settings: Settings,
    upstream: Upstream,
    client: httpx.Client,
    report: SyncReport,
    since: int,
    only: frozenset[str] | None,
    progress: Callable[[str], None],
    stopping: Callable[[], bool],
) -> None:
    policy = _policy(settings)
    try:
        mark = upstream.mark(client, policy, settings)
    except UpstreamError as error:
        report.fail("all", error)
        progress(f"{upstream.source}: failed: {error}")
        return
    report.upstream_updated = mark
    states = database.read_here(runs.series_states, upstream.source)
    until = datetime.now(UTC).year
    due = []
    for request in upstream.requests(settings):
        state = states.get(request.key)
        if state is not None and state.upstream_updated == mark and state.since <= since:
            report.skipped.append(request.label)
            progress(f"{request.label}: unchanged upstream since {mark}")
        else:
            due.append(request)
    updated_on = date.fromisoformat(mark) if upstream.mark_is_date else None
    # The next series downloads while this one is written: one fetching thread,
    # one request sequence at a time, as without it.
    fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-fetch")
    try:
        fetches = [
            (request, fetcher.submit(request.fetch, client, policy, since, until))
            for request in due
        ]
        for request, fetch in fetches:
            if stopping():
                fetch.cancel()
                report.fail(request.label, "not fetched: the server was shutting down")
                continue
            # A sync of every country makes the whole series current.
            current = runs.SeriesState(mark, since) if only is None else None
            try:
                counts = _write(
                    database, upstream.source, request, fetch.result(), only, updated_on, current
                )
            except (UpstreamError, NotFound) as error:
                report.fail(request.label, error)
                progress(f"{request.label}: failed: {error}")
                continue
            report.counts.update(counts)
            progress(f"{request.label}: " + ", ".join(f"{n} {counts[n]}" for n in COUNTS))
    finally:
        # A run that ends early (shutdown, an error) asks for nothing more.
        fetcher.shutdown(cancel_futures=True)


def _write(
    database: Database,
    source_slug: str,
    request: Request,
    fetched: dict[str, Fetched],
    only: frozenset[str] | None,
    updated_on: date | None,
    current: runs.SeriesState | None,
) -> Counter[str]:
    """Write a request's series in one transaction; the countries with values
    are created first, and the request's synced state is kept last."""
    counts: Counter[str] = Counter()
    changed_by = f"sync:{source_slug}"
    retrieved_at = datetime.now(UTC)
    with database.session() as session, session.begin():
        attribute(session, changed_by)
        source = get_source(session, source_slug)
        wanted = {
            alpha3
            for series in request.series
            for alpha3 in fetched[series.upstream].values
            if only is None or alpha3 in only
        }
        country_ids = _countries(session, wanted)
        for series in request.series:
            got = fetched[series.upstream]
            indicator = get_indicator(session, series.indicator)
            values: dict[tuple[int, int], Received] = {}
            for alpha3, years in got.values.items():
                country_id = country_ids.get(alpha3)
                if country_id is None:
                    continue
                for year, value in years.items():
                    url = got.urls[alpha3][year]
                    values[(country_id, year)] = Received(value, url)
            outcomes = write_values(
                session,
                indicator_id=indicator.id,
                source_id=source.id,
                unit=series.unit,
                price_basis=series.price_basis,
                values=values,
                retrieved_at=retrieved_at,
                source_updated_on=updated_on,
                changed_by=changed_by,
            )
            counts["fetched"] += len(values)
            for outcome in (Outcome.INSERTED, Outcome.UPDATED, Outcome.UNCHANGED):
                counts[outcome.value] += outcomes[outcome]
        if current is not None:
            runs.record_series(session, source_slug, request.key, current)
    return counts


def _countries(session: Session, alpha3s: set[str]) -> dict[str, int]:
    """The ids of the countries with these alpha-3 codes, creating the ISO countries
    not stored yet; codes that are not countries are left out."""
    stored = {alpha3: id_ for alpha3, id_ in session.execute(select(Country.alpha3, Country.id))}
    now = datetime.now(UTC)
    created = []
    for alpha3 in sorted(alpha3s - stored.keys()):
        country = iso_country(alpha3)
        if country is not None:
            code, name = country
            created.append(
                Country(code=code, alpha3=alpha3, name=name, created_at=now, updated_at=now)
            )
    session.add_all(created)
    session.flush()
    stored.update({country.alpha3: country.id for country in created})
    return {alpha3: stored[alpha3] for alpha3 in alpha3s if alpha3 in stored}


def sync_all(
    database: Database,
    settings: Settings,
    *,
    progress: Callable[[str], None] = lambda _: None,
    transport: httpx.BaseTransport | None = None,
) -> list[SyncReport]:
    """Every upstream once, for every country."""
    return [
        sync(database, settings, name, progress=progress, transport=transport) for name in UPSTREAMS
    ]
