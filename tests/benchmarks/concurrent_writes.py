"""Concurrent writers with one API key, against `migration-profiles serve` on PostgreSQL.

The server runs as people run it (`serve` with its defaults, access log on,
but for a write rate limit high enough for the load) on a scratch database.
Each writer owns one value of Belgium and updates it again and again with
`If-Match` (from the previous answer), all with the same write key, so writers
never conflict over data: only over what they share, the key. The run first
times one writer alone (the baseline), then WRITERS at once, and reports each
one's latency percentiles and their ratio.

    .venv/bin/python -m tests.benchmarks.concurrent_writes
    .venv/bin/python -m tests.benchmarks.concurrent_writes --writers 20 --writes 50

It needs a PostgreSQL server (`--server-url`, default the local one).
"""

import argparse
import statistics
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.orm import Session

from app.auth.service import create_api_key
from app.config import Settings
from app.models import ApiKeyScope
from tests.server import running


def _writer(base: str, key: str, year: int, writes: int) -> list[float]:
    """Create one value, then update it `writes` times; the seconds of each update."""
    auth = {"Authorization": f"Bearer {key}"}
    times = []
    with httpx.Client(base_url=base, timeout=30) as client:
        created = client.post(
            "/api/v1/observations",
            json={
                "country": "BE",
                "indicator": "population",
                "source": "world-bank",
                "year": year,
                "value": 1,
            },
            headers=auth,
        )
        created.raise_for_status()
        location, etag = created.headers["location"], created.headers["etag"]
        for value in range(2, writes + 2):
            started = time.perf_counter()
            response = client.patch(
                location, json={"value": value}, headers={**auth, "If-Match": etag}
            )
            times.append(time.perf_counter() - started)
            response.raise_for_status()
            etag = response.headers["etag"]
    return times


def _load(base: str, key: str, writers: int, writes: int, first_year: int) -> list[float]:
    with ThreadPoolExecutor(max_workers=writers) as pool:
        runs = pool.map(lambda i: _writer(base, key, first_year + i, writes), range(writers))
        return [t for run in runs for t in run]


def _percentiles(times: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    return cuts[49] * 1000, cuts[98] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--writes", type=int, default=50, help="updates per writer")
    parser.add_argument("--server-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()

    server_url = make_url(args.server_url)
    name = f"bench_writes_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database_url = server_url.set(database=name).render_as_string(hide_password=False)
    try:
        with tempfile.TemporaryDirectory() as folder:
            log = Path(folder) / "serve.log"
            # The default write limit (120 a minute per key) would answer most
            # of these writes with 429: it is raised, nothing else is changed.
            limits = {"RATE_LIMIT_WRITES": "1000000/minute"}
            with running(database_url, log, env=limits) as server:
                settings = Settings(database_url=database_url, _env_file=None)  # type: ignore[call-arg]
                engine = create_engine(settings.database_url)
                with Session(engine) as session, session.begin():
                    _, key = create_api_key(session, name="bench", scope=ApiKeyScope.WRITE)
                engine.dispose()
                alone = _load(server.url, key, 1, args.writes, 1500)
                together = _load(server.url, key, args.writers, args.writes, 1600)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    (p50_alone, p99_alone) = _percentiles(alone)
    (p50, p99) = _percentiles(together)
    print(f"{'writers':>8} {'writes':>7} {'p50 ms':>8} {'p99 ms':>8}")
    print(f"{1:>8} {len(alone):>7} {p50_alone:>8.1f} {p99_alone:>8.1f}")
    print(f"{args.writers:>8} {len(together):>7} {p50:>8.1f} {p99:>8.1f}")
    print(f"p99 with {args.writers} writers / p99 alone: {p99 / p99_alone:.1f}x")


if __name__ == "__main__":
    main()
