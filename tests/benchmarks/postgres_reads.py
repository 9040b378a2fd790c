"""The public reads on PostgreSQL with the response cache off, against
`migration-profiles serve` as people run it (its defaults, access log on).

`serve` loads Belgium into a scratch database; wrk then asks each read for
`--seconds` with `--connections` connections, the server pinned to CPU 0 and
wrk to CPU 1 (as the peer harness pins them; `--no-pin` on a one-core
machine). PostgreSQL runs beside them, so the figures include its work.

    .venv/bin/python -m tests.benchmarks.postgres_reads
    .venv/bin/python -m tests.benchmarks.postgres_reads --seconds 10 --rounds 3

It needs wrk (Debian's package) and a PostgreSQL server (`--server-url`).
"""

import argparse
import json
import os
import statistics
import subprocess
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

from tests.server import running

READS = {
    "R1 series": "/api/v1/countries/BE/indicators/population",
    "R2 observations": "/api/v1/observations?country=BE&limit=1000",
    "profile": "/api/v1/countries/BE/profile",
    "country indicators": "/api/v1/countries/BE/indicators",
}
REPORT = """
done = function(summary, latency, requests)
  io.write(string.format('WRKJSON {"requests": %d, "duration_us": %d, "errors": %d, ' ..
    '"p99": %d}\\n', summary.requests, summary.duration,
    summary.errors.status + summary.errors.timeout, latency:percentile(99)))
end
"""


def _wrk(url: str, script: Path, connections: int, seconds: int, pin: bool) -> dict[str, float]:
    command = ["wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds}s", "-s", str(script)]
    if pin:
        command = ["taskset", "-c", "1", *command]
    result = subprocess.run([*command, url], capture_output=True, text=True, check=True)
    line = next(x for x in result.stdout.splitlines() if x.startswith("WRKJSON "))
    report = json.loads(line.removeprefix("WRKJSON "))
    if report["errors"]:
        raise SystemExit(f"{url}: {report['errors']} errors")
    return {
        "rps": report["requests"] / (report["duration_us"] / 1e6),
        "p99_ms": report["p99"] / 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--no-pin", action="store_true")
    parser.add_argument("--server-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()

    server_url = make_url(args.server_url)
    name = f"bench_reads_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    database_url = server_url.set(database=name).render_as_string(hide_password=False)
    results: dict[str, list[dict[str, float]]] = {read: [] for read in READS}
    try:
        with tempfile.TemporaryDirectory() as folder:
            script = Path(folder) / "report.lua"
            script.write_text(REPORT)
            with running(
                database_url, Path(folder) / "serve.log", env={"RESPONSE_CACHE": "false"}
            ) as server:
                if not args.no_pin:
                    os.sched_setaffinity(server.process.pid, {0})
                for path in READS.values():  # warm up
                    _wrk(server.url + path, script, args.connections, 2, not args.no_pin)
                for _ in range(args.rounds):
                    for read, path in READS.items():
                        results[read].append(
                            _wrk(
                                server.url + path,
                                script,
                                args.connections,
                                args.seconds,
                                not args.no_pin,
                            )
                        )
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    print(f"PostgreSQL, cache off, median of {args.rounds} rounds of {args.seconds} s")
    print(f"{'read':<20} {'req/s':>8} {'p99 ms':>8}")
    for read, runs in results.items():
        rps = statistics.median(r["rps"] for r in runs)
        p99 = statistics.median(r["p99_ms"] for r in runs)
        print(f"{read:<20} {rps:>8.0f} {p99:>8.1f}")


if __name__ == "__main__":
    main()
