"""Cold-path benchmark: the main reads with the response cache off, at 1k, 100k
and 1M observations, so every request runs its queries.

Each scale is a SQLite database made by `migration-profiles generate` (kept in
$BENCH_HOME and reused): Belgium plus 1, 100 or 1,000 synthetic countries of 36
years. Every read asks for the first synthetic country (972 values at every
scale), so only the size of the tables around it changes. Requests go straight
to the ASGI application in this process (no sockets, no client library), the
scales interleaved round by round (A B C, C B A) so machine drift cancels;
reported: the median time per request, and its ratio to the 1k scale. A read
whose queries use indexes stays near 1.0.

    .venv/bin/python -m tests.benchmarks.cold_path                  # all scales
    .venv/bin/python -m tests.benchmarks.cold_path --scales 1k,100k --rounds 3
"""

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from app.config import Settings
from app.main import create_app
from seeds.synthetic import synthetic_codes
from tests.asgi import asgi_get

SCALES = {"1k": 1, "100k": 100, "1m": 1000}  # synthetic countries of YEARS years
YEARS = 36
CLI = Path(sys.executable).with_name("migration-profiles")
IDENTITY = [(b"accept-encoding", b"identity")]


def reads(code: str) -> dict[str, tuple[str, str]]:
    """The main reads, as (path, query string)."""
    return {
        "R1 indicator series": (f"/api/v1/countries/{code}/indicators/population", ""),
        "R2 observations x1000": ("/api/v1/observations", f"country={code}&limit=1000"),
        "latest values": ("/api/v1/observations", f"country={code}&latest=true&limit=1000"),
        "country indicators": (f"/api/v1/countries/{code}/indicators", ""),
        "profile": (f"/api/v1/countries/{code}/profile", ""),
        "R1 as_of": (
            f"/api/v1/countries/{code}/indicators/population",
            "as_of=2999-01-01T00:00:00Z",
        ),
    }


def database(home: Path, countries: int) -> str:
    path = home / f"project-{countries}-{YEARS}.sqlite3"
    if not path.exists():
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{path}"}
        command = [str(CLI), "generate", "--countries", str(countries), "--years", str(YEARS)]
        subprocess.run(command, env=env, check=True)
    return f"sqlite:///{path}"


async def run(scales: list[str], rounds: int, requests: int, home: Path) -> None:
    apps = {}
    for scale in scales:
        countries = SCALES[scale]
        settings = Settings(database_url=database(home, countries), response_cache=False)
        apps[scale] = (create_app(settings), synthetic_codes(countries)[0][0])
    times: dict[tuple[str, str], list[float]] = {}
    for round_ in range(rounds + 1):  # round 0 warms up
        order = scales if round_ % 2 else list(reversed(scales))
        for scale in order:
            app, code = apps[scale]
            for name, (path, query) in reads(code).items():
                for _ in range(requests):
                    start = time.perf_counter()
                    status, _, _ = await asgi_get(app, path, query.encode(), IDENTITY)
                    elapsed = time.perf_counter() - start
                    if status != 200:
                        raise SystemExit(f"{scale} {name}: HTTP {status}")
                    if round_:
                        times.setdefault((scale, name), []).append(elapsed)

    base = scales[0]
    print(f"cold path, response cache off; median ms per request; ratio to {base}")
    print(f"{'read':<24}" + "".join(f"{s:>10}{'ratio':>8}" for s in scales))
    for name in reads("XA"):
        line = f"{name:<24}"
        base_ms = statistics.median(times[(base, name)]) * 1e3
        for scale in scales:
            ms = statistics.median(times[(scale, name)]) * 1e3
            line += f"{ms:>10.2f}{ms / base_ms:>8.2f}"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1k,100k,1m", help="comma-separated: 1k, 100k, 1m")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=20, help="per read, scale and round")
    home = os.environ.get("BENCH_HOME", "/tmp/peer-bench")  # noqa: S108 (the peer harness's)
    parser.add_argument("--home", type=Path, default=Path(home), help="where databases are kept")
    args = parser.parse_args()
    scales = args.scales.split(",")
    if unknown := [s for s in scales if s not in SCALES]:
        parser.error(f"unknown scale: {', '.join(unknown)}")
    args.home.mkdir(parents=True, exist_ok=True)
    asyncio.run(run(scales, args.rounds, args.requests, args.home))


if __name__ == "__main__":
    main()
