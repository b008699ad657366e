#!/usr/bin/env bash
# Benchmark of the workspace: retained heap per logged-in session on the dashboard, and first and
# repeat page times, in headless Chromium against the embedded demo. Loopback only, bounded.
# Usage: bash deployment/bench/session-bench.sh [sessions]
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
N="${1:-60}"
PORT="${BENCH_HTTP_PORT:-19480}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))" BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd"
export BUURTWIJZER_TENANT_CONFIG="$PWD/tenant-config/demo" BUURTWIJZER_BUNDLED_PLUGINS="$PWD/deployment/target/bundled-plugins"
SERVER=deployment/target/liberty/wlp/usr/servers/buurtwijzer
mvn -B -q install -DskipTests -DskipITs
mvn -B -q -pl deployment -Prun -DskipTests -DskipITs package liberty:create
mvn -B -q -pl deployment test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
rm -rf "$SERVER/data" "$SERVER/logs"
deployment/target/liberty/wlp/bin/server start buurtwijzer >/dev/null
trap 'deployment/target/liberty/wlp/bin/server stop buurtwijzer >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 240); do grep -q "CWWKZ0001I" "$SERVER/logs/messages.log" 2>/dev/null && break; sleep 0.5; done
CP="deployment/target/test-classes:$(cat deployment/target/bench.classpath)"
run() { java -cp "$CP" be.buurtwijzer.bench.SessionBenchmark "http://localhost:$PORT" coordinator@stederen.example "$BUURTWIJZER_DEMO_PASSWORD" "$1" 2>/dev/null | tail -1; }
heap() {
  local pid; pid=$(pgrep -f "ws-server.jar buurtwijzer" | head -1)
  jcmd "$pid" GC.run >/dev/null; sleep 1
  jcmd "$pid" GC.heap_info | grep -Eo "used [0-9]+K" | head -1 | grep -Eo "[0-9]+"
}
run 2 >/dev/null                      # warm up: classes, JIT, caches
before=$(heap)
times=$(run "$N")
after=$(heap)
pid=$(pgrep -f "ws-server.jar buurtwijzer" | head -1)
sessions=$(jcmd "$pid" GC.class_histogram | awk '$4 == "com.vaadin.flow.server.VaadinSession" {print $2}')
per=$(( (after - before) / N ))
{
  echo
  echo "## Workspace sessions: $(date -u +%Y-%m-%d) — $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
  echo
  echo "$N coordinator sessions logged in to the dashboard one after another and left alive (headless Chromium)."
  echo
  echo "| what | figure |"
  echo "|---|---|"
  echo "| live VaadinSession objects on the server afterwards | ${sessions:-0} |"
  echo "| heap used after full GC: before, after | ${before} KB, ${after} KB |"
  echo "| retained heap per session ((after - before) / $N) | ${per} KB |"
  echo "| median first page load after log-in | $(echo "$times" | awk '{print $2}') ms |"
  echo "| median repeat page load (reload) | $(echo "$times" | awk '{print $4}') ms |"
} | tee -a deployment/bench/RESULTS.md
