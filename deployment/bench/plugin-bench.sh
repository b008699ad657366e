#!/usr/bin/env bash
# Benchmark of the plugin runtime: memory and class loaders with 10 plugins for 10 versus 1,000
# municipalities (cost must follow plugins, not municipalities x plugins), every plugin called in
# every municipality, and the time from approving a new release to its first successful call. Own
# server (buurtwijzer-bench, port 19380); every reply's status is checked. Appends to RESULTS.md.
# Usage: bash deployment/bench/plugin-bench.sh [large municipality count, default 1000]
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
. deployment/bench/common.sh
LARGE="${1:-1000}"
PORT="${BENCH_HTTP_PORT:-19380}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))" BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd-2026"
WORK="$PWD/deployment/target/plugin-bench"
bench_build
rm -rf "$WORK" && mkdir -p "$WORK"
trap bench_stop EXIT

run_with_tenants() { # count -> prints "heap_mb loaders start_s calls median_ms p95_ms"
  local count=$1
  python3 deployment/bench/plugin_bench.py prepare "$WORK/$count" "$count" "$PWD/deployment/target/bundled-plugins"
  export BUURTWIJZER_TENANT_CONFIG="$WORK/$count/config" BUURTWIJZER_BUNDLED_PLUGINS="$WORK/$count/plugins"
  local t0 t1 pid heap loaders
  t0=$(date +%s.%N)
  bench_start
  t1=$(date +%s.%N)
  python3 deployment/bench/plugin_bench.py exercise "http://localhost:$PORT" "$count" "$WORK/calls-$count.txt"
  pid=$(bench_pid)
  "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null
  sleep 1
  heap=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | grep -Eo "used [0-9]+K" | head -1 | grep -Eo "[0-9]+" | awk '{printf "%.0f", $1/1024}')
  loaders=$("$JAVA_HOME/bin/jcmd" "$pid" VM.classloader_stats | grep -c "ParentFirstPluginClassLoader" || true)
  if [ "$count" = "10" ]; then
    python3 deployment/bench/plugin_bench.py approval "http://localhost:$PORT" "$WORK" > "$WORK/approval.txt"
  fi
  bench_stop
  echo "$heap $loaders $(python3 -c "print(round($t1 - $t0, 1))") $(cat "$WORK/calls-$count.txt")"
}

small=$(run_with_tenants 10)
large=$(run_with_tenants "$LARGE")
read -r s_heap s_loaders s_start s_calls s_median s_p95 <<< "$small"
read -r l_heap l_loaders l_start l_calls l_median l_p95 <<< "$large"
{
  bench_heading "Plugin runtime: 10 plugins in 10 and in $LARGE municipalities"
  echo "10 copies of the bundled progress log under distinct ids; every municipality subscribed to all 10"
  echo "(tenant-config); then the summary operation of every plugin called once in every municipality,"
  echo "sequentially, each reply checked (200 and a summary); heap used after a full GC (jcmd GC.run)."
  echo
  echo "| municipalities | plugins | plugin class loaders | heap used after GC | server start incl. tenant-config | plugin calls | call median | call p95 |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| 10 | 10 | $s_loaders | $s_heap MB | $s_start s | $s_calls | $s_median ms | $s_p95 ms |"
  echo "| $LARGE | 10 | $l_loaders | $l_heap MB | $l_start s | $l_calls | $l_median ms | $l_p95 ms |"
  echo
  cat "$WORK/approval.txt"
} | tee -a deployment/bench/RESULTS.md
