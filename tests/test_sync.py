"""Sync from the World Bank and UNHCR APIs, on answers in their formats from a fake
upstream (tests/fake_upstream.py), never the network."""

import logging
from datetime import date
from decimal import Decimal

import httpx
import pytest
import stamina
from fastapi.testclient import TestClient
from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from app.config import Settings
from app.db import Database
from app.models import (
    Country,
    DataVersion,
    Indicator,
    Observation,
    ObservationRevision,
    Source,
    SyncRun,
)
from app.sync import worldbank
from app.sync.client import RetryPolicy, UpstreamError, get_json, retry_delay
from app.sync.service import SyncReport, iso_country, sync, sync_all
from tests.fake_upstream import FakeUpstream

WB = "http://worldbank.test/v2"
UNHCR = "http://unhcr.test/population/v1"


@pytest.fixture
def sync_settings(settings: Settings) -> Settings:
    return settings.model_copy(
        update={
            "worldbank_api_url": WB,
            "unhcr_api_url": UNHCR,
            "sync_backoff_seconds": 0.0,
            "sync_attempts": 3,
            "sync_page_size": 4,
        }
    )


@pytest.fixture
def database(engine, connection: Connection) -> Database:  # type: ignore[no-untyped-def]
    database = Database(engine)
    database.use(connection)
    return database


@pytest.fixture
def upstream() -> FakeUpstream:
    return FakeUpstream()


def _series(session: Session, indicator: str, source: str, country: str = "BE") -> dict:  # type: ignore[type-arg]
    rows = session.scalars(
        select(Observation)
        .join(Indicator, Indicator.id == Observation.indicator_id)
        .join(Source, Source.id == Observation.source_id)
        .join(Country, Country.id == Observation.country_id)
        .where(Indicator.slug == indicator, Source.slug == source, Country.code == country)
        .where(Observation.deleted_at.is_(None))
    )
    return {o.year: o for o in rows}


def _count(session: Session, model: type) -> int:  # type: ignore[type-arg]
    return session.scalar(select(func.count()).select_from(model)) or 0


def _version(session: Session) -> int:
    return session.scalar(select(DataVersion.version)) or 0


def _wb(database: Database, settings: Settings, upstream: FakeUpstream, **kw) -> SyncReport:  # type: ignore[no-untyped-def]
    return sync(database, settings, "worldbank", since=2020, transport=upstream.transport(), **kw)


def _series_requests(upstream: FakeUpstream) -> list[str]:
    return [u.path for u in upstream.requests if "/indicator/" in u.path]


