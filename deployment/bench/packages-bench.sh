#!/usr/bin/env bash
# Proposal time and modularity of the activity-packages planner on generated graphs of 50, 200 and
# 1,000 activities (5 links per activity on average), against a standard Louvain run on the same graphs.
# Prints a markdown table for deployment/bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
mvn -B -q -pl plugins/packages -am install -DskipTests >/dev/null
cpfile=$(mktemp)
mvn -B -q -pl plugins/packages dependency:build-classpath -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test >/dev/null
cp=$(cat "$cpfile")
rm -f "$cpfile"
"$JAVA_HOME/bin/java" -cp "plugins/packages/target/classes:plugins/packages/target/test-classes:$cp" \
  be.buurtwijzer.plugins.packages.bench.ProposalBenchmark "$@"
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $("$JAVA_HOME/bin/java" -version 2>&1 | head -1); $(date -u +%Y-%m-%d)"
