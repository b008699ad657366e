#!/usr/bin/env bash
# Navigation in the workspace (issue 19): a coordinator of Stederen goes round the menu (register pages, the home
# page and instrument pages) in headless Chromium, clicking as a person would, on the benchmark's own server
# (buurtwijzer-bench, port 19580) with MariaDB. Measures the time from a click until the page is shown, and the
# statements the server sends per navigation (MariaDB's general log over the measured rounds).
# Usage: bash deployment/bench/navigation-bench.sh [rounds, default 10]   (SKIP_BUILD=1 reuses the last build)
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
. deployment/bench/common.sh
ROUNDS="${1:-10}"
PORT="${BENCH_HTTP_PORT:-19580}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))" BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd-2026"
export BUURTWIJZER_TENANT_CONFIG="$PWD/tenant-config/demo" BUURTWIJZER_BUNDLED_PLUGINS="$PWD/deployment/target/bundled-plugins"
PATHS="stederen/register/actors,stederen/register/initiatives,stederen,stederen/instrument/spiderweb/webs,stederen/register/neighbourhoods,stederen/instrument/typology/initiatives"
command -v chromium >/dev/null && command -v chromedriver >/dev/null || { echo "needs chromium and chromium-driver (bash deployment/bin/test.sh installs them)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'bench_stop; bench_mariadb_stop "$WORK"; [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK"' EXIT
[ "${SKIP_BUILD:-}" = 1 ] || bench_build
mvn -B -q -o -pl deployment test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
bench_mariadb_start deployment/target/bench-mariadb "$WORK"
bench_use_mariadb
bench_start
CP="deployment/target/test-classes:$(cat deployment/target/bench.classpath)"
LOG="$WORK/general.log"
"$JAVA_HOME/bin/java" -cp "$CP" be.buurtwijzer.bench.NavigationBenchmark "http://localhost:$PORT" coordinator@stederen.example \
    "$BUURTWIJZER_DEMO_PASSWORD" "$ROUNDS" "$PATHS" 2>"$WORK/browser.log" | while read -r line; do
  if [ "$line" = measuring ]; then
    bench_sql "SET GLOBAL general_log_file='$LOG'; SET GLOBAL general_log=1"
  else
    echo "$line" > "$WORK/result"
  fi
done
bench_sql "SET GLOBAL general_log=0"
[ -s "$WORK/result" ] || { echo "the browser run failed:" >&2; tail -20 "$WORK/browser.log" >&2; exit 1; }
read -r _ navigations _ median _ p95 < "$WORK/result"
statements=$(grep -cE "^\s*([0-9]+ [0-9:]+\s+)?[0-9]+ (Query|Execute)\s" "$LOG" || true)
per=$(python3 -c "print(f'{$statements / $navigations:.1f}')")
{
  bench_heading "Navigation in the workspace (MariaDB, Chromium)"
  echo "A coordinator of Stederen clicks round the menu ($(echo "$PATHS" | tr ',' ' ')), $ROUNDS rounds after one"
  echo "round of warm-up; time from the click until the page's address and a new title are shown; statements counted"
  echo "in MariaDB's general log over the measured rounds (queries, commits and rollbacks; the browser's own"
  echo "requests for static files send none)."
  echo
  echo "| navigations | median ms | p95 ms | statements per navigation |"
  echo "|---|---|---|---|"
  echo "| $navigations | $median | $p95 | $per |"
} | tee -a deployment/bench/RESULTS.md
