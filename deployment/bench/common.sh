# Shared by the benchmark scripts (sourced): own server name and ports, so a benchmark runs beside
# the product and the tests; the heading every RESULTS.md section starts with.
BENCH_SERVER="${BENCH_SERVER:-buurtwijzer-bench}"
# the Liberty installation (pool-leak-repro.sh runs a copy with the connection manager as Liberty releases it)
BENCH_WLP="${BENCH_WLP:-deployment/target/liberty/wlp}"
BENCH_SERVER_DIR="$BENCH_WLP/usr/servers/$BENCH_SERVER"
BENCH_COMMAND="bash deployment/bench/$(basename "$0")${*:+ $*}"

# Builds without tests and lays out the benchmark's own Liberty server.
bench_build() {
  mvn -B -q install -DskipTests -DskipITs
  mvn -B -q -pl deployment -Prun -DskipTests -DskipITs -Dliberty.server.name="$BENCH_SERVER" liberty:create package
}

bench_start() {
  # apps/expanded too: Liberty does not always expand a new WAR over the one it expanded before
  rm -rf "$BENCH_SERVER_DIR/data" "$BENCH_SERVER_DIR/logs" "$BENCH_SERVER_DIR/apps/expanded"
  "$BENCH_WLP/bin/server" start "$BENCH_SERVER" >/dev/null
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
  "$BENCH_WLP/bin/server" stop "$BENCH_SERVER" >/dev/null 2>&1 || true
}

bench_pid() {
  pgrep -f "ws-server.jar $BENCH_SERVER" | head -1
}

# The database pool's connections in use, pool size and maximum, by Liberty's own count (see PoolInUse.java);
# $1 the data source's JNDI name (default the product's).
bench_pool_in_use() {
  "$JAVA_HOME/bin/java" deployment/bench/PoolInUse.java "$(bench_pid)" ${1:+"$1"} 2>/dev/null || echo "? ? ?"
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

# MariaDB for a benchmark, from the binaries the integration tests unpack, with the tests' settings (MySQL 8's
# sql_mode, utf8mb4, UTC, 64 MiB packets): BENCH_DB_PORT (19506), data in $1 (emptied), pid and log in $2.
bench_mariadb_start() { # data-dir work-dir
  local home="deployment/target/mariadb/base" root="$PWD" port="${BENCH_DB_PORT:-19506}"
  [ -x "$home/bin/mariadbd" ] || { echo "MariaDB is unpacked by the integration tests: run bash deployment/bin/test.sh once" >&2; return 1; }
  rm -rf "$1" && mkdir -p "$1"
  (cd "$home" && scripts/mariadb-install-db --datadir="$root/$1" --basedir="$root/$home" --no-defaults \
    --force --skip-name-resolve >"$2/install.log" 2>&1) || { cat "$2/install.log" >&2; return 1; }
  "$home/bin/mariadbd" --no-defaults --basedir="$root/$home" --datadir="$root/$1" --user=root \
    --port="$port" --socket="$2/mariadb.sock" --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci --default-time-zone=+00:00 --skip-grant-tables --max_allowed_packet=64M \
    --sql-mode=ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION \
    >"$2/mariadb.log" 2>&1 &
  echo $! > "$2/mariadb.pid"
  for _ in $(seq 1 120); do
    bench_sql "CREATE DATABASE IF NOT EXISTS buurtwijzer" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "MariaDB did not start; see $2/mariadb.log" >&2; cat "$2/mariadb.log" >&2; return 1
}

bench_mariadb_stop() { # work-dir: stops it and waits until it is gone, so that the next start gets the port
  [ -f "$1/mariadb.pid" ] || return 0
  local pid; pid=$(cat "$1/mariadb.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$1/mariadb.pid"
}

# One statement (or several) on the benchmark's MariaDB, in the database buurtwijzer once it exists.
bench_sql() {
  deployment/target/mariadb/base/bin/mariadb --no-defaults --skip-ssl -uroot -h127.0.0.1 -P"${BENCH_DB_PORT:-19506}" \
    --batch --skip-column-names -e "$1" $( [[ "$1" == CREATE\ DATABASE* ]] || echo buurtwijzer )
}

# The product on MariaDB (the benchmark's server reads these at its start), with the Connector/J options the README
# recommends for production (deployment/bin/mysql-url-options).
bench_use_mariadb() {
  export DB_URL="jdbc:mysql://127.0.0.1:${BENCH_DB_PORT:-19506}/buurtwijzer?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&$(cat deployment/bin/mysql-url-options)"
  export DB_USER=root DB_PASSWORD="" DB_DATASOURCECLASS=com.mysql.cj.jdbc.MysqlDataSource
}

# wrk with the given Authorization header for SECONDS_PER_RUN seconds; prints "req/s p50 p99 errors" (ms).
bench_wrk() { # authorization connections url [lua script]
  local out
  out=$(wrk -t2 -c"$2" -d"${SECONDS_PER_RUN:-15}s" --latency -H "Authorization: $1" ${4:+-s "$4"} "$3")
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
