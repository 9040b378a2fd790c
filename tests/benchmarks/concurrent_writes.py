"""Concurrent writers with one API key, against `migration-profiles serve` on PostgreSQL.

The server runs as people run it (`serve` with its defaults, access log on,
but for a write rate limit high enough for the load) on a scratch database.
wrk is the load: each of its connections is a writer that updates values of
Belgium again and again (`PATCH /observations/{id}` with `If-Match: *`, a new
value each time), all with the same write key, each connection on values of
its own, so writers never conflict over data: only over what they share, the
key. The run first times one writer (the baseline), then WRITERS at once, and
reports their latency percentiles and the ratio of the two p99s.

    .venv/bin/python -m tests.benchmarks.concurrent_writes
    .venv/bin/python -m tests.benchmarks.concurrent_writes --writers 20 --seconds 10

It needs wrk (Debian's package) and a PostgreSQL server (`--server-url`).
"""

import argparse
import json
import subprocess
import tempfile
import uuid
from pathlib import Path

import httpx
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.orm import Session

from app.auth.service import create_api_key
from app.config import Settings
from app.models import ApiKeyScope
from tests.server import running

# Each connection takes the next value id in turn (wrk calls request() once
# per request, connections in turn), and writes a new number every time.
WRITE_SCRIPT = """
local ids, key, n = {}, "%(key)s", 0
for id in string.gmatch("%(ids)s", "%%d+") do ids[#ids + 1] = id end
request = function()
  n = n + 1
  local id = ids[(n - 1) %% #ids + 1]
  local body = '{"value": ' .. (1000000 + n) .. '}'
  return wrk.format("PATCH", "/api/v1/observations/" .. id, {
    ["Authorization"] = "Bearer " .. key,
    ["If-Match"] = "*",
    ["Content-Type"] = "application/json",
  }, body)
end
response = function(status)
  if status ~= 200 then error("status " .. status) end
end
done = function(summary, latency, requests)
  io.write(string.format('WRKJSON {"requests": %%d, "errors": %%d, ' ..
    '"p50": %%d, "p90": %%d, "p99": %%d, "max": %%d}\\n',
    summary.requests, summary.errors.status + summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
"""


def _values(base: str, key: str, count: int) -> list[int]:
    """`count` new values of Belgium's population (one year each); their ids."""
    ids = []
    with httpx.Client(base_url=base, timeout=30) as client:
        for year in range(1600, 1600 + count):
            created = client.post(
                "/api/v1/observations",
                json={
                    "country": "BE",
                    "indicator": "population",
                    "source": "world-bank",
                    "year": year,
                    "value": 1,
                },
                headers={"Authorization": f"Bearer {key}"},
            )
            created.raise_for_status()
            ids.append(created.json()["id"])
    return ids


def _wrk(base: str, script: Path, connections: int, seconds: int) -> dict[str, int]:
    # Debian's wrk, from the PATH.
    command = ["wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds}s", "-s", str(script)]
    result = subprocess.run([*command, base], capture_output=True, text=True, check=True)
    line = next(x for x in result.stdout.splitlines() if x.startswith("WRKJSON "))
    report: dict[str, int] = json.loads(line.removeprefix("WRKJSON "))
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--workers", type=int, default=1, help="serve --workers")
    parser.add_argument("--server-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()

    server_url = make_url(args.server_url)
    name = f"bench_writes_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database_url = server_url.set(database=name).render_as_string(hide_password=False)
    reports = {}
    try:
        with tempfile.TemporaryDirectory() as folder:
            log = Path(folder) / "serve.log"
            # The default write limit (120 a minute per key) would answer most
            # of these writes with 429: it is raised, nothing else is changed.
            limits = {"RATE_LIMIT_WRITES": "100000000/minute"}
            serve_args = ("--workers", str(args.workers))
            with running(database_url, log, *serve_args, env=limits) as server:
                settings = Settings(database_url=database_url, _env_file=None)  # type: ignore[call-arg]
                engine = create_engine(settings.database_url)
                with Session(engine) as session, session.begin():
                    _, key = create_api_key(session, name="bench", scope=ApiKeyScope.WRITE)
                engine.dispose()
                ids = _values(server.url, key, args.writers)
                for writers in (1, args.writers):
                    script = Path(folder) / f"write{writers}.lua"
                    script.write_text(WRITE_SCRIPT % {"key": key, "ids": " ".join(map(str, ids))})
                    reports[writers] = _wrk(server.url, script, writers, args.seconds)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    print(f"{'writers':>8} {'writes':>7} {'errors':>7} {'p50 ms':>7} {'p90 ms':>7} {'p99 ms':>7}")
    for writers, r in reports.items():
        print(
            f"{writers:>8} {r['requests']:>7} {r['errors']:>7} {r['p50'] / 1000:>7.1f} "
            f"{r['p90'] / 1000:>7.1f} {r['p99'] / 1000:>7.1f}"
        )
    ratio = reports[args.writers]["p99"] / reports[1]["p99"]
    print(f"p99 with {args.writers} writers / p99 with one: {ratio:.1f}x")


if __name__ == "__main__":
    main()