class TestWorldBank:
    def test_first_sync_inserts_every_country_with_provenance(
        self, database: Database, sync_settings: Settings, upstream: FakeUpstream, session: Session
    ) -> None:
        report = _wb(database, sync_settings, upstream)
        assert report.failures == []
        population = _series(session, "population", "world-bank")
        assert {y: o.value_number for y, o in population.items()} == {
            2020: Decimal(11538604),
            2021: Decimal(11586195),
            2022: Decimal(11685814),
            2023: Decimal(11787423),
            2024: Decimal(11858610),
        }
        latest = population[2024]
        # Provenance names the one value, whatever pages or years were asked for.
        assert latest.source_url == (
            f"{WB}/country/BEL/indicator/SP.POP.TOTL?format=json&date=2024"
        )
        assert latest.source_updated_on == date(2025, 7, 1)
        assert latest.retrieved_at is not None
        assert latest.entered_by == "sync:world-bank"
        gdp = _series(session, "gdp", "world-bank")
        assert gdp[2023].value_number == Decimal("644783000000.25")
        assert (gdp[2023].unit, gdp[2023].price_basis) == ("USD", "current prices")
        # A null is no value.
        assert sorted(_series(session, "unemployment-rate", "world-bank")) == [2023, 2024]
        # The migration series, exactly as the upstream gives them.
        remittances = _series(session, "remittances", "world-bank")[2023]
        assert remittances.value_number == Decimal("12873612407.95")
        assert (remittances.unit, remittances.price_basis) == ("USD", "current prices")
        assert _series(session, "migrant-stock-share", "world-bank")[2024].value_number == (
            Decimal("19.2")
        )
        assert _series(session, "net-migration", "world-bank")[2023].value_number == 63000
        assert _series(session, "refugees-by-origin", "world-bank")[2024].value_number == 95
        # Beside UNHCR's refugees from the seed: two sources, side by side.
        assert _series(session, "refugees", "world-bank")[2024].value_number == 79470
        assert _series(session, "refugees", "unhcr")[2025].entered_by == "seed:belgium.yaml"
        # France is created from ISO 3166-1; aggregates (EUU, WLD, no code) are not countries.
        france = session.scalar(select(Country).where(Country.alpha3 == "FRA"))
        assert france is not None
        assert (france.code, france.name) == ("FR", "France")
        assert _series(session, "population", "world-bank", "FR")[2024].value_number == 68516699
        assert session.scalars(select(Country.alpha3).order_by(Country.alpha3)).all() == [
            "BEL",
            "FRA",
        ]
        # Other sources' figures are untouched.
        statbel = _series(session, "population", "statbel")
        assert (statbel[2024].value_number, statbel[2024].entered_by) == (
            Decimal(11763650),
            "seed:belgium.yaml",
        )
        # One request sequence per indicator for every country, after one question.
        assert upstream.requests[0].path == "/v2/source/2"
        paths = _series_requests(upstream)
        assert {p.rsplit("/", 1)[1] for p in paths} == {
            s.upstream for s in __import__("app.sync.mappings").sync.mappings.WORLD_BANK
        }
        assert all("/country/all/" in p for p in paths)

    def test_the_counts_and_the_run(
        self, database: Database, sync_settings: Settings, upstream: FakeUpstream, session: Session
    ) -> None:
        report = _wb(database, sync_settings, upstream)
        # Belgium's 2024 population, working-age population, unemployment and
        # GDP were in the seed: equal values, now with provenance (an update each).
        assert report.counts["updated"] == 4
        assert report.counts["inserted"] == report.counts["fetched"] - 4
        run = session.scalars(select(SyncRun)).one()
        assert (run.source, run.trigger, run.outcome) == ("world-bank", "command", "succeeded")
        assert (run.inserted, run.updated, run.upstream_updated) == (
            report.counts["inserted"],
            4,
            "2025-07-01",
        )
        assert run.finished_at is not None
        assert run.finished_at >= run.started_at

    def test_nothing_new_upstream_is_not_fetched_and_writes_nothing(
        self, database: Database, sync_settings: Settings, upstream: FakeUpstream, session: Session
    ) -> None:
        _wb(database, sync_settings, upstream)
        state = (_count(session, Observation), _count(session, ObservationRevision))
        version = _version(session)
        upstream.requests.clear()
        report = _wb(database, sync_settings, upstream)
        assert [u.path for u in upstream.requests] == ["/v2/source/2"]
        assert len(report.skipped) == 11
        assert report.counts["inserted"] == report.counts["updated"] == 0
        assert (_count(session, Observation), _count(session, ObservationRevision)) == state
        # The run's record (start and end) is the only change: /sync-runs shows it.
        assert _version(session) == version + 2

    def test_republished_unchanged_values_change_nothing(
        self, database: Database, sync_settings: Settings, upstream: FakeUpstream, session: Session
    ) -> None:
        _wb(database, sync_settings, upstream)
        first = len(_series_requests(upstream))
        revisions = _count(session, ObservationRevision)
        upstream.wb_updated = "2025-12-16"
        report = _wb(database, sync_settings, upstream)
        assert len(_series_requests(upstream)) == 2 * first  # every series fetched again
        assert report.counts["inserted"] == report.counts["updated"] == 0
        assert report.counts["unchanged"] == report.counts["fetched"]
        assert _count(session, ObservationRevision) == revisions

    def test_other_years_asked_keep_provenance(
        self, database: Database, sync_settings: Settings, upstream: FakeUpstream, session: Session
    ) -> None:
        # Asking for other years used to change every value's source URL, and so
        # gave every unchanged value a new revision.
        _wb(database, sync_settings, upstream)
        revisions = _count(session, ObservationRevision)
        report = sync(
            database, sync_settings, "worldbank", since=2015, transport=upstream.transport()
        )
        assert report.skipped == []  # earlier years than synced: fetched again
        assert report.counts["inserted"] == report.counts["updated"] == 0
        assert _count(session, ObservationRevision) == revisions

    def test_a_changed_value_is_one_new_revision(
        self, database: Database, sync_settings: Settings, upstream: FakeUpstream, session: Session
    ) -> None:
        _wb(database, sync_settings, upstream)
        revisions = _count(session, ObservationRevision)
        upstream.set_value("SP.POP.TOTL", "BEL", 2023, 11787500)
        upstream.wb_updated = "2025-12-16"
        report = _wb(database, sync_settings, upstream)
        assert (report.counts["inserted"], report.counts["updated"]) == (0, 1)
        assert _count(session, ObservationRevision) == revisions + 1
        value = _series(session, "population", "world-bank")[2023]
        assert (value.value_number, value.version) == (Decimal(11787500), 2)
        assert value.source_updated_on == date(2025, 12, 16)
        history = session.scalars(
            select(ObservationRevision.value_number)
            .where(ObservationRevision.observation_id == value.id)
            .order_by(ObservationRevision.number)
        ).all()
        assert history == [Decimal(11787423), Decimal(11787500)]

    def test_a_curated_note_on_a_synced_value_stays(
        self, database: Database, sync_settings: Settings, upstream: FakeUpstream, session: Session
    ) -> None:
        _wb(database, sync_settings, upstream)
        value = _series(session, "population", "world-bank")[2022]
        value.note = "Checked against STAT BEL"
        session.flush()
        upstream.set_value("SP.POP.TOTL", "BEL", 2022, 11685900)
        upstream.wb_updated = "2025-12-16"
        _wb(database, sync_settings, upstream)
        session.expire_all()
        value = _series(session, "population", "world-bank")[2022]
        assert (value.value_number, value.note) == (Decimal(11685900), "Checked against STAT BEL")

    def test_429_then_200_succeeds_after_a_retry(
        self, database: Database, sync_settings: Settings, upstream: FakeUpstream, session: Session
    ) -> None:
        upstream.script("SP.POP.TOTL", (429, b"slow down", {"Retry-After": "0"}))
        report = _wb(database, sync_settings, upstream)
        assert report.failures == []
        assert len(_series(session, "population", "world-bank")) == 5

    def test_a_permanent_500_fails_only_that_indicator(
        self, database: Database, sync_settings: Settings, upstream: FakeUpstream, session: Session
    ) -> None:
        upstream.script("SP.POP.1564.TO", *[(500, b"down", {})] * 3)
        report = _wb(database, sync_settings, upstream)
        assert [f["series"] for f in report.failures] == ["working-age-population (SP.POP.1564.TO)"]
        assert "HTTP 500" in report.failures[0]["reason"]
        assert "after 3 attempts" in report.failures[0]["reason"]
        synced = _series(session, "working-age-population", "world-bank")
        assert {y: o.entered_by for y, o in synced.items()} == {2024: "seed:belgium.yaml"}
        assert len(_series(session, "population", "world-bank")) == 5
        run = session.scalars(select(SyncRun)).one()
        assert run.outcome == "partial"
        assert run.failures == report.failures
        # The failed series is fetched again next time; the others are current.
        upstream.requests.clear()
        again = _wb(database, sync_settings, upstream)
        assert set(_series_requests(upstream)) == {"/v2/country/all/indicator/SP.POP.1564.TO"}
        assert again.failures == []

    def test_malformed_and_error_answers_fail_their_series(
        self, database: Database, sync_settings: Settings, upstream: FakeUpstream, session: Session
    ) -> None:
        upstream.script("SP.POP.TOTL", (200, b'[{"page": 1}]', {}))
        upstream.script(
            "NY.GDP.MKTP.CD",
            (
                200,
                b'[{"message": [{"id": "120", "key": "Invalid value", "value": "bad"}]}]',
                {},
            ),
        )
        report = _wb(database, sync_settings, upstream)
        reasons = {f["series"]: f["reason"] for f in report.failures}
        assert reasons == {
            "population (SP.POP.TOTL)": "not a World Bank answer: expected [header, rows]",
            "gdp (NY.GDP.MKTP.CD)": "World Bank error: 120 Invalid value: bad",
        }
        synced = _series(session, "population", "world-bank")
        assert {y: o.entered_by for y, o in synced.items()} == {2024: "seed:belgium.yaml"}

    def test_unreachable_upstream_is_one_failure_and_one_warning(
        self,
        database: Database,
        sync_settings: Settings,
        session: Session,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        attempts = []

        def refuse(request: httpx.Request) -> httpx.Response:
            attempts.append(request.url.path)
            raise httpx.ConnectError("[Errno -3] Temporary failure in name resolution")

        with caplog.at_level(logging.WARNING, logger="app.sync"):
            report = sync(
                database,
                sync_settings,
                "worldbank",
                transport=httpx.MockTransport(refuse),
            )
        assert report.failures == [
            {
                "series": "all",
                "reason": "cannot reach worldbank.test: "
                "[Errno -3] Temporary failure in name resolution",
            }
        ]
        assert attempts == ["/v2/source/2"] * 3  # retried, then given up: no series asked
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1
        assert "sync world-bank failed: all: cannot reach worldbank.test" in warnings[0].message
        run = session.scalars(select(SyncRun)).one()
        assert (run.outcome, run.inserted) == ("failed", 0)


class TestCountries:
    # The World Bank's regional, income and lending groups, as its country list names them.
    AGGREGATES = (
        "AFE",
        "AFW",
        "ARB",
        "CEB",
        "CSS",
        "EAP",
        "EAR",
        "EAS",
        "ECA",
        "ECS",
        "EMU",
        "EUU",
        "FCS",
        "HIC",
        "HPC",
        "IBD",
        "IBT",
        "IDA",
        "IDB",
        "IDX",
        "INX",
        "LAC",
        "LCN",
        "LDC",
        "LIC",
        "LMC",
        "LMY",
        "LTE",
        "MEA",
        "MIC",
        "MNA",
        "NAC",
        "OED",
        "OSS",
        "PRE",
        "PSS",
        "PST",
        "SAS",
        "SSA",
        "SSF",
        "SST",
        "TEA",
        "TEC",
        "TLA",
        "TMN",
        "TSA",
        "TSS",
        "UMC",
        "WLD",
    )

    def test_aggregates_are_never_countries(self) -> None:
        assert [code for code in self.AGGREGATES if iso_country(code)] == []

    def test_iso_countries_by_alpha3(self) -> None:
        assert iso_country("BEL") == ("BE", "Belgium")
        assert iso_country("COD") == ("CD", "Congo, The Democratic Republic of the")
        assert iso_country("XKX") is None  # Kosovo has no ISO 3166-1 code
        assert iso_country("") is None


class TestWorldBankRows:
    """Each row of an indicator's page, as `get_json` decodes it (a number with a
    fraction is a Decimal already, an integer an int)."""

    @staticmethod
    def _row(value: object, **changes: object) -> dict[str, object]:
        row = {
            "indicator": {"id": "NY.GDP.MKTP.CD", "value": "GDP (current US$)"},
            "countryiso3code": "BEL",
            "date": "2024",
            "value": value,
        }
        return row | changes

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (Decimal("671370081636.4"), Decimal("671370081636.4")),
            (11858610, Decimal("11858610")),
            (None, None),
        ],
    )
    def test_values(self, value: object, expected: Decimal | None) -> None:
        parsed = worldbank._value(self._row(value), "NY.GDP.MKTP.CD")
        assert parsed == ("BEL", 2024, expected)
        assert str(parsed[2]) == str(expected)  # digit for digit

    @pytest.mark.parametrize(
        ("row", "reason"),
        [
            ({"value": "11858610"}, "a value that is not a number: '11858610'"),
            ({"value": True}, "a value that is not a number: True"),
            ({"value": 1.5}, "a value that is not a number: 1.5"),
            ({"date": "24"}, "a row without a year"),
            ({"date": 2024}, "a row without a year"),
            ({"indicator": {"id": "SP.POP.TOTL"}}, "a row of another indicator than NY.GDP"),
            ({"indicator": None}, "a row of another indicator than NY.GDP"),
        ],
    )
    def test_malformed_rows(self, row: dict[str, object], reason: str) -> None:
        with pytest.raises(UpstreamError) as error:
            worldbank._value(self._row(Decimal(1)) | row, "NY.GDP.MKTP.CD")
        assert str(error.value).startswith(reason)

    def test_a_row_without_a_country_code(self) -> None:
        assert worldbank._value(self._row(5, countryiso3code=None), "NY.GDP.MKTP.CD") == (
            "",
            2024,
            Decimal(5),
        )


