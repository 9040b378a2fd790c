"""The `migration-profiles` command line."""

import json
import logging.config
import signal
import socket
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Annotated, NoReturn, ParamSpec, TypeVar

import typer
import yaml
from alembic.util import CommandError as AlembicCommandError
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app import migrate as migrations
from app.auth.service import create_api_key, list_api_keys, revoke_api_key
from app.config import Settings
from app.countries.service import count_countries, find_country
from app.db import Database, create_db_engine
from app.errors import AppError
from app.importer import PageError, import_page, merge_page
from app.log import logging_config
from app.main import create_app, freeze_startup_objects
from app.models import ApiKeyScope, Country, Indicator, Source
from app.profiles.document import ProfileDocument, dump_document, read_document
from app.profiles.loader import KEPT, LoadReport, current_document, load_profile
from app.sync import runs
from app.sync.schedule import run_due, sync_lock
from app.sync.service import UPSTREAMS, sync
from seeds import BELGIUM, synthetic

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
        except (CommandError, AppError, OSError, PageError, AlembicCommandError) as exc:
            _fail(str(exc))
        except yaml.YAMLError as exc:
            _fail(_yaml_error(exc))
        except ValidationError as exc:
            _fail(_validation_error(exc))
        except SQLAlchemyError as exc:
            _fail(f"database error: {exc.__class__.__name__}: {str(exc).splitlines()[0]}")

    return wrapper


def _validation_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    # A ValueError raised by a validator: its own words, without pydantic's prefix.
    message = str(first["ctx"]["error"]) if "error" in first.get("ctx", {}) else first["msg"]
    if exc.title == Settings.__name__:
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        return f"invalid setting {name}: {message}"
    where = ".".join(str(part) for part in first["loc"])
    return f"invalid document at {where}: {message} ({exc.error_count()} errors)"


def _yaml_error(exc: yaml.YAMLError) -> str:
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        mark = exc.problem_mark
        where = f"{mark.name}, " if mark.name and not mark.name.startswith("<") else ""
        return (
            f"not a valid YAML document: {where}line {mark.line + 1}, "
            f"column {mark.column + 1}: {exc.problem}"
        )
    return "not a valid YAML document: " + " ".join(str(exc).split())


def _fail(message: str) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


@contextmanager
def session_scope(settings: Settings, *, commit: bool = True) -> Iterator[Session]:
    """One migrated database transaction for a command; rolled back when it fails,
    or when `commit` is false (a dry run)."""
    migrations.upgrade(settings)
    engine = create_db_engine(settings)
    try:
        with Session(engine) as session:
            session.begin()
            yield session
            if commit:
                session.commit()
            else:
                session.rollback()
    finally:
        engine.dispose()


def seed_database(
    settings: Settings,
    path: Path,
    *,
    only_if_empty: bool = False,
    replace: bool = False,
    dry_run: bool = False,
) -> LoadReport:
    """Load a profile document in one transaction (rolled back for a dry run); with
    only_if_empty, skip a non-empty database."""
    document = read_document(path)
    with session_scope(settings, commit=not dry_run) as session:
        migrations.lock_schema(session.connection())
        if only_if_empty and count_countries(session) > 0:
            return LoadReport()
        return _load(
            session, document, changed_by=f"seed:{path.name}", replace=replace, dry_run=dry_run
        )


def _load(
    session: Session,
    document: ProfileDocument,
    *,
    changed_by: str,
    replace: bool,
    dry_run: bool = False,
) -> LoadReport:
    """Load a document; without `replace`, refuse when that would delete curated items."""
    report = load_profile(session, document, changed_by=changed_by, remove=replace)
    if report.kept and not dry_run:
        listed = ", ".join(f"{c.kind} {c.key}" for c in report.kept[:10])
        more = f" and {len(report.kept) - 10} more" if len(report.kept) > 10 else ""
        raise CommandError(
            f"the load would delete {len(report.kept)} curated items ({listed}{more}): "
            "nothing was changed; see them all with --dry-run, delete them with --replace"
        )
    return report


