#!/usr/bin/env bash
# Benchmark of the plugin runtime: memory and class loaders with 10 plugins for 10 versus 1,000
# municipalities (cost must follow plugins, not tenants x plugins), and the time from approving a
# new release to its first successful call. Loopback only, bounded loops. Appends to RESULTS.md.
# Usage: bash deployment/bench/plugin-bench.sh [large-tenant-count]
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
LARGE="${1:-1000}"
PORT="${BENCH_HTTP_PORT:-19380}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))" BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd"
SERVER=deployment/target/liberty/wlp/usr/servers/buurtwijzer
WORK="$PWD/deployment/target/plugin-bench"
mvn -B -q install -DskipTests -DskipITs
mvn -B -q -pl deployment -Prun -DskipTests -DskipITs package liberty:create
rm -rf "$WORK" && mkdir -p "$WORK"
trap 'deployment/target/liberty/wlp/bin/server stop buurtwijzer >/dev/null 2>&1 || true' EXIT

run_with_tenants() { # count -> prints "heap_mb loaders start_s"
  local count=$1
  python3 deployment/bench/plugin_bench.py prepare "$WORK/$count" "$count" "$PWD/deployment/target/bundled-plugins"
  export BUURTWIJZER_TENANT_CONFIG="$WORK/$count/config" BUURTWIJZER_BUNDLED_PLUGINS="$WORK/$count/plugins"
  rm -rf "$SERVER/data" "$SERVER/logs"
  local t0; t0=$(date +%s.%N)
  deployment/target/liberty/wlp/bin/server start buurtwijzer >/dev/null
  for _ in $(seq 1 1200); do grep -q "CWWKZ0001I\|CWWKZ0002E" "$SERVER/logs/messages.log" 2>/dev/null && break; sleep 0.5; done
  local t1; t1=$(date +%s.%N)
  python3 deployment/bench/plugin_bench.py exercise "http://localhost:$PORT" "$count"
  local pid; pid=$(pgrep -f "ws-server.jar buurtwijzer" | head -1)
  jcmd "$pid" GC.run >/dev/null
  sleep 1
  local heap loaders
  heap=$(jcmd "$pid" GC.heap_info | grep -Eo "used [0-9]+K" | head -1 | grep -Eo "[0-9]+" | awk '{printf "%.0f", $1/1024}')
  loaders=$(jcmd "$pid" VM.classloader_stats | grep -c "ParentFirstPluginClassLoader" || true)
  if [ "$count" = "10" ]; then
    python3 deployment/bench/plugin_bench.py approval "http://localhost:$PORT" "$WORK" > "$WORK/approval.txt"
  fi
  deployment/target/liberty/wlp/bin/server stop buurtwijzer >/dev/null
  echo "$heap $loaders $(python3 -c "print(round($t1 - $t0, 1))")"
}

small=$(run_with_tenants 10)
large=$(run_with_tenants "$LARGE")
read -r s_heap s_loaders s_start <<< "$small"
read -r l_heap l_loaders l_start <<< "$large"
{
  echo
  echo "## Plugins: $(date -u +%Y-%m-%d) — $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo
  echo "10 copies of the bundled progress log under distinct ids; every municipality subscribed to all 10;"
  echo "each plugin called in up to 50 municipalities; heap used after a full GC (jcmd GC.run)."
  echo
  echo "| municipalities | plugins | plugin class loaders | heap used after GC | server start incl. tenant-config |"
  echo "|---|---|---|---|---|"
  echo "| 10 | 10 | $s_loaders | $s_heap MB | $s_start s |"
  echo "| $LARGE | 10 | $l_loaders | $l_heap MB | $l_start s |"
  echo
  cat "$WORK/approval.txt"
} | tee -a deployment/bench/RESULTS.md
