#!/usr/bin/env bash
# Benchmark of the foundation: build, server start-up, application start, first (PBKDF2) log-in,
# and REST latencies on the embedded H2 demo. Appends a dated section to deployment/bench/RESULTS.md.
# Traffic goes to localhost only; every loop is bounded. Usage: bash deployment/bench/api-bench.sh [requests]
set -euo pipefail
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
N="${1:-300}"
PORT="${BENCH_HTTP_PORT:-19280}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))"
export BUURTWIJZER_TENANT_CONFIG="$PWD/tenant-config/demo" BUURTWIJZER_BUNDLED_PLUGINS="$PWD/deployment/target/bundled-plugins" BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd"
SERVER=deployment/target/liberty/wlp/usr/servers/buurtwijzer
BASE="http://localhost:$PORT/api/v1"
USER_PW="coordinator@stederen.example:$BUURTWIJZER_DEMO_PASSWORD"

t0=$(date +%s.%N)
mvn -B -q install -DskipTests -DskipITs
mvn -B -q -pl deployment -Prun -DskipTests -DskipITs package liberty:create
t1=$(date +%s.%N)
rm -rf "$SERVER/data" "$SERVER/logs"
deployment/target/liberty/wlp/bin/server start buurtwijzer >/dev/null
trap 'deployment/target/liberty/wlp/bin/server stop buurtwijzer >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 240); do
  grep -q "CWWKZ0001I" "$SERVER/logs/messages.log" 2>/dev/null && break
  sleep 0.5
done
t2=$(date +%s.%N)
app_start=$(grep -o "Application buurtwijzer started in [0-9.]* seconds" "$SERVER/logs/messages.log" | grep -o "[0-9.]*" | head -1)

first_login=$(curl -s -o /dev/null -w "%{time_total}" -u "$USER_PW" "$BASE/me")
lat() { # method path [body] -> one time_total per line
  local method=$1 path=$2 body=${3:-}
  for i in $(seq 1 "$N"); do
    if [ -n "$body" ]; then
      curl -s -o /dev/null -w "%{time_total}\n" -u "$USER_PW" -X "$method" -H 'Content-Type: application/json' \
        -d "${body//@N@/$i-$RANDOM}" "$BASE$path"
    else
      curl -s -o /dev/null -w "%{time_total}\n" -u "$USER_PW" "$BASE$path"
    fi
  done
}
calc() { python3 -c "print($1)"; }
stats() { python3 -c '
import sys, statistics
xs = sorted(float(x) * 1000 for x in sys.stdin if x.strip())
p = lambda q: xs[min(len(xs) - 1, int(q * len(xs)))]
print(f"{len(xs)} | {statistics.median(xs):.1f} | {p(0.95):.1f} | {p(0.99):.1f} | {max(xs):.1f}")'; }
list_stats=$(lat GET "/tenants/stederen/initiatives?size=20" | stats)
get_stats=$(lat GET "/me" | stats)
create_stats=$(lat POST "/tenants/stederen/actors" '{"name":"Bench actor @N@","kind":"OTHER","sector":"CARE"}' | stats)
big_list_stats=$(lat GET "/tenants/stederen/actors?size=200&sort=-createdAt" | stats)
rss=$(ps -o rss= -p "$(pgrep -f 'ws-server.jar' | head -1)" | awk '{printf "%.0f MB", $1/1024}')

{
  echo
  echo "## $(date -u +%Y-%m-%d) — $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo
  echo "| what | figure |"
  echo "|---|---|"
  printf "| build (mvn install, warm Maven cache) + server layout | %.1f s |\n" "$(calc "$t1 - $t0")"
  printf "| server start to application started (empty H2, migrations, demo config) | %.1f s |\n" "$(calc "$t2 - $t1")"
  echo "| application start reported by Liberty | ${app_start} s |"
  printf "| first log-in of a user (PBKDF2-SHA512, 210,000 iterations) | %.0f ms |\n" "$(calc "$first_login * 1000")"
  echo "| server resident memory after the run | ${rss} |"
  echo
  echo "Latency per request, sequential curl over loopback (ms):"
  echo
  echo "| request | n | median | p95 | p99 | max |"
  echo "|---|---|---|---|---|---|"
  echo "| GET /me | $get_stats |"
  echo "| GET initiatives, page of 20 | $list_stats |"
  echo "| POST actor (create + audit) | $create_stats |"
  echo "| GET actors, page of 200 (after the creates) | $big_list_stats |"
} | tee -a deployment/bench/RESULTS.md
