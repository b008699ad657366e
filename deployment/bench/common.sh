# Shared by the benchmark scripts (sourced): own server name and ports, so a benchmark runs beside
# the product and the tests; the heading every RESULTS.md section starts with.
BENCH_SERVER="${BENCH_SERVER:-buurtwijzer-bench}"
BENCH_SERVER_DIR="deployment/target/liberty/wlp/usr/servers/$BENCH_SERVER"
BENCH_COMMAND="bash deployment/bench/$(basename "$0")${*:+ $*}"

# Builds without tests and lays out the benchmark's own Liberty server.
bench_build() {
  mvn -B -q install -DskipTests -DskipITs
  mvn -B -q -pl deployment -Prun -DskipTests -DskipITs -Dliberty.server.name="$BENCH_SERVER" liberty:create package
}

bench_start() {
  rm -rf "$BENCH_SERVER_DIR/data" "$BENCH_SERVER_DIR/logs"
  deployment/target/liberty/wlp/bin/server start "$BENCH_SERVER" >/dev/null
  for _ in $(seq 1 2400); do
    grep -q "CWWKZ0001I\|CWWKZ0002E" "$BENCH_SERVER_DIR/logs/messages.log" 2>/dev/null && break
    sleep 0.25
  done
  if ! grep -q "CWWKZ0001I" "$BENCH_SERVER_DIR/logs/messages.log" 2>/dev/null; then
    echo "the benchmark server did not start; see $BENCH_SERVER_DIR/logs" >&2
    return 1
  fi
}

bench_stop() {
  deployment/target/liberty/wlp/bin/server stop "$BENCH_SERVER" >/dev/null 2>&1 || true
}

bench_pid() {
  pgrep -f "ws-server.jar $BENCH_SERVER" | head -1
}

# "## <title>" and the lines that make the figures reproducible: commit, date, machine, command.
bench_heading() {
  local commit dirty=""
  commit=$(git rev-parse --short=12 HEAD)
  git diff --quiet HEAD -- . ':!deployment/bench/RESULTS.md' || dirty=" (with uncommitted changes)"
  echo
  echo "## $1"
  echo
  echo "- commit: \`$commit\`$dirty"
  echo "- date: $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "- command: \`$BENCH_COMMAND\`"
  echo
}
