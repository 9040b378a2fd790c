"""The `migration-profiles` command line, and `serve` answering on a real port."""

import os
import socket
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner, Result

from app.cli import cli
from app.config import Settings
from app.migrate import current_revision
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


def _one_line_error(result: Result) -> str:
    """The one line a failed command printed on stderr (and it printed nothing else)."""
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


class TestOneLineErrors:
    """Each failure is one line on stderr and exit status 1, never a traceback."""

    def test_unknown_revision(self, tmp_path: Path) -> None:
        env = _env(f"sqlite:///{tmp_path}/m.db")
        result = runner.invoke(cli, ["migrate", "abc123"], env=env)
        assert _one_line_error(result) == "error: Can't locate revision identified by 'abc123'"

    @pytest.mark.parametrize(
        ("variable", "value", "line"),
        [
            (
                "LOG_LEVEL",
                "verbose",
                "error: invalid setting LOG_LEVEL: not a log level: use one of DEBUG, INFO, "
                "WARNING, ERROR, CRITICAL",
            ),
            (
                "DATABASE_URL",
                "mysql://user@localhost/profiles",
                "error: invalid setting DATABASE_URL: 'mysql' is not supported: use "
                "sqlite:///path or postgresql://user@host:port/db",
            ),
            (
                "DATABASE_URL",
                "postgresql://postgres@127.0.0.1:abc/test",
                "error: invalid setting DATABASE_URL: not a database URL "
                "(sqlite:///path or postgresql://user@host:port/db)",
            ),
            (
                "CACHE_MAX_AGE",
                "-1",
                "error: invalid setting CACHE_MAX_AGE: Input should be greater than or equal to 0",
            ),
        ],
    )
    @pytest.mark.parametrize("command", [["serve", "--port", "1"], ["migrate"], ["seed"]])
    def test_bad_setting(
        self, tmp_path: Path, command: list[str], variable: str, value: str, line: str
    ) -> None:
        env = {**_env(f"sqlite:///{tmp_path}/s.db"), variable: value}
        assert _one_line_error(runner.invoke(cli, command, env=env)) == line

    def test_malformed_yaml(self, tmp_path: Path) -> None:
        page = tmp_path / "bad.yaml"
        page.write_text("country: [\n  code: BE\n")
        result = runner.invoke(cli, ["seed", str(page)], env=_env(f"sqlite:///{tmp_path}/y.db"))
        assert _one_line_error(result) == (
            "error: not a valid YAML document: line 3, column 1: "
            "expected ',' or ']', but got '<stream end>'"
        )

    def test_port_in_use(self, tmp_path: Path) -> None:
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = taken.getsockname()[1]
            result = runner.invoke(
                cli, ["serve", "--port", str(port)], env=_env(f"sqlite:///{tmp_path}/p.db")
            )
        assert _one_line_error(result) == (
            f"error: cannot listen on 127.0.0.1:{port}: Address already in use"
        )
        # Nothing was started, nor migrated.
        assert not (tmp_path / "p.db").exists()


class TestMigrateDown:
    def test_base_is_refused_without_downgrade_then_reached_with_it(self, tmp_path: Path) -> None:
        env = _env(f"sqlite:///{tmp_path}/d.db")
        settings = Settings(database_url=f"sqlite:///{tmp_path}/d.db", _env_file=None)  # type: ignore[call-arg]
        up = runner.invoke(cli, ["migrate"], env=env)
        head = current_revision(settings)
        assert up.stdout == f"database at revision {head}\n"

        refused = runner.invoke(cli, ["migrate", "base"], env=env)
        assert _one_line_error(refused) == (
            f"error: the database is at {head}, newer than base: going down drops what the "
            "newer migrations added, data included; pass --downgrade to do it"
        )
        assert current_revision(settings) == head

        down = runner.invoke(cli, ["migrate", "base", "--downgrade"], env=env)
        assert down.exit_code == 0, down.output
        assert down.stdout == "database at revision base\n"
        assert current_revision(settings) is None

        assert runner.invoke(cli, ["migrate"], env=env).stdout == f"database at revision {head}\n"

    def test_an_older_revision_then_up_again(self, tmp_path: Path) -> None:
        env = _env(f"sqlite:///{tmp_path}/o.db")
        settings = Settings(database_url=f"sqlite:///{tmp_path}/o.db", _env_file=None)  # type: ignore[call-arg]
        runner.invoke(cli, ["migrate"], env=env)
        head = current_revision(settings)
        first = "34f14420093c"  # the initial schema
        down = runner.invoke(cli, ["migrate", first, "--downgrade"], env=env)
        assert down.stdout == f"database at revision {first}\n"
        assert current_revision(settings) == first
        up = runner.invoke(cli, ["migrate", "head"], env=env)
        assert up.stdout == f"database at revision {head}\n"