class TestUNHCR:
    def test_every_country_of_asylum_at_once(
        self, database: Database, sync_settings: Settings, upstream: FakeUpstream, session: Session
    ) -> None:
        report = sync(database, sync_settings, "unhcr", since=2020, transport=upstream.transport())
        assert report.failures == []
        refugees = _series(session, "refugees", "unhcr")
        assert {y: o.value_number for y, o in refugees.items()} == {
            2023: Decimal(95887),
            2024: Decimal(178957),
            2025: Decimal(186406),
        }
        # "0" and 0 are zero; "-" is no value.
        assert {y: o.value_number for y, o in _series(session, "idps", "unhcr").items()} == {
            2024: Decimal(0),
            2025: Decimal(0),
        }
        assert _series(session, "asylum-seekers", "unhcr", "FR")[2025].value_number == 182117
        assert refugees[2024].source_url == (
            f"{UNHCR}/population/?coa=BEL&cf_type=ISO&yearFrom=2024&yearTo=2024"
        )
        populations = [u for u in upstream.requests if u.path.endswith("/population/")]
        assert len(populations) == 1
        assert populations[0].params["coa_all"] == "true"
        # The newest year is the same next time: nothing is asked but the years.
        upstream.requests.clear()
        again = sync(database, sync_settings, "unhcr", since=2020, transport=upstream.transport())
        assert [u.path for u in upstream.requests] == ["/population/v1/years/"]
        assert again.skipped == ["refugees, asylum-seekers, idps (population)"]

    def test_failures_name_unhcr_series(
        self, database: Database, sync_settings: Settings, upstream: FakeUpstream, session: Session
    ) -> None:
        upstream.script("population", (200, b'{"items": [{"year": 2024}], "maxPages": 1}', {}))
        report = sync(database, sync_settings, "unhcr", since=2020, transport=upstream.transport())
        assert report.failures == [
            {
                "series": "refugees, asylum-seekers, idps (population)",
                "reason": "an item without 'refugees'",
            }
        ]
        assert sorted(_series(session, "refugees", "unhcr")) == [2025]  # the seed's only


