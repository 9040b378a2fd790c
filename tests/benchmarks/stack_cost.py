"""What each layer of the stack costs the two busiest reads, in process.

R1 and R2 for Belgium go straight to the ASGI application (no sockets; the
response cache off, so every request reaches the database, unless `--cached`
asks for repeated reads): first through the whole stack, then with each of
the service's own middleware layers left out in turn. A layer's cost is
the difference it makes; the variants are interleaved round by round so
machine drift cancels, and the best round of each is reported.

    .venv/bin/python -m tests.benchmarks.stack_cost
    .venv/bin/python -m tests.benchmarks.stack_cost --rounds 9 --requests 2000
    .venv/bin/python -m tests.benchmarks.stack_cost --cached     # repeated reads, cache on

The database is DATABASE_URL's (by default `data/bench-belgium.sqlite3`,
seeded on first use). In process, a request costs about two thirds of what it
costs behind uvicorn and a socket, where caches are colder: use the figures
to compare layers, not to predict requests per second.
"""

import argparse
import asyncio
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from starlette.types import ASGIApp

from app.cli import seed_database
from app.config import Settings
from app.main import create_app
from app.migrate import upgrade
from seeds import BELGIUM
from tests.asgi import asgi_get

READS = {
    "R1": ("/api/v1/countries/BE/indicators/population", b""),
    "R2": ("/api/v1/observations", b"country=BE&limit=1000"),
}
IDENTITY = [(b"accept-encoding", b"identity")]


def layers(app: Any) -> list[Any]:
    """The middleware stack, outermost first, down to the router."""
    chain = [app.middleware_stack]
    while hasattr(chain[-1], "app") and chain[-1] is not app.router:
        chain.append(chain[-1].app)
    return chain


@contextmanager
def without(app: Any, layer: Any) -> Iterator[None]:
    """The stack with one layer left out, for as long as the block runs."""
    chain = layers(app)
    position = chain.index(layer)
    if position == 0:
        app.middleware_stack = layer.app
    else:
        chain[position - 1].app = layer.app
    try:
        yield
    finally:
        if position == 0:
            app.middleware_stack = layer
        else:
            chain[position - 1].app = layer


async def per_request(app: ASGIApp, path: str, query: bytes, requests: int) -> float:
    """Microseconds per request, over `requests` requests."""
    start = time.perf_counter()
    for _ in range(requests):
        status, _, _ = await asgi_get(app, path, query, IDENTITY)
        if status != 200:
            raise SystemExit(f"{path}?{query.decode()}: HTTP {status}")
    return (time.perf_counter() - start) / requests * 1e6


async def run(settings: Settings, rounds: int, requests: int) -> None:
    cache = "on" if settings.response_cache else "off"
    app: Any = create_app(settings)
    ours = [layer for layer in layers(app) if type(layer).__module__.startswith("app.")]
    variants: dict[str, Any] = {"whole stack": None}
    variants.update({f"without {type(layer).__name__}": layer for layer in ours})
    best: dict[tuple[str, str], float] = {}
    for round_ in range(rounds + 1):  # round 0 warms up
        order = list(variants.items())
        for name, layer in order if round_ % 2 else reversed(order):
            context: Any = nullcontext() if layer is None else without(app, layer)
            with context:
                for read, (path, query) in READS.items():
                    micros = await per_request(app, path, query, requests)
                    if round_:
                        key = (name, read)
                        best[key] = min(best.get(key, micros), micros)

    print(f"in process, response cache {cache}; best round, µs per request; cost = whole - variant")
    print(f"{'variant':<40}" + "".join(f"{read:>10}{'cost':>8}" for read in READS))
    for name in variants:
        line = f"{name:<40}"
        for read in READS:
            micros = best[(name, read)]
            whole = best[("whole stack", read)]
            line += f"{micros:>10.1f}{whole - micros:>8.1f}"
        print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=1000, help="per read, variant and round")
    parser.add_argument("--cached", action="store_true", help="with the response cache on")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "sqlite:///data/bench-belgium.sqlite3")
    settings = Settings(database_url=url, response_cache=args.cached)
    upgrade(settings)
    seed_database(settings, BELGIUM, only_if_empty=True)
    asyncio.run(run(settings, args.rounds, args.requests))


if __name__ == "__main__":
    main()
