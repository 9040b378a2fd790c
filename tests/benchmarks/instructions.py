"""The main reads counted in instructions, not seconds: a figure that does not
move with the machine's load.

Each read runs in process (the response cache off, straight to the ASGI
application) under valgrind's callgrind, once with a few requests and once
with `--requests` more; the difference, divided by the extra requests, is what
one request costs, start-up and warm-up excluded. The count is the same from
run to run for the same code, inputs and libraries, whatever else the machine
is doing, so two versions of the service compare within a fraction of a
percent where a timed run on a shared machine varies by a quarter. It says
nothing of waiting (threads, sockets, the disk): compare versions with it,
and measure throughput with the peer harness.

    .venv/bin/python -m tests.benchmarks.instructions              # R1, R2, profile, indicators
    .venv/bin/python -m tests.benchmarks.instructions R1 --requests 500

The database is DATABASE_URL's (by default `data/bench-belgium.sqlite3`,
seeded on first use), as for `stack_cost`.
"""

import argparse
import asyncio
import os
import re
import shutil
import subprocess
import sys

from app.cli import seed_database
from app.config import Settings
from app.main import create_app
from app.migrate import upgrade
from seeds import BELGIUM
from tests.asgi import asgi_get
from tests.benchmarks.stack_cost import IDENTITY
from tests.benchmarks.stack_cost import READS as BUSIEST

READS = {
    **BUSIEST,
    "profile": ("/api/v1/countries/BE/profile", b""),
    "indicators": ("/api/v1/countries/BE/indicators", b""),
}
WARM_UP = 20


def _settings() -> Settings:
    url = os.environ.get("DATABASE_URL", "sqlite:///data/bench-belgium.sqlite3")
    return Settings(database_url=url, response_cache=False)


def child(read: str, requests: int) -> None:
    """`requests` requests of one read, in process."""
    path, query = READS[read]
    app = create_app(_settings())

    async def run() -> None:
        async with app.router.lifespan_context(app):
            for _ in range(requests):
                status, _, _ = await asgi_get(app, path, query, IDENTITY)
                if status != 200:
                    raise SystemExit(f"{path}?{query.decode()}: HTTP {status}")

    asyncio.run(run())


def _instructions(valgrind: str, read: str, requests: int) -> int:
    out = subprocess.run(
        [
            valgrind,
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-m",
            "tests.benchmarks.instructions",
            "--child",
            read,
            str(requests),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", out.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from callgrind:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reads", nargs="*", metavar="READ", help=f"of {', '.join(READS)}")
    parser.add_argument("--requests", type=int, default=100, help="counted requests per read")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    unknown = [read for read in args.reads if read not in READS]
    if unknown:
        parser.error(f"unknown read {unknown[0]!r}: one of {', '.join(READS)}")
    settings = _settings()
    upgrade(settings)
    seed_database(settings, BELGIUM, only_if_empty=True)
    print(f"in process, response cache off; instructions per request, over {args.requests}")
    for read in args.reads or READS:
        few = _instructions(valgrind, read, WARM_UP)
        more = _instructions(valgrind, read, WARM_UP + args.requests)
        print(f"{read:<12}{(more - few) / args.requests:>14,.0f}")


if __name__ == "__main__":
    main()