def _print_dry_run(report: LoadReport, *, replace: bool) -> None:
    for change in report.changes:
        kept = change.action == KEPT and not replace
        typer.echo(f"would {change.line()}" + (" (only with --replace)" if kept else ""))
    typer.echo(f"dry run: nothing was changed ({report.summary()})")


ReplaceOption = Annotated[
    bool,
    typer.Option(
        "--replace",
        help="Delete what the database holds and the document no longer lists "
        "(values, authorities, documents, publications, narrative sections).",
    ),
]
DryRunOption = Annotated[
    bool, typer.Option("--dry-run", help="Print what the load would change, item by item.")
]


@cli.command()
@one_line_errors
def migrate(
    revision: Annotated[str, typer.Argument(help="Target revision, or `base`.")] = "head",
    downgrade: Annotated[
        bool,
        typer.Option(
            "--downgrade",
            help="Allow going down to an older revision; that drops what the newer "
            "migrations added, data included.",
        ),
    ] = False,
) -> None:
    """Migrate the database to a revision: up (to the newest by default), or down
    with --downgrade."""
    settings = Settings()
    current = migrations.current_revision(settings)
    if migrations.is_downgrade(current, revision):
        if not downgrade:
            raise CommandError(
                f"the database is at {current}, newer than {revision}: going down drops "
                "what the newer migrations added, data included; pass --downgrade to do it"
            )
        migrations.downgrade(settings, revision)
    else:
        migrations.upgrade(settings, revision)
    typer.echo(f"database at revision {migrations.current_revision(settings) or 'base'}")


@cli.command()
@one_line_errors
def openapi(
    out: Annotated[
        Path | None, typer.Option("--out", help="Write it to this file.", dir_okay=False)
    ] = None,
) -> None:
    """Print the OpenAPI document (the one served at /openapi.json), from which the
    clients in clients/ are generated."""
    document = json.dumps(create_app(Settings()).openapi(), indent=2, ensure_ascii=False) + "\n"
    if out is None:
        typer.echo(document, nl=False)
    else:
        out.write_text(document, encoding="utf-8")
        typer.echo(f"wrote {out}", err=True)


@cli.command()
@one_line_errors
def seed(
    file: Annotated[
        Path, typer.Argument(help="A profile document (YAML).", dir_okay=False)
    ] = BELGIUM,
    replace: ReplaceOption = False,
    dry_run: DryRunOption = False,
) -> None:
    """Load a profile document (Belgium by default); loading it again changes nothing.
    What the document no longer lists is deleted only with --replace."""
    report = seed_database(Settings(), file, replace=replace, dry_run=dry_run)
    if dry_run:
        _print_dry_run(report, replace=replace)
    else:
        typer.echo(f"loaded {file.name}: {report.summary()}")


@cli.command()
@one_line_errors
def generate(
    countries: Annotated[int, typer.Option(help="Synthetic countries to add.", min=1)],
    years: Annotated[int, typer.Option(help="Years per series, ending in 2024.", min=1, max=200)],
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same values).")] = 42,
) -> None:
    """Add synthetic countries XAAA, XAAB, ... for benchmarks (Belgium's catalogue first if empty).

    Each has every indicator from 2 or 3 sources for each year: 1,000 countries
    of 36 years make about a million values (`--countries 1000 --years 36`).
    """
    settings = Settings()
    seed_database(settings, BELGIUM, only_if_empty=True)
    with (
        session_scope(settings) as session,
        typer.progressbar(length=countries, label="generating", file=sys.stderr) as bar,
    ):
        try:
            total = synthetic.generate(
                session, countries=countries, years=years, seed=seed, progress=bar.update
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
    typer.echo(f"added {countries} synthetic countries with {total} values")


@cli.command()
@one_line_errors
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes.", min=1)] = 1,
    access_log: Annotated[bool, typer.Option(help="Log every request.")] = True,
) -> None:
    """Apply migrations, load Belgium into an empty database, and run the HTTP server.

    Migrations and the seed run once, here, before any worker starts (and under
    a lock on PostgreSQL, for several servers starting at once). On SIGTERM
    the server stops accepting connections and lets requests in flight finish.
    """
    import uvicorn

    settings = Settings()
    check_can_listen(host, port)
    if seed_database(settings, BELGIUM, only_if_empty=True).changes:
        typer.echo(f"empty database: loaded {BELGIUM.name}")
    uvicorn.run(
        "app.main:serve_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        # One JSON line per request comes from the app (app.http.request_context).
        access_log=False,
        log_config=logging_config(level=settings.log_level, access_log=access_log),
        timeout_graceful_shutdown=settings.shutdown_grace_seconds,
        # No `server: uvicorn`: it tells a client nothing it needs.
        server_header=False,
    )


