#!/usr/bin/env bash
# The peer benchmark (../shared/bench/peers.py) with this service as a target:
# the service, Datasette and a raw ASGI ceiling on the same data, one run, the
# servers pinned to one core. Arguments go to peers.py (--quick, --scale 100k,
# --scale 1m, --country XAAA, --reuse-db, ...); for the synthetic scales the
# service's database is built with `migration-profiles generate`, the same
# shape of data as the peers'.
#
#   bash ../shared/bench/setup.sh                        # once per machine
#   bash tests/benchmarks/run_peers.sh --quick           # Belgium
#   bash tests/benchmarks/run_peers.sh --scale 1m --country XAAA
#   RESPONSE_CACHE=false bash tests/benchmarks/run_peers.sh --scale 1m
#   SERVE_OPTIONS=--no-access-log bash tests/benchmarks/run_peers.sh   # without the access log
#
# The service runs as `serve` runs by default (the access log on: its lines go
# to the harness's log file); SERVE_OPTIONS adds options to `serve`.
#
# The service's databases are kept in $BENCH_HOME/project-<scale>.sqlite3;
# --reuse-db reuses them as peers.py reuses its own.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
bench=${BENCH_DIR:-$here/../shared/bench}
bench_home=${BENCH_HOME:-/tmp/peer-bench}
cli=$here/.venv/bin/migration-profiles

scale=be countries= years= reuse=
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case ${args[i]} in
    --scale) scale=${args[i + 1]} ;;
    --countries) countries=${args[i + 1]} ;;
    --years) years=${args[i + 1]} ;;
    --reuse-db) reuse=1 ;;
  esac
done
case $scale in
  be) : "${countries:=0}" "${years:=1}" ;;
  100k) : "${countries:=100}" "${years:=36}" ;;
  1m) : "${countries:=1000}" "${years:=36}" ;;
  *) echo "unknown scale: $scale" >&2; exit 2 ;;
esac

mkdir -p "$bench_home"
db=$bench_home/project-$countries-$years.sqlite3
if [[ -z $reuse || ! -f $db ]]; then
  rm -f "$db"
  if ((countries > 0)); then
    DATABASE_URL=sqlite:///$db "$cli" generate --countries "$countries" --years "$years"
  else
    DATABASE_URL=sqlite:///$db "$cli" seed
  fi
fi

# The service's peak resident memory (VmHWM), read while the benchmark runs.
peak=$(mktemp)
echo 0 > "$peak"
(
  set +e +o pipefail  # no server yet is not an error
  while sleep 0.5; do
    pid=$(ss -Hltnp 'sport = :8765' 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
    [[ -n $pid ]] || continue
    kb=$(awk '/^VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    ((kb > $(cat "$peak"))) && echo "$kb" > "$peak"
  done
) &
sampler=$!
trap 'kill $sampler 2>/dev/null || true; echo "service peak RSS: $(( $(cat "$peak") / 1024 )) MB"; rm -f "$peak"' EXIT

cd "$bench"
"$bench_home/.venv/bin/python" peers.py \
  --project-url http://127.0.0.1:8765 \
  --project-r1 '/api/v1/countries/{country}/indicators/{indicator}' \
  --project-r2 '/api/v1/observations?country={country}&limit=1000' \
  --project-cmd "DATABASE_URL=sqlite:///$db RESPONSE_CACHE=${RESPONSE_CACHE:-true} exec $cli serve --host 127.0.0.1 --port 8765 ${SERVE_OPTIONS:-}" \
  --project-cwd "$bench_home" \
  "$@"
