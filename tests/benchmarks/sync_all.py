"""The full sync of every country against a local fake upstream, against
downloading the same pages with a bare httpx client, in one run.

The fake upstream (`tests/fake_upstream.py` with `--countries` generated
countries and ten years, every mapped series) runs in a process of its own,
pinned to CPU 1; each measured run is a fresh process pinned to CPU 0 that
reports its own time (imports excluded) and peak resident memory. A sync run
freezes its start-up objects first, as the sync commands do, and starts from
a copy of a database with Belgium loaded and nothing synced (the first fill:
every value inserted with its revision); the download asks for exactly the
pages the sync asks for. Rounds alternate the two, so drift
cancels; the medians and their ratio are printed.

    .venv/bin/python -m tests.benchmarks.sync_all
    .venv/bin/python -m tests.benchmarks.sync_all --rounds 5 --countries 200
    .venv/bin/python -m tests.benchmarks.sync_all --database-url postgresql://postgres@127.0.0.1/bench

With `--database-url` (PostgreSQL), each sync round starts from that database
emptied and seeded again.
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

PAGE = 1000


def _pinned(cpu: int) -> list[str]:
    return ["taskset", "-c", str(cpu)] if shutil.which("taskset") else []


def upstream_app():  # type: ignore[no-untyped-def]
    """The fake upstream as an ASGI app (for uvicorn --factory)."""
    from tests.fake_upstream import FakeUpstream

    return FakeUpstream(countries=int(os.environ["BENCH_COUNTRIES"])).asgi


def _download(base: str) -> None:
    """The pages a full sync asks for, with a bare client."""
    from app.sync import mappings

    with httpx.Client(timeout=30) as client:
        client.get(f"{base}/v2/source/2", params={"format": "json"}).raise_for_status()
        for series in mappings.WORLD_BANK:
            page, pages = 1, 1
            while page <= pages:
                answer = client.get(
                    f"{base}/v2/country/all/indicator/{series.upstream}",
                    params={"format": "json", "date": "2016:2026", "per_page": PAGE, "page": page},
                )
                pages = answer.json()[0]["pages"]
                page += 1
        client.get(f"{base}/population/v1/years/", params={"limit": 500}).raise_for_status()
        page, pages = 1, 1
        while page <= pages:
            answer = client.get(
                f"{base}/population/v1/population/",
                params={
                    "coa_all": "true",
                    "cf_type": "ISO",
                    "yearFrom": 2016,
                    "yearTo": 2026,
                    "limit": PAGE,
                    "page": page,
                },
            )
            pages = answer.json()["maxPages"]
            page += 1


def _sync(base: str, database_url: str) -> None:
    from app.config import Settings
    from app.db import Database, create_db_engine
    from app.sync.service import sync_all

    settings = Settings(  # type: ignore[call-arg]
        database_url=database_url,
        worldbank_api_url=f"{base}/v2",
        unhcr_api_url=f"{base}/population/v1",
        sync_page_size=PAGE,
        _env_file=None,
    )
    engine = create_db_engine(settings)
    try:
        reports = sync_all(Database(engine), settings)
    finally:
        engine.dispose()
    failures = [f for r in reports for f in r.failures]
    if failures:
        raise SystemExit(f"sync failed: {failures}")


def child(kind: str, base: str, database_url: str) -> None:
    """One measured run; prints its seconds and peak resident memory as JSON."""
    if kind == "sync":
        import app.sync.service  # noqa: F401 (imports are not the sync's time)
        from app.main import freeze_startup_objects

        freeze_startup_objects()  # as the sync commands do before they sync
    started = time.perf_counter()
    if kind == "sync":
        _sync(base, database_url)
    else:
        _download(base)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def _fresh_database(template: Path, work: Path, database_url: str | None) -> str:
    if database_url is None:
        target = work / "sync.sqlite3"
        shutil.copyfile(template, target)
        return f"sqlite:///{target}"
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    _seed(database_url)
    return database_url


def _seed(database_url: str) -> None:
    env = {**os.environ, "DATABASE_URL": database_url}
    subprocess.run([sys.executable, "-m", "app", "seed"], env=env, check=True, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--countries", type=int, default=200)
    parser.add_argument("--database-url", help="PostgreSQL; default: an SQLite file")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return

    from tests.server import free_port

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "BENCH_COUNTRIES": str(args.countries)}
    upstream = subprocess.Popen(
        [
            *_pinned(1),
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "tests.benchmarks.sync_all:upstream_app",
            "--port",
            str(port),
            "--interface",
            "asgi3",
            "--log-level",
            "warning",
        ],
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/population/v1/years/", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or upstream.poll() is not None:
                    raise SystemExit("the fake upstream did not start") from None
                time.sleep(0.2)
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            template = work / "template.sqlite3"
            if args.database_url is None:
                _seed(f"sqlite:///{template}")
            results: dict[str, list[dict[str, float]]] = {"download": [], "sync": []}
            for n in range(args.rounds):
                order = ("download", "sync") if n % 2 == 0 else ("sync", "download")
                for kind in order:
                    url = (
                        _fresh_database(template, work, args.database_url) if kind == "sync" else ""
                    )
                    out = subprocess.run(
                        [
                            *_pinned(0),
                            sys.executable,
                            "-m",
                            "tests.benchmarks.sync_all",
                            "--child",
                            kind,
                            base,
                            url or "-",
                        ],
                        capture_output=True,
                        text=True,
                        check=True,
                    )
                    results[kind].append(json.loads(out.stdout.strip().splitlines()[-1]))
    finally:
        upstream.terminate()
        upstream.wait(timeout=10)
    download = statistics.median(r["seconds"] for r in results["download"])
    synced = statistics.median(r["seconds"] for r in results["sync"])
    print(f"{args.countries} generated countries, 11 World Bank series and UNHCR, 10 years")
    print(f"{'':10} {'median s':>9} {'runs s':>24} {'peak MB':>8}")
    for kind, median in (("download", download), ("sync", synced)):
        runs = " ".join(f"{r['seconds']:.2f}" for r in results[kind])
        peak = max(r["peak_mb"] for r in results[kind])
        print(f"{kind:10} {median:9.2f} {runs:>24} {peak:8.0f}")
    print(f"sync / download: {synced / download:.2f}")


if __name__ == "__main__":
    main()
