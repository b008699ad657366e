#!/usr/bin/env bash
# The database pool's lost connections (issue 19) without the product: a servlet that reads "SELECT 1" through a
# pooled H2 connection and closes it, on the product's Liberty runtime, under wrk at 64 connections. After each run
# (no request in flight) it prints Liberty's count of connections in use, pool size and maximum; every one in use
# then is lost. Needs a build (the Liberty runtime and H2 under deployment/target).
# Usage: bash deployment/bench/pool-leak-repro.sh [runs, default 4] [seconds per run, default 30]
#   REPRO_RUNTIME=released runs a copy of the runtime with the connection manager as Liberty releases it, without
#     the build's fix (FreePoolReleaseFix): that one loses connections, the mended one should not
#   REPRO_JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 runs the server on another JDK
set -euo pipefail
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
[ -x deployment/target/liberty/wlp/bin/server ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if [ "${REPRO_RUNTIME:-mended}" = released ]; then
  [ -d deployment/target/liberty-released/wlp/lib ] || { echo "Liberty's released bundles are unpacked by mvn test-compile" >&2; exit 1; }
  cp -a deployment/target/liberty/wlp "$WORK/wlp" && rm -rf "$WORK/wlp/usr/servers"/*
  cp deployment/target/liberty-released/wlp/lib/com.ibm.ws.jca.cm*.jar "$WORK/wlp/lib/"
  export BENCH_WLP="$WORK/wlp"
fi
BENCH_SERVER=buurtwijzer-leak-repro
. deployment/bench/common.sh
RUNS="${1:-4}" SECONDS_PER_RUN="${2:-30}" PORT="${REPRO_HTTP_PORT:-19680}" SERVER_JAVA="${REPRO_JAVA_HOME:-$JAVA_HOME}"
trap 'JAVA_HOME="$SERVER_JAVA" bench_stop; rm -rf "$WORK"' EXIT
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }

servlet_api=$(find ~/.m2/repository/jakarta/servlet/jakarta.servlet-api -name 'jakarta.servlet-api-6*.jar' | sort | tail -1)
annotation_api=$(find ~/.m2/repository/jakarta/annotation/jakarta.annotation-api -name '*.jar' | sort | tail -1)
mkdir -p "$WORK/war/WEB-INF/classes"
"$JAVA_HOME/bin/javac" --release 17 -d "$WORK/war/WEB-INF/classes" -cp "$servlet_api:$annotation_api" \
  deployment/bench/pool-leak/Read.java
rm -rf "$BENCH_SERVER_DIR" && mkdir -p "$BENCH_SERVER_DIR/apps"
"$JAVA_HOME/bin/jar" cf "$BENCH_SERVER_DIR/apps/repro.war" -C "$WORK/war" .
cp deployment/bench/pool-leak/server.xml "$BENCH_SERVER_DIR/server.xml"
printf 'http.port=%s\nhttps.port=%s\nh2.jar=%s\n' "$PORT" "$((PORT + 1))" "$PWD/$(ls deployment/target/jdbc/h2-*.jar)" \
  > "$BENCH_SERVER_DIR/bootstrap.properties"
JAVA_HOME="$SERVER_JAVA" bench_start
echo "run | requests/s | in use | pool size | maximum"
for run in $(seq 1 "$RUNS"); do
  rps=$(wrk -t2 -c64 -d"${SECONDS_PER_RUN}s" "http://localhost:$PORT/read" | awk '/Requests\/sec/ {print $2}')
  echo "$run | $rps | $(bench_pool_in_use jdbc/repro | sed 's/ / | /g')"
done
