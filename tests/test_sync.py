"""Sync from the World Bank and UNHCR APIs, on recorded answers, never the network."""

import os
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from app.cli import cli
from app.config import Settings
from app.main import create_app
from app.models import Indicator, Observation, ObservationRevision, Source
from app.sync.client import RetryPolicy, UpstreamError, get_json
from app.sync.service import sync_unhcr, sync_world_bank
from tests.fake_upstream import FakeUpstream, serve

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
            "sync_page_size": 3,
        }
    )


@pytest.fixture
def factory(connection: Connection) -> sessionmaker[Session]:
    return sessionmaker(bind=connection, join_transaction_mode="create_savepoint")


@pytest.fixture
def upstream() -> FakeUpstream:
    return FakeUpstream()


def _series(session: Session, indicator: str, source: str) -> dict[int | None, Observation]:
    rows = session.scalars(
        select(Observation)
        .join(Indicator, Indicator.id == Observation.indicator_id)
        .join(Source, Source.id == Observation.source_id)
        .where(Indicator.slug == indicator, Source.slug == source)
        .where(Observation.deleted_at.is_(None))
    )
    return {o.year: o for o in rows}


def _revisions(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ObservationRevision)) or 0


def _run(factory: sessionmaker[Session], settings: Settings, upstream: FakeUpstream, **kw):  # type: ignore[no-untyped-def]
    return sync_world_bank(factory, settings, since=2020, transport=upstream.transport(), **kw)