def check_can_listen(host: str, port: int) -> None:
    """Fail with one line when the address cannot be listened on (a port in use),
    before anything starts; uvicorn would log it as several lines."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    with socket.socket(family, kind, proto) as probe:
        # As uvicorn binds: a port in TIME_WAIT is free to use.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise CommandError(f"cannot listen on {host}:{port}: {exc.strerror}") from None


@cli.command("import-profile")
@one_line_errors
def import_profile(
    page: Annotated[Path, typer.Argument(help="A profile page in Markdown.", dir_okay=False)],
    country: Annotated[
        str | None, typer.Option(help="ISO code, when the page heading does not name it.")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Write the document (YAML) here.")] = None,
    load: Annotated[bool, typer.Option("--load", help="Load it into the database.")] = False,
    replace: ReplaceOption = False,
    dry_run: DryRunOption = False,
) -> None:
    """Read a profile page into a profile document: print it, write it (--out) or
    load it in one transaction (--load; loading it again changes nothing).

    A load keeps what the page cannot say: the notes and measures of values, the
    values it does not show, and the narrative's sections when its text is the
    same. What would delete curated items needs --replace; --dry-run prints
    what the load would change and changes nothing."""
    if out is not None and (load or dry_run):
        raise CommandError("choose one of --out and --load")
    document = import_page(page, country_code=country)
    if load or dry_run:
        with session_scope(Settings(), commit=not dry_run) as session:
            migrations.lock_schema(session.connection())
            stored = find_country(session, document.country.code)
            if stored is not None:
                document = merge_page(
                    document,
                    current_document(session, session.get_one(Country, stored.id)),
                    sources=set(session.scalars(select(Source.slug))),
                    units={
                        slug: unit
                        for slug, unit in session.execute(select(Indicator.slug, Indicator.unit))
                    },
                )
            report = _load(
                session,
                document,
                changed_by=f"import:{page.name}",
                replace=replace,
                dry_run=dry_run,
            )
        if dry_run:
            _print_dry_run(report, replace=replace)
        else:
            typer.echo(f"loaded {document.country.name}: {report.summary()}")
    elif out is not None:
        out.write_text(dump_document(document), encoding="utf-8")
        typer.echo(f"wrote {out}")
    else:
        typer.echo(dump_document(document), nl=False)


sync_cli = typer.Typer(
    help="Pull international figures for every country from their public APIs.",
    no_args_is_help=True,
)
cli.add_typer(sync_cli, name="sync")

CountryOption = Annotated[
    list[str] | None,
    typer.Option("--country", help="ISO code; repeat for several. Default: every country."),
]
SinceOption = Annotated[
    int | None, typer.Option(help="First year to fetch. Default: ten years ago.")
]


def _run_sync(names: Sequence[str], countries: list[str] | None, since: int | None) -> None:
    """Sync each upstream; one summary line each, and exit 1 when any series failed.
    Each series' line goes to stderr as it is written (a failure once, there)."""
    settings = Settings()
    migrations.upgrade(settings)
    engine = create_db_engine(settings)
    database = Database(engine)
    try:
        with sync_lock(database, settings) as held:
            if not held:
                raise CommandError(
                    "another process is syncing (the schedule or a command); "
                    "try again when it is done"
                )
            runs.close_interrupted(database)
            freeze_startup_objects()
            reports = [
                sync(
                    database,
                    settings,
                    name,
                    countries=countries or [],
                    since=since,
                    progress=lambda line: typer.echo(line, err=True),
                )
                for name in names
            ]
    finally:
        engine.dispose()
    for name, report in zip(names, reports, strict=True):
        typer.echo(f"{name}: {report.summary()}")
    if any(report.failures for report in reports):
        raise typer.Exit(1)


