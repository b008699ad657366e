#!/usr/bin/env bash
# Benchmark of the workspace: retained heap per logged-in session on the dashboard, and the time
# until the workspace is shown after log-in and after a reload, in headless Chromium against the
# embedded demo on its own server (buurtwijzer-bench, port 19480). Appends to RESULTS.md.
# Usage: bash deployment/bench/session-bench.sh [sessions, default 100]; SKIP_BUILD=1 reuses the last build
#   PAGES="/stederen/register/actors,/stederen/instrument/spiderweb/webs,/stederen/instrument/activity-packages/plans" makes every session active: after the dashboard it
#   opens these pages and stays on the last one.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
. deployment/bench/common.sh
N="${1:-100}"
PORT="${BENCH_HTTP_PORT:-19480}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))" BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd-2026"
export BUURTWIJZER_TENANT_CONFIG="$PWD/tenant-config/demo" BUURTWIJZER_BUNDLED_PLUGINS="$PWD/deployment/target/bundled-plugins"
command -v chromium >/dev/null && command -v chromedriver >/dev/null || { echo "needs chromium and chromium-driver (bash deployment/bin/test.sh installs them)" >&2; exit 1; }
[ "${SKIP_BUILD:-}" = 1 ] || bench_build
mvn -B -q -pl deployment test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
trap bench_stop EXIT
bench_start
CP="deployment/target/test-classes:$(cat deployment/target/bench.classpath)"
run() { "$JAVA_HOME/bin/java" -cp "$CP" be.buurtwijzer.bench.SessionBenchmark "http://localhost:$PORT" coordinator@stederen.example "$BUURTWIJZER_DEMO_PASSWORD" "$1" ${PAGES:+"$PAGES"} 2>/dev/null | tail -1; }
# heap used after a full GC, the lowest of three (a first collection can leave what a second one frees)
heap() {
  local pid low=""; pid=$(bench_pid)
  for _ in 1 2 3; do
    "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null; sleep 1
    local used; used=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | grep -Eo "used [0-9]+K" | head -1 | grep -Eo "[0-9]+")
    if [ -z "$low" ] || [ "$used" -lt "$low" ]; then low=$used; fi
  done
  echo "$low"
}
# the live objects of Vaadin and of the workspace's own classes (KB): what a session holds, without the noise
ui_objects() {
  "$JAVA_HOME/bin/jcmd" "$(bench_pid)" GC.class_histogram | awk '$4 ~ /^(com\.vaadin|be\.buurtwijzer\.ui)/ {s += $3} END {print int(s / 1024)}'
}
run 2 >/dev/null                      # warm up: classes, JIT, caches
before=$(heap)
ui_before=$(ui_objects)
times=$(run "$N")
after=$(heap)
ui_after=$(ui_objects)
ui_per=$(( (ui_after - ui_before) / N ))
sessions=$("$JAVA_HOME/bin/jcmd" "$(bench_pid)" GC.class_histogram | awk '$4 == "com.vaadin.flow.server.VaadinSession" {print $2}')
per=$(( (after - before) / N ))
read -r _ first_median _ repeat_median _ first_p95 _ repeat_p95 <<< "$times"
{
  bench_heading "Workspace sessions${PAGES:+ (active: pages opened)}"
  echo "$N coordinator sessions (Stad Stederen) logged in to the dashboard one after another in headless"
  echo "Chromium and left alive; 2 warm-up sessions before. \"Shown\" means the navigation, the dashboard's"
  echo "title and its cards are in the page (polled every 5 ms), not the document's load event."
  if [ -n "${PAGES:-}" ]; then echo "After the reload every session opened, in turn, and stayed on the last: \`${PAGES//,/\`, \`}\`."; fi
  echo
  echo "| what | figure |"
  echo "|---|---|"
  echo "| live VaadinSession objects on the server afterwards | ${sessions:-0} |"
  echo "| heap used after full GC: before, after | ${before} KB, ${after} KB |"
  echo "| retained heap per session ((after - before) / $N) | ${per} KB |"
  echo "| live Vaadin and workspace objects: before, after, per session | ${ui_before} KB, ${ui_after} KB, ${ui_per} KB |"
  echo "| from pressing Enter on the log-in form to the workspace shown: median, p95 | ${first_median} ms, ${first_p95} ms |"
  echo "| from asking for a reload to the workspace shown: median, p95 | ${repeat_median} ms, ${repeat_p95} ms |"
} | tee -a deployment/bench/RESULTS.md
