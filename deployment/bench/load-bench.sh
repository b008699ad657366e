#!/usr/bin/env bash
# Throughput and latency under load, measured side by side on the embedded H2 demo and on MariaDB
# (the same binaries the integration tests unpack from Maven, through MySQL Connector/J), with wrk
# (Debian package) over loopback, on the benchmark's own server (buurtwijzer-bench, port 19580), so it
# runs beside the product and the tests. Per database: the trivial endpoint, a tenant-scoped list (a
# page of 20 initiatives as coordinator of Stederen) at 16 and 64 connections, and a write (create an
# actor + its audit entry) at 16 connections. Every reply's status is counted: a run with errors says so.
# The trivial endpoint and the list alternate ROUNDS times (3) at each number of connections: the machine's speed
# drifts by tens of percent within minutes on a shared host, so each round's ratio compares neighbours in time, and
# the table gives the median over the rounds (the worst p99).
# Appends a section to deployment/bench/RESULTS.md.
# Usage: bash deployment/bench/load-bench.sh [seconds per run, default 15]
#   WARMUP_SECONDS (90) of list and 20 s of /health/live at 64 connections come first on each database, and
#   WRITE_WARMUP_SECONDS (45) of writes at 16 before the write is measured;
#   SKIP_BUILD=1 reuses the last build; DATABASES="h2" or "mariadb" measures one of them;
#   JFR=1 records a Java Flight Recording of the list at 64 connections (deployment/target/bench-*.jfr).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
ROOT="$PWD"
. deployment/bin/jdk.sh
. deployment/bench/common.sh
export SECONDS_PER_RUN="${1:-15}"
PORT="${BENCH_HTTP_PORT:-19580}"
DATABASES="${DATABASES:-h2 mariadb}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))" BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd-2026"
export BUURTWIJZER_TENANT_CONFIG="$PWD/tenant-config/demo" BUURTWIJZER_BUNDLED_PLUGINS="$PWD/deployment/target/bundled-plugins"
BASE="http://localhost:$PORT"
AUTH="Basic $(printf '%s' "coordinator@stederen.example:$BUURTWIJZER_DEMO_PASSWORD" | base64 -w0)"
MARIADB_DATA="deployment/target/bench-mariadb"
WORK=$(mktemp -d)
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }

trap 'bench_stop; bench_mariadb_stop "$WORK"; rm -rf "$WORK"' EXIT

# CPU time a process has used so far, in clock ticks (user + system), from /proc; 0 when there is no process
ticks() { # pid
  [ -n "$1" ] && [ -r "/proc/$1/stat" ] || { echo 0; return; }
  awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"
}

# wrk with the coordinator's credentials; prints "req/s p50 p99 errors server-cpu db-cpu": latencies in ms, and
# the CPU the server and MariaDB spent per request in ms (steadier than req/s on a shared machine; "-" for H2,
# which runs inside the server)
load() { # connections path [lua script]
  local server db s0 d0 out rps
  server=$(bench_pid); db=$( [ -f "$WORK/mariadb.pid" ] && cat "$WORK/mariadb.pid" || true )
  s0=$(ticks "$server"); d0=$(ticks "$db")
  out=$(bench_wrk "$AUTH" "$1" "$BASE$2" ${3:+"$3"})
  read -r rps _ <<< "$out"
  python3 - "$out" "$s0" "$(ticks "$server")" "$d0" "$(ticks "$db")" "$rps" "$SECONDS_PER_RUN" "$(getconf CLK_TCK)" "$db" <<'PY'
import sys
out, s0, s1, d0, d1, rps, secs, tck, db = sys.argv[1:]
requests = float(rps) * float(secs)
per = lambda a, b: f"{(int(b) - int(a)) * 1000 / int(tck) / requests:.2f}" if requests else "-"
print(out, per(s0, s1), per(d0, d1) if db else "-")
PY
}