class TestRetries:
    def test_retry_after_sets_the_wait(self) -> None:
        request = httpx.Request("GET", "http://x.test/")
        answers = iter(
            [
                httpx.Response(503, headers={"Retry-After": "0.01"}, request=request),
                httpx.Response(429, request=request),
                httpx.Response(200, json=[1.5], request=request),
            ]
        )
        client = httpx.Client(transport=httpx.MockTransport(lambda request: next(answers)))
        waits: list[float] = []
        hooks = stamina.instrumentation.get_on_retry_hooks()
        stamina.instrumentation.set_on_retry_hooks([lambda details: waits.append(details.wait_for)])
        try:
            data = get_json(client, "http://x.test/", {}, RetryPolicy(3, 0.02, 1.0))
        finally:
            stamina.instrumentation.set_on_retry_hooks(hooks)
        assert data == [Decimal("1.5")]
        assert waits[0] == 0.01  # Retry-After
        assert 0.04 <= waits[1] <= 0.06  # the second backoff, with up to 0.02 s of jitter

    def test_what_is_retried(self) -> None:
        request = httpx.Request("GET", "http://x.test/")
        assert retry_delay(httpx.ReadTimeout("slow", request=request)) is True
        assert retry_delay(httpx.ConnectError("refused", request=request)) is True
        assert retry_delay(UpstreamError("HTTP 404")) is False
        assert retry_delay(ValueError("a bug")) is False

    def test_timeouts_are_bounded_and_a_404_is_not_retried(self) -> None:
        calls: list[int] = []

        def slow(request: httpx.Request) -> httpx.Response:
            calls.append(1)
            raise httpx.ReadTimeout("slow", request=request)

        with (
            stamina.set_testing(True, attempts=3),
            pytest.raises(UpstreamError, match="timed out after 3 attempts"),
        ):
            get_json(
                httpx.Client(transport=httpx.MockTransport(slow)),
                "http://x.test/",
                {},
                RetryPolicy(attempts=3),
            )
        assert len(calls) == 3
        missing = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(404)))
        calls.clear()
        with pytest.raises(UpstreamError, match="HTTP 404"):
            get_json(missing, "http://x.test/", {}, RetryPolicy(attempts=3))


