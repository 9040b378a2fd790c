#!/usr/bin/env bash
# The peer benchmark (../shared/bench/peers.py) with this service as a target:
# the service, Datasette and a raw ASGI ceiling on the same data, one run, the
# servers pinned to one core. Extra arguments go to peers.py (--quick, --scale).
#
#   bash ../shared/bench/setup.sh        # once per machine: wrk and the bench venv
#   bash tests/benchmarks/run_peers.sh --quick
#
# Belgium scale only for now: the synthetic scales name countries XAAA, ...,
# which the service does not load yet.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
bench=${BENCH_DIR:-$here/../shared/bench}
bench_home=${BENCH_HOME:-/tmp/peer-bench}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
cd "$bench"
"$bench_home/.venv/bin/python" peers.py \
  --project-url http://127.0.0.1:8765 \
  --project-r1 '/api/v1/countries/{country}/indicators/{indicator}' \
  --project-r2 '/api/v1/observations?country={country}&limit=1000' \
  --project-cmd "DATABASE_URL=sqlite:///$data/bench.sqlite3 exec $here/.venv/bin/migration-profiles serve --host 127.0.0.1 --port 8765 --no-access-log" \
  --project-cwd "$data" \
  "$@"