@sync_cli.command("worldbank")
@one_line_errors
def sync_worldbank(country: CountryOption = None, since: SinceOption = None) -> None:
    """Population, labour, GDP, migration, refugees and remittances from the World Bank."""
    _run_sync(["worldbank"], country, since)


@sync_cli.command("unhcr")
@one_line_errors
def sync_unhcr_command(country: CountryOption = None, since: SinceOption = None) -> None:
    """Refugees, asylum seekers and IDPs by country of asylum from UNHCR."""
    _run_sync(["unhcr"], country, since)


@sync_cli.command("all")
@one_line_errors
def sync_all_command(country: CountryOption = None, since: SinceOption = None) -> None:
    """Every source once: for cron, and for the first fill of a new database."""
    _run_sync(list(UPSTREAMS), country, since)


@sync_cli.command("due", hidden=True)
@one_line_errors
def sync_due() -> None:
    """Sync the sources whose interval is up, under the sync lock: what `serve`
    starts on its schedule. On SIGTERM it stops after the series it is writing."""
    settings = Settings()
    logging.config.dictConfig(logging_config(level=settings.log_level, access_log=False))
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    engine = create_db_engine(settings)
    freeze_startup_objects()
    try:
        run_due(Database(engine), settings, stopping=stopping.is_set)
    finally:
        engine.dispose()


api_key_cli = typer.Typer(help="Create, list and revoke API keys.", no_args_is_help=True)
cli.add_typer(api_key_cli, name="api-key")


@api_key_cli.command("create")
@one_line_errors
def create_key(
    name: Annotated[str, typer.Option(help="A name to know the key by.", min=1)],
    scope: Annotated[ApiKeyScope, typer.Option(help="What the key may do.")] = ApiKeyScope.WRITE,
) -> None:
    """Create a key and print it once; only its hash is stored."""
    with session_scope(Settings()) as session:
        _, key = create_api_key(session, name=name, scope=scope)
    typer.echo(key)
    typer.echo(f"created API key {name!r} ({scope.value}); it is shown only now", err=True)


@api_key_cli.command("list")
@one_line_errors
def list_keys() -> None:
    """List keys: name, scope, created, last used, revoked (never the key)."""
    with session_scope(Settings()) as session:
        keys = list_api_keys(session)
        typer.echo("name\tscope\tcreated_at\tlast_used_at\trevoked_at")
        for k in keys:
            fields = (k.created_at, k.last_used_at, k.revoked_at)
            when = "\t".join(f.isoformat(timespec="seconds") if f else "-" for f in fields)
            typer.echo(f"{k.name}\t{k.scope}\t{when}")


@api_key_cli.command("revoke")
@one_line_errors
def revoke_key(name: Annotated[str, typer.Argument(help="The key's name.")]) -> None:
    """Revoke a key: requests with it get 401 from now on."""
    with session_scope(Settings()) as session:
        revoke_api_key(session, name)
    typer.echo(f"revoked API key {name!r}")


def main(argv: Sequence[str] | None = None) -> None:
    cli(args=list(argv) if argv is not None else None, prog_name="migration-profiles")
