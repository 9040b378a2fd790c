"""Loading a page again never destroys curation: it changes exactly what the page changed.

Each test seeds Belgium into an empty database of the test backend (SQLite, or
PostgreSQL with TEST_DATABASE_URL), then imports the published page with the
command line and compares the whole profile before and after.
"""

import os
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from app.cli import cli
from app.config import Settings
from app.db import create_db_engine
from app.main import create_app
from app.models import ObservationRevision, Revision

PAGE = Path(__file__).parent / "data" / "belgium-profile.md"
PROFILE = "/api/v1/countries/BE/profile"
runner = CliRunner()


class Belgium:
    """A seeded database, its command line and its profile."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.env = {**os.environ, "DATABASE_URL": settings.database_url}

    def run(self, *args: str) -> Any:
        return runner.invoke(cli, list(args), env=self.env)

    def profile(self) -> dict[str, Any]:
        with TestClient(create_app(self.settings)) as client:
            response = client.get(PROFILE)
            assert response.status_code == 200
            return dict(response.json())

    def revisions(self) -> tuple[int, int]:
        engine = create_db_engine(self.settings)
        try:
            with Session(engine) as session:
                values = session.scalar(select(func.count()).select_from(ObservationRevision))
                others = session.scalar(select(func.count()).select_from(Revision))
        finally:
            engine.dispose()
        return int(values or 0), int(others or 0)


@pytest.fixture
def belgium(scratch_settings: Settings) -> Belgium:
    seeded = Belgium(scratch_settings)
    result = seeded.run("seed")
    assert result.exit_code == 0, result.output
    return seeded


def _page(tmp_path: Path, *replacements: tuple[str, str]) -> Path:
    text = PAGE.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    page = tmp_path / "belgium-profile.md"
    page.write_text(text, encoding="utf-8")
    return page


def _values(profile: dict[str, Any]) -> dict[tuple[str, str, int | None], dict[str, Any]]:
    return {
        (indicator["slug"], value["source"]["slug"], value["year"]): value
        for group in profile["general_information"]["groups"]
        for indicator in group["indicators"]
        for value in indicator["values"]
    }


class TestLoadingThePublishedPage:
    def test_the_page_a_profile_came_from_changes_nothing(self, belgium: Belgium) -> None:
        before, revisions = belgium.profile(), belgium.revisions()
        result = belgium.run("import-profile", str(PAGE), "--load")
        assert result.exit_code == 0, result.output
        assert result.stdout == "loaded Belgium: nothing changed\n"
        assert belgium.profile() == before
        assert belgium.revisions() == revisions
        # The curation the page cannot carry is all still there.
        assert len(before["narrative"]) == 9
        emigration = _values(before)[("emigration", "un-desa", 2020)]
        assert (emigration["measure"], emigration["note"]) == (
            "stock",
            "International migrant stock, people from Belgium living abroad at mid-year.",
        )

    def test_a_page_with_one_changed_figure_changes_that_figure(
        self, belgium: Belgium, tmp_path: Path
    ) -> None:
        before, (values, others) = belgium.profile(), belgium.revisions()
        page = _page(tmp_path, ("11 858 610", "11 858 611"))
        result = belgium.run("import-profile", str(page), "--load")
        assert result.exit_code == 0, result.output
        assert result.stdout == "loaded Belgium: observations.updated 1\n"
        after = belgium.profile()
        assert belgium.revisions() == (values + 1, others)

        changed = ("population", "world-bank", 2024)
        old, new = _values(before)[changed], _values(after)[changed]
        assert (old["value"], new["value"]) == (11858610, 11858611)
        assert new["entered_by"] == "import:belgium-profile.md"
        assert {k for k in old if old[k] != new[k]} == {"value", "entered_by", "updated_at"}
        # Everything else is exactly as it was: values, lists, sections, citations.
        for key, value in _values(before).items():
            if key != changed:
                assert _values(after)[key] == value
        assert {k: v for k, v in after.items() if k != "general_information"} == {
            k: v for k, v in before.items() if k != "general_information"
        }


class TestALoadThatWouldDeleteCuration:
    # The narrative of this page differs from the stored one, so a load would
    # replace the nine curated sections by the page's one.
    REWORDED = ("Irregular migration is an issue in Belgium.", "Irregular migration is an issue.")

    def test_is_refused_and_names_what_it_would_delete(
        self, belgium: Belgium, tmp_path: Path
    ) -> None:
        before, revisions = belgium.profile(), belgium.revisions()
        result = belgium.run("import-profile", str(_page(tmp_path, self.REWORDED)), "--load")
        assert result.exit_code == 1
        assert result.stderr == (
            "error: the load would delete 9 curated items (narrative_sections migration-trends, "
            "narrative_sections population-of-foreign-origin, narrative_sections "
            "drivers-and-family-reunification, narrative_sections labour-migration, "
            "narrative_sections international-students, narrative_sections refugees-and-asylum, "
            "narrative_sections irregular-migration-and-return, narrative_sections "
            "people-smuggling, narrative_sections international-cooperation-and-resettlement): "
            "nothing was changed; see them all with --dry-run, delete them with --replace\n"
        )
        assert belgium.profile() == before
        assert belgium.revisions() == revisions

    def test_dry_run_prints_each_change_and_changes_nothing(
        self, belgium: Belgium, tmp_path: Path
    ) -> None:
        before, revisions = belgium.profile(), belgium.revisions()
        page = _page(tmp_path, self.REWORDED, ("11 858 610", "11 858 611"))
        result = belgium.run("import-profile", str(page), "--dry-run")
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert lines[0] == (
            "would update observations population/world-bank/2024: value 11858610 -> 11858611"
        )
        assert lines[1] == "would insert narrative_sections overview"
        assert lines[2:11] == [
            f"would delete narrative_sections {slug} (only with --replace)"
            for slug in (
                "migration-trends",
                "population-of-foreign-origin",
                "drivers-and-family-reunification",
                "labour-migration",
                "international-students",
                "refugees-and-asylum",
                "irregular-migration-and-return",
                "people-smuggling",
                "international-cooperation-and-resettlement",
            )
        ]
        assert lines[11] == (
            "dry run: nothing was changed (narrative_sections.inserted 1, observations.updated 1)"
        )
        assert belgium.profile() == before
        assert belgium.revisions() == revisions

    def test_replace_deletes_it_with_history(self, belgium: Belgium, tmp_path: Path) -> None:
        values, others = belgium.revisions()
        result = belgium.run(
            "import-profile", str(_page(tmp_path, self.REWORDED)), "--load", "--replace"
        )
        assert result.exit_code == 0, result.output
        assert result.stdout == (
            "loaded Belgium: narrative_sections.deleted 9, narrative_sections.inserted 1\n"
        )
        after = belgium.profile()
        assert [s["slug"] for s in after["narrative"]] == ["overview"]
        assert "Irregular migration is an issue." in after["narrative"][0]["body"]
        # Nine deletions and one creation, each a revision; the values untouched.
        assert belgium.revisions() == (values, others + 10)

    def test_seed_keeps_what_its_document_does_not_list(
        self, belgium: Belgium, tmp_path: Path
    ) -> None:
        document = tmp_path / "belgium.yaml"
        exported = belgium.run("import-profile", str(PAGE), "--out", str(document))
        assert exported.exit_code == 0, exported.output
        result = belgium.run("seed", str(document))
        assert result.exit_code == 1
        assert result.stderr.startswith("error: the load would delete 9 curated items")