class TestEveryCountry:
    def test_two_hundred_countries_then_nothing_new(
        self,
        database: Database,
        sync_settings: Settings,
        session: Session,
        client: TestClient,
    ) -> None:
        upstream = FakeUpstream(countries=200)
        settings = sync_settings.model_copy(update={"sync_page_size": 1000})
        curated = client.get("/api/v1/countries/BE/profile").json()
        reports = sync_all(database, settings, transport=upstream.transport())
        assert [r.failures for r in reports] == [[], []]
        # Belgium's curated lists and text come through the sync as they were,
        # and its synced figures are served beside the curated ones.
        belgium = client.get("/api/v1/countries/BE/profile").json()
        for part in ("authorities", "policy_documents", "publications", "narrative"):
            assert belgium[part] == curated[part]
        population = client.get("/api/v1/countries/BE/indicators/population").json()
        assert {s["source"]["label"]: s["values"][-1]["value"] for s in population["series"]} == {
            "World Bank": 11858610,
            "STAT BEL": 11763650,
        }
        countries = client.get("/api/v1/countries").json()
        codes = {c["alpha3"] for c in countries["data"]}
        assert countries["meta"]["total"] == 202  # Belgium, France and the 200
        assert not codes & {"EUU", "WLD", "HIC", ""}
        assert {c["code"]: c["curated"] for c in countries["data"]}["BE"] is True
        only_curated = client.get("/api/v1/countries", params={"curated": "true"}).json()
        assert [c["code"] for c in only_curated["data"]] == ["BE"]
        # Spot checks: the upstream's values, exactly.
        generated = [c for c in countries["data"] if c["alpha3"] not in ("BEL", "FRA")]
        for index in (0, 57, 199):
            country = sorted(generated, key=lambda c: c["alpha3"])[index]
            alpha3 = country["alpha3"]
            position = next(
                i
                for i, r in enumerate(upstream.rows["SP.POP.TOTL"])
                if r["countryiso3code"] == alpha3
            )
            row = upstream.rows["SP.POP.TOTL"][position]
            series = client.get(
                f"/api/v1/countries/{alpha3}/indicators/population",
                params={"source": "world-bank"},
            ).json()["series"][0]["values"]
            served = {v["year"]: v["value"] for v in series}
            assert Decimal(str(served[int(row["date"])])) == row["value"]
            share = next(
                r
                for r in upstream.rows["SM.POP.TOTL.ZS"]
                if r["countryiso3code"] == alpha3 and r["value"] is not None
            )
            values = client.get(
                f"/api/v1/countries/{alpha3}/indicators/migrant-stock-share"
            ).json()["series"][0]["values"]
            served = {v["year"]: v["value"] for v in values}
            assert Decimal(str(served[int(share["date"])])) == share["value"]
        # A country with figures only: its profile, curated parts empty, marked.
        profile = client.get(f"/api/v1/countries/{generated[0]['code']}/profile").json()
        assert profile["curated"] is False
        assert profile["narrative"] == profile["publications"] == []
        assert profile["general_information"]["groups"]
        # Nothing new upstream: no series asked, nothing written.
        state = (_count(session, Observation), _count(session, ObservationRevision))
        version = _version(session)
        upstream.requests.clear()
        again = sync_all(database, settings, transport=upstream.transport())
        assert [u.path for u in upstream.requests] == ["/v2/source/2", "/population/v1/years/"]
        assert [len(r.skipped) for r in again] == [11, 1]
        assert (_count(session, Observation), _count(session, ObservationRevision)) == state
        assert _version(session) == version + 4  # two runs recorded, nothing else