class TestWorldBank:
    def test_first_sync_inserts_with_provenance(
        self,
        factory: sessionmaker[Session],
        sync_settings: Settings,
        upstream: FakeUpstream,
        session: Session,
    ) -> None:
        report = _run(factory, sync_settings, upstream)
        assert report.failures == []
        # 5 population + 3 working-age + 3 unemployment (one null) + 2 GDP rows
        assert report.counts["fetched"] == 13
        # 2024 values exist from the seed: equal values, now with provenance.
        assert (report.counts["inserted"], report.counts["updated"]) == (8, 4)
        population = _series(session, "population", "world-bank")
        assert {y: o.value_number for y, o in population.items()} == {
            2020: Decimal(11538604),
            2021: Decimal(11586195),
            2022: Decimal(11685814),
            2023: Decimal(11787423),
            2024: Decimal(11858610),
        }
        latest = population[2024]
        assert latest.source_url is not None
        assert latest.source_url.startswith(f"{WB}/country/BEL/indicator/SP.POP.TOTL?")
        assert "page=1" in latest.source_url
        assert "page=2" in population[2020].source_url  # type: ignore[operator]
        assert latest.source_updated_on == date(2025, 7, 1)
        assert latest.retrieved_at is not None
        assert latest.entered_by == "sync:world-bank"
        gdp = _series(session, "gdp", "world-bank")
        assert gdp[2023].value_number == Decimal("644783000000.25")
        assert (gdp[2023].unit, gdp[2023].price_basis) == ("USD", "current prices")
        # A null is no value.
        assert sorted(_series(session, "unemployment-rate", "world-bank")) == [2023, 2024]
        # Other sources' figures are untouched.
        statbel = _series(session, "population", "statbel")
        assert (statbel[2024].value_number, statbel[2024].entered_by) == (
            Decimal(11763650),
            "seed:belgium.yaml",
        )
        assert all(url.params["format"] == "json" for url in upstream.requests)
        this_year = datetime.now(UTC).year
        assert {url.params["date"] for url in upstream.requests} == {f"2020:{this_year}"}

    def test_second_sync_changes_nothing(
        self,
        factory: sessionmaker[Session],
        sync_settings: Settings,
        upstream: FakeUpstream,
        session: Session,
    ) -> None:
        _run(factory, sync_settings, upstream)
        revisions = _revisions(session)
        report = _run(factory, sync_settings, upstream)
        assert (report.counts["inserted"], report.counts["updated"]) == (0, 0)
        assert report.counts["unchanged"] == 12
        assert _revisions(session) == revisions

    def test_a_changed_value_is_one_new_revision(
        self,
        factory: sessionmaker[Session],
        sync_settings: Settings,
        upstream: FakeUpstream,
        session: Session,
    ) -> None:
        _run(factory, sync_settings, upstream)
        revisions = _revisions(session)
        upstream.replacements["SP.POP.TOTL"] = ("11787423", "11787500")
        report = _run(factory, sync_settings, upstream)
        assert report.counts["updated"] == 1
        assert _revisions(session) == revisions + 1
        changed = _series(session, "population", "world-bank")[2023]
        session.refresh(changed)
        assert changed.value_number == Decimal(11787500)
        history = session.scalars(
            select(ObservationRevision.value_number)
            .where(ObservationRevision.observation_id == changed.id)
            .order_by(ObservationRevision.number)
        ).all()
        assert history == [Decimal(11787423), Decimal(11787500)]

    def test_429_then_200_succeeds_after_a_retry(
        self,
        factory: sessionmaker[Session],
        sync_settings: Settings,
        upstream: FakeUpstream,
        session: Session,
    ) -> None:
        upstream.script("NY.GDP.MKTP.CD", (429, b"slow down", {"Retry-After": "0"}))
        report = _run(factory, sync_settings, upstream)
        assert report.failures == []
        gdp_requests = [u for u in upstream.requests if u.path.endswith("NY.GDP.MKTP.CD")]
        assert len(gdp_requests) == 2
        assert _series(session, "gdp", "world-bank")[2023].value_number == Decimal(
            "644783000000.25"
        )

    def test_a_permanent_500_fails_only_that_indicator(
        self,
        factory: sessionmaker[Session],
        sync_settings: Settings,
        upstream: FakeUpstream,
        session: Session,
    ) -> None:
        upstream.script("SP.POP.1564.TO", *[(500, b"oops", {})] * 3)
        report = _run(factory, sync_settings, upstream)
        assert len(report.failures) == 1
        assert report.failures[0].startswith("BE working-age-population (SP.POP.1564.TO): HTTP 500")
        assert sorted(_series(session, "working-age-population", "world-bank")) == [2024]
        assert len(_series(session, "population", "world-bank")) == 5
        assert "failed 1" in report.summary()

    @pytest.mark.parametrize(
        "body",
        [
            b"<html>maintenance</html>",
            b'{"not": "a list"}',
            b'[{"page": 2, "pages": 2}, [{"date": "2021", "value": "eleven"}]]',
        ],
    )
    def test_a_malformed_page_writes_nothing_for_that_indicator(
        self,
        factory: sessionmaker[Session],
        sync_settings: Settings,
        upstream: FakeUpstream,
        session: Session,
        body: bytes,
    ) -> None:
        # Page 1 is fine, page 2 is broken: page 1's rows must not be written either.
        page_one = upstream.handle(
            httpx.Request("GET", f"{WB}/country/BEL/indicator/SP.POP.TOTL?page=1")
        )
        upstream.script("SP.POP.TOTL", (200, page_one.content, {}), (200, body, {}))
        report = _run(factory, sync_settings, upstream)
        assert [f.split(":")[0] for f in report.failures] == ["BE population (SP.POP.TOTL)"]
        assert sorted(_series(session, "population", "world-bank")) == [2024]
        assert _series(session, "population", "world-bank")[2024].source_url is None

    def test_error_message_answer_is_a_failure(
        self,
        factory: sessionmaker[Session],
        sync_settings: Settings,
        upstream: FakeUpstream,
    ) -> None:
        error = (Path(__file__).parent / "data/upstream/worldbank/error-message.json").read_bytes()
        upstream.script("SL.UEM.TOTL.ZS", (200, error, {}))
        report = _run(factory, sync_settings, upstream)
        [failure] = report.failures
        assert (
            "World Bank error: 120 Invalid value: The provided parameter value is not valid"
            in failure
        )

    def test_empty_result_is_not_a_failure(
        self,
        factory: sessionmaker[Session],
        sync_settings: Settings,
        upstream: FakeUpstream,
    ) -> None:
        empty = (Path(__file__).parent / "data/upstream/worldbank/empty.json").read_bytes()
        upstream.script("SP.POP.1564.TO", (200, empty, {}))
        report = _run(factory, sync_settings, upstream)
        assert report.failures == []
        assert report.counts["fetched"] == 10


