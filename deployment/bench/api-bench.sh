#!/usr/bin/env bash
# Benchmark of the foundation: build, server start-up, application start, first (PBKDF2) log-in,
# and REST latencies on the embedded H2 demo, on its own server (buurtwijzer-bench, port 19280), so
# it runs beside the product. Every reply's status is checked: an error reply stops the benchmark
# instead of being timed. Appends a section to deployment/bench/RESULTS.md.
# Usage: bash deployment/bench/api-bench.sh [requests per kind, default 300]
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
. deployment/bench/common.sh
N="${1:-300}"
PORT="${BENCH_HTTP_PORT:-19280}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))"
export BUURTWIJZER_TENANT_CONFIG="$PWD/tenant-config/demo" BUURTWIJZER_BUNDLED_PLUGINS="$PWD/deployment/target/bundled-plugins"
export BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd-2026"
BASE="http://localhost:$PORT/api/v1"
USER_PW="coordinator@stederen.example:$BUURTWIJZER_DEMO_PASSWORD"
TIMES=$(mktemp)
trap 'bench_stop; rm -f "$TIMES"' EXIT

t0=$(date +%s.%N)
bench_build
t1=$(date +%s.%N)
bench_start
t2=$(date +%s.%N)
app_start=$(grep -o "Application buurtwijzer started in [0-9.]* seconds" "$BENCH_SERVER_DIR/logs/messages.log" | grep -o "[0-9.]*" | head -1)

# one request; prints its time in seconds, or stops the benchmark when the status is not the expected one
timed() { # expected-status method path [body]
  local expected=$1 method=$2 path=$3 body=${4:-} reply
  if [ -n "$body" ]; then
    reply=$(curl -s -o /dev/null -w "%{http_code} %{time_total}" -u "$USER_PW" -X "$method" \
      -H 'Content-Type: application/json' -d "$body" "$BASE$path")
  else
    reply=$(curl -s -o /dev/null -w "%{http_code} %{time_total}" -u "$USER_PW" -X "$method" "$BASE$path")
  fi
  if [ "${reply%% *}" != "$expected" ]; then
    echo "$method $path answered ${reply%% *}, expected $expected: not timed, benchmark stopped" >&2
    return 1
  fi
  echo "${reply#* }"
}
series() { # expected-status method path [body with @N@] -> stats line
  local body=${4:-}
  : > "$TIMES"
  for i in $(seq 1 "$N"); do
    timed "$1" "$2" "$3" "${body//@N@/$i}" >> "$TIMES" || exit 1
  done
  python3 - "$TIMES" <<'PY'
import statistics, sys
xs = sorted(float(x) * 1000 for x in open(sys.argv[1]) if x.strip())
p = lambda q: xs[min(len(xs) - 1, int(q * len(xs)))]
print(f"{len(xs)} | {statistics.median(xs):.1f} | {p(0.95):.1f} | {p(0.99):.1f} | {max(xs):.1f}")
PY
}

first_login=$(timed 200 GET /me)
get_stats=$(series 200 GET /me)
list_stats=$(series 200 GET "/tenants/stederen/initiatives?size=20")
create_stats=$(series 201 POST /tenants/stederen/actors '{"name":"Bench actor @N@","kind":"OTHER","sector":"CARE"}')
big_list_stats=$(series 200 GET "/tenants/stederen/actors?size=200&sort=-createdAt")
rss=$(ps -o rss= -p "$(bench_pid)" | awk '{printf "%.0f MB", $1/1024}')

{
  bench_heading "REST API on the embedded H2 demo"
  echo "| what | figure |"
  echo "|---|---|"
  printf "| build (mvn install without tests, warm Maven cache) + server layout | %.1f s |\n" "$(python3 -c "print($t1 - $t0)")"
  printf "| server start to application started (empty H2, migrations, demo config) | %.1f s |\n" "$(python3 -c "print($t2 - $t1)")"
  echo "| application start reported by Liberty | ${app_start} s |"
  printf "| first log-in of a user (PBKDF2-SHA512, 210,000 iterations) | %.0f ms |\n" "$(python3 -c "print($first_login * 1000)")"
  echo "| server resident memory after the run | ${rss} |"
  echo
  echo "Latency per request as coordinator of Stederen, sequential curl over loopback, every status checked (ms):"
  echo
  echo "| request | n | median | p95 | p99 | max |"
  echo "|---|---|---|---|---|---|"
  echo "| GET /me → 200 | $get_stats |"
  echo "| GET initiatives, page of 20 → 200 | $list_stats |"
  echo "| POST actor (create + audit) → 201 | $create_stats |"
  echo "| GET actors, page of 200, newest first (after the creates) → 200 | $big_list_stats |"
} | tee -a deployment/bench/RESULTS.md
