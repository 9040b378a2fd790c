"""A first sync's INSERT of new values: SQLAlchemy Core's executemany against
the driver's, in one process and one run.

The measured reason for `app.observations.bulk` handing new values to the
driver as plain tuples: the same rows (200 countries, ten years, twelve
series, one transaction each, as a first sync writes them) inserted by
Core's `Connection.execute(insert(observations), rows)`, with a parameter
dict per row, and by `bulk.insert_new`, the service's path. Each round starts
from a fresh copy of a SQLite database with Belgium loaded and the 200
countries created; the two alternate round by round, so drift cancels; the
medians and their ratio are printed. Pinned to one CPU where `taskset` is.

    .venv/bin/python -m tests.benchmarks.bulk_insert
    .venv/bin/python -m tests.benchmarks.bulk_insert --rounds 9
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select

from app.config import Settings
from app.db import create_db_engine
from app.models import Country, Indicator, Observation, Source
from app.observations import bulk
from seeds.synthetic import synthetic_codes

COUNTRIES, YEARS, SERIES = 200, range(2015, 2025), 12


def _template(folder: Path) -> Path:
    """Belgium seeded, and the countries the values belong to."""
    path = folder / "template.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{path}"}
    subprocess.run([sys.executable, "-m", "app", "seed"], env=env, check=True, capture_output=True)
    engine = create_db_engine(Settings(database_url=f"sqlite:///{path}", _env_file=None))  # type: ignore[call-arg]
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(
            insert(Country),
            [
                {"code": code, "alpha3": alpha3, "name": f"Country {code}"}
                | {"created_at": now, "updated_at": now}
                for code, alpha3 in synthetic_codes(COUNTRIES)
            ],
        )
    engine.dispose()
    return path


def _series(connection: Connection) -> tuple[list[int], list[int], int]:
    countries = connection.execute(select(Country.id).where(Country.code.like("X%"))).scalars()
    indicators = connection.execute(select(Indicator.id).limit(SERIES)).scalars().all()
    source = connection.execute(select(Source.id).where(Source.slug == "world-bank")).scalar_one()
    return list(countries), list(indicators), source


def _batch(indicator_id: int, source_id: int, now: datetime) -> dict[str, Any]:
    return {
        "indicator_id": indicator_id,
        "source_id": source_id,
        "unit": "persons",
        "price_basis": None,
        "retrieved_at": now,
        "source_updated_on": date(2025, 7, 1),
        "entered_by": "sync:world-bank",
        "created_at": now,
        "updated_at": now,
        "version": 1,
    }


def _rows(countries: list[int], indicator_id: int) -> list[tuple[int, int, Decimal, str]]:
    return [
        (
            country,
            year,
            Decimal(f"{country}{year}.4"),
            f"https://api.worldbank.org/v2/country/Q{country}/indicator/I{indicator_id}"
            f"?format=json&date={year}",
        )
        for country in countries
        for year in YEARS
    ]


def core(connection: Connection, batch: dict[str, Any], rows: list[Any]) -> None:
    connection.execute(
        insert(Observation),
        [
            batch | {"country_id": c, "year": y, "value_number": v, "source_url": u}
            for c, y, v, u in rows
        ],
    )


def driver(connection: Connection, batch: dict[str, Any], rows: list[Any]) -> None:
    bulk.insert_new(connection, batch, rows)


def _run(template: Path, work: Path, insert_rows: Callable[..., None]) -> float:
    path = work / "run.sqlite3"
    shutil.copyfile(template, path)
    engine = create_db_engine(Settings(database_url=f"sqlite:///{path}", _env_file=None))  # type: ignore[call-arg]
    try:
        with engine.connect() as connection:
            countries, indicators, source = _series(connection)
            connection.rollback()
            now = datetime.now(UTC)
            work_items = [(_batch(i, source, now), _rows(countries, i)) for i in indicators]
            started = time.perf_counter()
            for batch, rows in work_items:
                with connection.begin():
                    insert_rows(connection, batch, rows)
            return time.perf_counter() - started
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("taskset") and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    ways = {"Core executemany": core, "driver executemany": driver}
    seconds: dict[str, list[float]] = {name: [] for name in ways}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        template = _template(work)
        for n in range(args.rounds):
            for name in ways if n % 2 == 0 else reversed(list(ways)):
                seconds[name].append(_run(template, work, ways[name]))
    values = COUNTRIES * len(YEARS) * SERIES
    print(f"{values} new values in {SERIES} transactions, {args.rounds} rounds")
    for name, runs in seconds.items():
        listed = " ".join(f"{s:.3f}" for s in runs)
        print(f"{name:20} median {statistics.median(runs):.3f} s   runs {listed}")
    ratio = statistics.median(seconds["Core executemany"]) / statistics.median(
        seconds["driver executemany"]
    )
    print(f"Core / driver: {ratio:.2f}")


if __name__ == "__main__":
    main()
