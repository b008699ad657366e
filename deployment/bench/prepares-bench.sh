#!/usr/bin/env bash
# How often EclipseLink prepares a query's SQL per request, counted exactly: a JFR method trace
# (JDK 25, JEP 520) of org.eclipse.persistence.queries.DatabaseQuery.prepare over N sequential
# requests after a warm-up, on the benchmark's own server (buurtwijzer-bench, port 19580) with the
# embedded H2 demo. A prepared query keeps its SQL; preparing it again at every execution was 10-12 %
# of the server's CPU under load (RESULTS.md, "Issue 19"). For each request: preparations per request
# and the application method that caused them. Appends a section to deployment/bench/RESULTS.md.
# Usage: bash deployment/bench/prepares-bench.sh [requests per kind, default 20]
#   SKIP_BUILD=1 reuses the last build.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
. deployment/bench/common.sh
REQUESTS="${1:-20}"
PORT="${BENCH_HTTP_PORT:-19580}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))" BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd-2026"
export BUURTWIJZER_TENANT_CONFIG="$PWD/tenant-config/demo" BUURTWIJZER_BUNDLED_PLUGINS="$PWD/deployment/target/bundled-plugins"
unset DB_URL DB_USER DB_PASSWORD DB_DATASOURCECLASS
BASE="http://localhost:$PORT/api/v1/tenants/stederen"
USER_PASSWORD="coordinator@stederen.example:$BUURTWIJZER_DEMO_PASSWORD"
WORK=$(mktemp -d)
trap 'bench_stop; rm -rf "$WORK"' EXIT

list() { curl -sf -o /dev/null -u "$USER_PASSWORD" "$BASE/$1?size=20"; }
create() { curl -sf -o /dev/null -u "$USER_PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Prepared $RANDOM-$RANDOM-$1\",\"kind\":\"OTHER\",\"sector\":\"OTHER\"}" "$BASE/actors"; }

# traces N calls of "$@" (a function and its argument); prints per request and by cause, as "count|cause" lines
traced() { # name command argument
  local name=$1 file="$WORK/$1.jfr"
  shift
  for i in 1 2 3; do "$@" "$i"; done
  "$JAVA_HOME/bin/jcmd" "$(bench_pid)" JFR.start name=prepares \
    method-trace='org.eclipse.persistence.queries.DatabaseQuery::prepare' filename="$file" >/dev/null
  for i in $(seq "$REQUESTS"); do "$@" "$i"; done
  "$JAVA_HOME/bin/jcmd" "$(bench_pid)" JFR.stop name=prepares >/dev/null
  "$JAVA_HOME/bin/jfr" print --stack-depth 64 --events jdk.MethodTrace "$file" > "$WORK/$name.txt"
  python3 - "$WORK/$name.txt" "$REQUESTS" <<'PY'
import collections, re, sys
events = open(sys.argv[1]).read().split('jdk.MethodTrace {')[1:]
requests = int(sys.argv[2])
causes = collections.Counter()
for event in events:
    frames = [f.strip() for f in re.findall(r'^\s{4}(\S.*?)$', event, re.M) if '(' in f]
    ours = [f for f in frames if f.startswith('be.buurtwijzer') and 'Proxy' not in f]
    method = re.sub(r'\(.*', '', ours[0]) if ours else 'outside the application'
    causes['.'.join(method.split('.')[-2:])] += 1
print(f"{len(events) / requests:.2f}|" + "; ".join(f"{c} {n / requests:.2f}" for c, n in causes.most_common()))
PY
}

[ "${SKIP_BUILD:-}" = 1 ] || bench_build
bench_start
ROWS="$WORK/rows"
echo "list of initiatives (page of 20)|$(traced initiatives list initiatives)" >> "$ROWS"
echo "list of actors (page of 20)|$(traced actors list actors)" >> "$ROWS"
echo "create an actor (+ audit entry)|$(traced create create)" >> "$ROWS"
bench_stop

{
  bench_heading "Query preparations per request (EclipseLink, JFR method trace)"
  echo "\`DatabaseQuery.prepare\` calls over $REQUESTS sequential requests after a warm-up, embedded H2 demo, as"
  echo "coordinator of Stederen. \"Where\" names the first application method on the stack and its share per request."
  echo
  echo "| request | preparations per request | where |"
  echo "|---|---|---|"
  while IFS='|' read -r what count causes; do
    echo "| $what | $count | ${causes:-none} |"
  done < "$ROWS"
} | tee -a deployment/bench/RESULTS.md