class TestStatus:
    def test_runs_sources_and_metrics(
        self,
        database: Database,
        sync_settings: Settings,
        upstream: FakeUpstream,
        client: TestClient,
    ) -> None:
        upstream.script("SP.POP.1564.TO", *[(500, b"down", {})] * 3)
        _wb(database, sync_settings, upstream)
        sync(database, sync_settings, "unhcr", since=2020, transport=upstream.transport())
        runs = client.get("/api/v1/sync-runs")
        assert runs.status_code == 200
        body = runs.json()
        assert body["meta"]["total"] == 2
        newest, older = body["data"]
        assert (newest["source"], newest["outcome"], newest["skipped"]) == ("unhcr", "succeeded", 0)
        assert (older["source"], older["outcome"]) == ("world-bank", "partial")
        assert older["failures"][0]["series"] == "working-age-population (SP.POP.1564.TO)"
        assert older["upstream_updated"] == "2025-07-01"
        page = client.get("/api/v1/sync-runs", params={"limit": 1}).json()
        assert page["data"][0]["id"] == newest["id"]
        second = client.get(page["links"]["next"]).json()
        assert [r["id"] for r in second["data"]] == [older["id"]]
        assert second["links"]["next"] is None
        only = client.get("/api/v1/sync-runs", params={"source": "world-bank"}).json()
        assert [r["source"] for r in only["data"]] == ["world-bank"]
        unknown = client.get("/api/v1/sync-runs", params={"source": "nope"})
        assert unknown.status_code == 404
        assert unknown.headers["content-type"] == "application/problem+json"

        world_bank = client.get("/api/v1/sources/world-bank").json()
        assert world_bank["sync"]["upstream_updated"] == "2025-07-01"
        assert world_bank["sync"]["last_synced_at"] == older["finished_at"]
        assert client.get("/api/v1/sources/statbel").json()["sync"] is None

        metrics = client.get("/metrics").text
        assert 'sync_last_success_timestamp_seconds{source="world-bank"}' in metrics
        assert 'sync_last_success_timestamp_seconds{source="unhcr"}' in metrics
        written = [
            line
            for line in metrics.splitlines()
            if line.startswith('sync_values_written_total{outcome="inserted",source="unhcr"}')
        ]
        assert written
        assert float(written[0].rsplit(" ", 1)[1]) == newest["inserted"]