class TestUNHCR:
    def test_cells_dash_zero_and_integers(
        self,
        factory: sessionmaker[Session],
        sync_settings: Settings,
        upstream: FakeUpstream,
        session: Session,
    ) -> None:
        report = sync_unhcr(factory, sync_settings, since=2023, transport=upstream.transport())
        assert report.failures == []
        assert report.counts["fetched"] == 9  # 3 years x 3 series, over two pages
        refugees = _series(session, "refugees", "unhcr")
        assert {y: o.value_number for y, o in refugees.items()} == {
            2023: Decimal(95887),
            2024: Decimal(178957),
            2025: Decimal(186406),
        }
        idps = _series(session, "idps", "unhcr")
        # "0" and 0 are zero; "-" (2023) is no value, not zero.
        assert {y: o.value_number for y, o in idps.items()} == {2024: Decimal(0), 2025: Decimal(0)}
        assert sorted(_series(session, "asylum-seekers", "unhcr")) == [2023, 2024, 2025]
        cgra = _series(session, "refugees", "cgra")
        assert cgra[2021].value_number == Decimal(25971)
        request = upstream.requests[0]
        assert dict(request.params) == {
            "coa": "BEL",
            "cf_type": "ISO",
            "yearFrom": "2023",
            "yearTo": str(datetime.now(UTC).year),
            "limit": "3",
            "page": "1",
        }

    def test_bad_cell_fails_all_three_and_writes_nothing(
        self,
        factory: sessionmaker[Session],
        sync_settings: Settings,
        upstream: FakeUpstream,
        session: Session,
    ) -> None:
        upstream.replacements["population"] = ('"asylum_seekers": 44310', '"asylum_seekers": "n/a"')
        report = sync_unhcr(factory, sync_settings, since=2023, transport=upstream.transport())
        assert len(report.failures) == 3
        assert "asylum_seekers: not a count: 'n/a'" in report.failures[0]
        assert sorted(_series(session, "refugees", "unhcr")) == [2025]  # the seed's only


class TestRetries:
    def test_retry_after_is_honoured_and_attempts_are_bounded(self) -> None:
        waits: list[float] = []
        answers = iter(
            [
                httpx.Response(503, headers={"Retry-After": "7"}),
                httpx.Response(429),
                httpx.Response(200, json=[1.5]),
            ]
        )
        client = httpx.Client(transport=httpx.MockTransport(lambda request: next(answers)))
        policy = RetryPolicy(attempts=3, backoff_seconds=0.5, sleep=waits.append)
        data, _ = get_json(client, "http://x.test/", {}, policy)
        assert data == [Decimal("1.5")]
        assert waits == [7.0, 1.0]  # Retry-After, then the backoff of the second attempt

        timeouts = httpx.Client(
            transport=httpx.MockTransport(
                lambda request: (_ for _ in ()).throw(httpx.ReadTimeout("slow", request=request))
            )
        )
        waits.clear()
        with pytest.raises(UpstreamError, match="timed out after 3 attempts"):
            get_json(timeouts, "http://x.test/", {}, policy)
        assert waits == [0.5, 1.0]

    def test_a_404_is_not_retried(self) -> None:
        calls = []

        def handler(request: httpx.Request) -> httpx.Response:
            calls.append(request)
            return httpx.Response(404)

        policy = RetryPolicy(attempts=3, sleep=lambda _: None)
        with pytest.raises(UpstreamError, match="HTTP 404"):
            get_json(
                httpx.Client(transport=httpx.MockTransport(handler)), "http://x.test/", {}, policy
            )
        assert len(calls) == 1


class TestEndToEnd:
    def test_cli_sync_against_a_local_fake_server(self, tmp_path: Path) -> None:
        database = f"sqlite:///{tmp_path}/sync.sqlite3"
        runner = CliRunner()
        upstream = FakeUpstream()
        upstream.script("SP.POP.1564.TO", *[(500, b"down", {})] * 2)
        with serve(upstream) as base:
            env = {
                **os.environ,
                "DATABASE_URL": database,
                "WORLDBANK_API_URL": f"{base}/v2",
                "SYNC_BACKOFF_SECONDS": "0",
                "SYNC_ATTEMPTS": "2",
            }
            assert runner.invoke(cli, ["seed"], env=env).exit_code == 0
            result = runner.invoke(
                cli, ["sync", "worldbank", "--country", "BE", "--since", "2020"], env=env
            )
            assert result.exit_code == 1  # working-age population failed
            assert (
                "worldbank: fetched 10, inserted 6, updated 3, unchanged 0, failed 1"
                in result.output
            )
            assert "failed: BE working-age-population (SP.POP.1564.TO): HTTP 500" in result.output
            again = runner.invoke(cli, ["sync", "worldbank", "--since", "2020"], env=env)
            assert again.exit_code == 0, again.output
            assert "inserted 2, updated 1, unchanged 9, failed 0" in again.output

        app = create_app(Settings(database_url=database, _env_file=None))  # type: ignore[call-arg]
        with TestClient(app) as client:
            body = client.get("/api/v1/countries/BE/indicators/population").json()
        series = {
            s["source"]["label"]: [(v["year"], v["value"]) for v in s["values"]]
            for s in body["series"]
        }
        assert series == {
            "World Bank": [
                (2020, 11538604),
                (2021, 11586195),
                (2022, 11685814),
                (2023, 11787423),
                (2024, 11858610),
            ],
            "STAT BEL": [(2024, 11763650)],
        }
