"""The `migration-profiles` command line, and `serve` answering on a real port."""

import os
from pathlib import Path

import httpx
from typer.testing import CliRunner

from app.cli import cli
from tests import server as serve

runner = CliRunner()


def _env(database_url: str) -> dict[str, str]:
    return {**os.environ, "DATABASE_URL": database_url}


class TestGenerateCommand:
    def test_generate_then_refuse_to_repeat(self, tmp_path: Path) -> None:
        env = _env(f"sqlite:///{tmp_path}/cli.sqlite3")
        first = runner.invoke(cli, ["generate", "--countries", "2", "--years", "1"], env=env)
        assert first.exit_code == 0, first.output
        # XA has 27 series, XB 28; Belgium's catalogue was loaded first.
        assert first.stdout.endswith("added 2 synthetic countries with 55 values\n")
        again = runner.invoke(cli, ["generate", "--countries", "1", "--years", "1"], env=env)
        assert again.exit_code == 1
        assert again.stderr.splitlines()[-1] == (
            "error: country XA exists already; generate into a fresh database"
        )


class TestSeedCommand:
    def test_seed_twice_then_nothing_changes(self, tmp_path: Path) -> None:
        env = _env(f"sqlite:///{tmp_path}/cli.sqlite3")
        first = runner.invoke(cli, ["seed"], env=env)
        assert first.exit_code == 0, first.output
        assert "observations.inserted 18" in first.output
        assert "authorities.inserted 12" in first.output
        second = runner.invoke(cli, ["seed"], env=env)
        assert second.exit_code == 0
        assert second.output == "loaded belgium.yaml: nothing changed\n"

    def test_missing_file_is_one_line_and_exit_1(self, tmp_path: Path) -> None:
        result = runner.invoke(cli, ["seed", str(tmp_path / "absent.yaml")])
        assert result.exit_code == 1
        assert result.output.count("\n") == 1
        assert result.output.startswith("error: ")
        assert "Traceback" not in result.output

    def test_invalid_document_names_the_field(self, tmp_path: Path) -> None:
        page = tmp_path / "bad.yaml"
        page.write_text(
            "country: {code: XA, alpha3: XAA, name: Nowhere}\n"
            "general_information:\n"
            "  observations:\n"
            "    - {indicator: population, source: world-bank, year: 20245, value: 1}\n"
        )
        result = runner.invoke(cli, ["seed", str(page)], env=_env(f"sqlite:///{tmp_path}/x.db"))
        assert result.exit_code == 1
        assert "general_information.observations.0.year" in result.output
        assert "Traceback" not in result.output

    def test_help_for_every_command(self) -> None:
        for command in (["--help"], ["serve", "--help"], ["migrate", "--help"], ["seed", "--help"]):
            result = runner.invoke(cli, command)
            assert result.exit_code == 0
            assert "Usage" in result.output


class TestServe:
    def test_serve_migrates_seeds_and_answers(self, tmp_path: Path) -> None:
        database = tmp_path / "data" / "served.sqlite3"
        with serve.running(f"sqlite:///{database}", tmp_path / "serve.log") as server:
            response = httpx.get(f"{server.url}/api/v1/countries/BEL/profile", timeout=10)
        assert response.status_code == 200
        assert response.json()["country"]["name"] == "Belgium"
        assert database.exists()
