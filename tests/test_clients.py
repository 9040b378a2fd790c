"""The generated clients (clients/) against a live service on the test database:
each reads Belgium's population from two sources, walks /observations page by
page to the end, reads a 404 as a typed problem, and creates, updates with
If-Match and deletes an observation with a key."""

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import LiveService

CLIENTS = Path(__file__).resolve().parent.parent / "clients"
sys.path.insert(0, str(CLIENTS / "python"))

from migration_profiles_client import AuthenticatedClient, Client  # noqa: E402
from migration_profiles_client.api.countries import get_country  # noqa: E402
from migration_profiles_client.api.indicators import get_country_indicator  # noqa: E402
from migration_profiles_client.api.observations import (  # noqa: E402
    create_observation,
    delete_observation,
    get_observation_by_id,
    list_observations_page,
    update_observation,
)
from migration_profiles_client.models import (  # noqa: E402
    CollectionObservationRead,
    IndicatorSeriesRead,
    ObservationCreate,
    ObservationRead,
    ObservationUpdate,
    ProblemDetails,
)


class TestPythonClient:
    def test_reads_belgiums_population_from_two_sources(self, live_service: LiveService) -> None:
        client = Client(base_url=live_service.url)
        series = get_country_indicator.sync("BE", "population", client=client)
        assert isinstance(series, IndicatorSeriesRead)
        latest = [
            (s.source.label, s.values[-1].year, s.values[-1].value, s.values[-1].unit)
            for s in series.series
        ]
        assert latest == [
            ("World Bank", 2024, 11858610, "persons"),
            ("STAT BEL", 2024, 11763650, "persons"),
        ]

    def test_walks_observations_page_by_page_to_the_end(self, live_service: LiveService) -> None:
        client = Client(base_url=live_service.url)
        cursor: str | None = None
        ids: list[int] = []
        pages = 0
        while True:
            page = list_observations_page.sync(
                client=client, country=["BE"], limit=7, **({"cursor": cursor} if cursor else {})
            )
            assert isinstance(page, CollectionObservationRead)
            ids += [row.id for row in page.data]
            pages += 1
            if not page.links.next_:
                break
            cursor = parse_qs(urlsplit(page.links.next_).query)["cursor"][0]
        assert len(ids) == len(set(ids)) == page.meta.total > 14
        assert pages == -(-page.meta.total // 7)

    def test_reads_a_404_as_a_typed_problem(self, live_service: LiveService) -> None:
        response = get_country.sync_detailed("XK", client=Client(base_url=live_service.url))
        assert response.status_code == 404
        assert isinstance(response.parsed, ProblemDetails)
        assert (response.parsed.status, response.parsed.title, response.parsed.detail) == (
            404,
            "Not Found",
            "No country with code 'XK'.",
        )

    def test_creates_updates_with_if_match_and_deletes(self, live_service: LiveService) -> None:
        writer = AuthenticatedClient(base_url=live_service.url, token=live_service.keys["write"])
        created = create_observation.sync_detailed(
            client=writer,
            body=ObservationCreate(
                country="BE",
                indicator="population",
                source="statbel",
                year=1991,
                value=9986975,
                reason="Python client test",
            ),
        )
        assert created.status_code == 201
        assert isinstance(created.parsed, ObservationRead)
        observation_id = created.parsed.id
        assert created.headers["location"] == f"/api/v1/observations/{observation_id}"

        stale = update_observation.sync_detailed(
            observation_id, client=writer, body=ObservationUpdate(value=1), if_match='"stale"'
        )
        assert stale.status_code == 412
        assert isinstance(stale.parsed, ProblemDetails)
        assert stale.parsed.title == "Precondition Failed"

        updated = update_observation.sync_detailed(
            observation_id,
            client=writer,
            body=ObservationUpdate(value=9986976, reason="Corrected"),
            if_match=created.headers["etag"],
        )
        assert updated.status_code == 200
        assert isinstance(updated.parsed, ObservationRead)
        assert updated.parsed.value == 9986976

        deleted = delete_observation.sync_detailed(
            observation_id, client=writer, if_match=updated.headers["etag"]
        )
        assert deleted.status_code == 204
        gone = get_observation_by_id.sync_detailed(
            observation_id, client=Client(base_url=live_service.url)
        )
        assert gone.status_code == 410
        assert isinstance(gone.parsed, ProblemDetails)


class TestTypeScriptClient:
    def test_node_tests_of_the_typescript_client(self, live_service: LiveService) -> None:
        tests = CLIENTS / "typescript" / "dist" / "test"
        node = shutil.which("node")
        if node is None or not tests.is_dir():
            if os.environ.get("CLIENT_TESTS_REQUIRED"):
                pytest.fail("The TypeScript client is not built: npm ci && npm run build.")
            pytest.skip("The TypeScript client is not built (clients/typescript: npm run build).")
        run = subprocess.run(
            [node, "--test", str(tests)],
            env={
                **os.environ,
                "MIGRATION_PROFILES_URL": live_service.url,
                "MIGRATION_PROFILES_WRITE_KEY": live_service.keys["write"],
            },
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0, run.stdout[-3000:]
        assert "# pass 4\n" in run.stdout
        assert "# fail 0\n" in run.stdout
