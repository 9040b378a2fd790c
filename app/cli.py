"""The `migration-profiles` command line."""

from collections import Counter
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Annotated, NoReturn, ParamSpec, TypeVar

import typer
import yaml
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app import migrate as migrations
from app.config import Settings, get_settings
from app.countries.service import count_countries
from app.db import create_db_engine
from app.errors import AppError
from app.profiles.document import read_document
from app.profiles.loader import load_profile
from seeds import BELGIUM

cli = typer.Typer(
    help="Migration Profiles API: serve, migrate and load country migration profiles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

P = ParamSpec("P")
R = TypeVar("R")


class CommandError(Exception):
    """A failure to report as one line on stderr with exit status 1."""


def one_line_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn expected failures into one clear line and a non-zero exit, not a traceback."""

    @wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except (CommandError, AppError, OSError, yaml.YAMLError) as exc:
            _fail(str(exc))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"])
            _fail(f"invalid document at {where}: {first['msg']} ({exc.error_count()} errors)")
        except SQLAlchemyError as exc:
            _fail(f"database error: {exc.__class__.__name__}: {str(exc).splitlines()[0]}")

    return wrapper


def _fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def seed_database(settings: Settings, path: Path, *, only_if_empty: bool = False) -> Counter[str]:
    """Load a profile document in one transaction; with only_if_empty, skip a non-empty DB."""
    document = read_document(path)
    migrations.upgrade(settings)
    engine = create_db_engine(settings)
    try:
        with Session(engine) as session, session.begin():
            if only_if_empty and count_countries(session) > 0:
                return Counter()
            return load_profile(session, document, changed_by=f"seed:{path.name}")
    finally:
        engine.dispose()


def _summary(counts: Counter[str]) -> str:
    changed = {k: v for k, v in sorted(counts.items()) if not k.endswith(".unchanged")}
    if not changed:
        return "nothing changed"
    return ", ".join(f"{k} {v}" for k, v in changed.items())


@cli.command()
@one_line_errors
def migrate(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Apply the database migrations (to the newest revision by default)."""
    migrations.upgrade(get_settings(), revision)
    typer.echo(f"database at revision {revision}")


@cli.command()
@one_line_errors
def seed(
    file: Annotated[
        Path, typer.Argument(help="A profile document (YAML).", dir_okay=False)
    ] = BELGIUM,
) -> None:
    """Load a profile document (Belgium by default); loading it again changes nothing."""
    counts = seed_database(get_settings(), file)
    typer.echo(f"loaded {file.name}: {_summary(counts)}")


@cli.command()
@one_line_errors
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.", min=1)] = 1,
) -> None:
    """Apply migrations, load Belgium into an empty database, and run the HTTP server."""
    import uvicorn

    counts = seed_database(get_settings(), BELGIUM, only_if_empty=True)
    if counts:
        typer.echo(f"empty database: loaded {BELGIUM.name}")
    uvicorn.run("app.main:create_app", factory=True, host=host, port=port, workers=workers)


def main(argv: Sequence[str] | None = None) -> None:
    cli(args=list(argv) if argv is not None else None, prog_name="migration-profiles")