# the rounds of one request (lines of load's output) as "req/s|p50|p99|errors|ratio|server cpu|db cpu": medians,
# but the worst p99 and all errors; the ratio, given the rounds of /health/live, is the median of the rounds' ratios
# (each round's list against the /health/live run just before it), else empty
rounds() { # rounds-file [live-rounds-file]
  python3 - "$@" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
med = lambda i: statistics.median(float(r[i]) for r in rows)
cpu = lambda i: "-" if rows[0][i] == "-" else f"{med(i):.2f}"
out = [f"{med(0):.0f}", f"{med(1):.1f}", f"{max(float(r[2]) for r in rows):.1f}", str(sum(int(r[3]) for r in rows))]
if len(sys.argv) > 2:
    live = [line.split() for line in open(sys.argv[2]) if line.strip()]
    out.append(f"{statistics.median(float(r[0]) / float(l[0]) for r, l in zip(rows, live)):.3f}")
else:
    out.append("")
print("|".join(out + [cpu(4), cpu(5)]))
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
ROWS="$WORK/rows" POOL="$WORK/pool"
: > "$ROWS" && : > "$POOL"
for db in $DATABASES; do
  if [ "$db" = mariadb ]; then
    bench_mariadb_start "$MARIADB_DATA" "$WORK"
    bench_use_mariadb
  else
    unset DB_URL DB_USER DB_PASSWORD DB_DATASOURCECLASS
  fi
  bench_start
  # warm-up: log-in (PBKDF2 once), pools, and the JIT: on two cores the list's CPU per request still fell by
  # half between the first and the third minute under load, so a shorter warm-up measured the compiler
  curl -sf -o /dev/null -H "Authorization: $AUTH" "$BASE/api/v1/tenants/stederen/initiatives?size=20"
  wrk -t2 -c64 -d"${WARMUP_SECONDS:-90}s" -H "Authorization: $AUTH" "$BASE/api/v1/tenants/stederen/initiatives?size=20" >/dev/null
  wrk -t2 -c64 -d20s "$BASE/health/live" >/dev/null
  for c in 16 64; do
    : > "$WORK/live" && : > "$WORK/list"
    for round in $(seq 1 "${ROUNDS:-3}"); do
      load "$c" /health/live >> "$WORK/live"
      if [ "${JFR:-}" = 1 ] && [ "$c" = 64 ] && [ "$round" = 1 ]; then
        "$JAVA_HOME/bin/jcmd" "$(bench_pid)" JFR.start name=list settings=profile filename="$PWD/deployment/target/bench-$db-list.jfr" >/dev/null
      fi
      load "$c" "/api/v1/tenants/stederen/initiatives?size=20" >> "$WORK/list"
      if [ "${JFR:-}" = 1 ] && [ "$c" = 64 ] && [ "$round" = 1 ]; then "$JAVA_HOME/bin/jcmd" "$(bench_pid)" JFR.stop name=list >/dev/null; fi
    done
    echo "$db|GET /health/live|$c|$(rounds "$WORK/live")" | tee -a "$ROWS"
    echo "$db|GET …/stederen/initiatives?size=20|$c|$(rounds "$WORK/list" "$WORK/live")" | tee -a "$ROWS"
  done
  echo "$db|after the lists|$(bench_pool_in_use)" | tee -a "$POOL"
  # the write's own paths (validation, inserts, audit, commit) are compiled while they run: warm them up too
  wrk -t2 -c16 -d"${WRITE_WARMUP_SECONDS:-45}s" -H "Authorization: $AUTH" -s "$WORK/post-actor.lua" \
    "$BASE/api/v1/tenants/stederen/actors" >/dev/null
  load 16 /api/v1/tenants/stederen/actors "$WORK/post-actor.lua" > "$WORK/write"
  echo "$db|POST …/stederen/actors (create + audit)|16|$(rounds "$WORK/write")" | tee -a "$ROWS"
  echo "$db|after the write|$(bench_pool_in_use)" | tee -a "$POOL"
  bench_stop
  bench_mariadb_stop "$WORK"
done

{
  bench_heading "Load: throughput and latency on H2 and MariaDB (wrk)"
  echo "wrk, 2 threads, ${SECONDS_PER_RUN} s per run after a warm-up, over loopback, as coordinator of Stad"
  echo "Stederen (HTTP Basic; the password is verified once with PBKDF2, then remembered). \"Ratio\" is the"
  echo "list's throughput divided by that of \`/health/live\` run just before it at the same number of connections:"
  echo "the two alternate ${ROUNDS:-3} times; the table gives the medians (ratio too, of the rounds' ratios) and the worst p99."
  echo "Errors are non-2xx replies plus socket errors (a write run creates distinct actors, so none are expected)."
  echo "CPU per request is what the server's and MariaDB's processes used during the run (/proc), divided by the"
  echo "requests answered; wrk's own CPU is not in it."
  echo
  echo "| database | request | connections | req/s | p50 ms | p99 ms | errors | ratio to /health/live | server CPU ms/req | MariaDB CPU ms/req |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  while IFS='|' read -r db what c rps p50 p99 err ratio scpu dcpu; do
    echo "| $db | $what | $c | $rps | $p50 | $p99 | $err | $ratio | $scpu | $dcpu |"
  done < "$ROWS"
  echo
  echo "Connections of the database pool in use between runs, when no request is in flight (Liberty's count): a"
  echo "connection in use then is one the server has lost; at the maximum every request waits for one (30 s, then 503)."
  echo
  echo "| database | when | in use | pool size | maximum |"
  echo "|---|---|---|---|---|"
  while IFS='|' read -r db when counts; do
    read -r used size max <<< "$counts"
    echo "| $db | $when | $used | $size | $max |"
  done < "$POOL"
} | tee -a deployment/bench/RESULTS.md
