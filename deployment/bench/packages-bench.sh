#!/usr/bin/env bash
# Proposal time and modularity of the activity-packages planner on generated graphs of 50, 200 and
# 1,000 activities (5 links per activity on average), against the standard Louvain algorithm with the
# same number of starts and iterations on the same graphs. Appends a section to RESULTS.md.
# Usage: bash deployment/bench/packages-bench.sh [activity counts, default 50 200 1000]
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
. deployment/bench/common.sh
mvn -B -q -pl plugins/packages -am install -DskipTests >/dev/null
mvn -B -q -pl plugins/packages test-compile >/dev/null
cpfile=$(mktemp)
mvn -B -q -pl plugins/packages dependency:build-classpath -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=test >/dev/null
cp=$(cat "$cpfile")
rm -f "$cpfile"
table=$("$JAVA_HOME/bin/java" -cp "plugins/packages/target/classes:plugins/packages/target/test-classes:$cp" \
  be.buurtwijzer.plugins.packages.bench.ProposalBenchmark "$@")
{
  bench_heading "Activity packages: proposal against Louvain"
  echo "Generated activity graphs (\`PackageProposerTest.randomLinks\`, seed 42 + n): 5 links per activity on"
  echo "average, 80 % between nearby activities, strengths weak/medium/strong = weights 1/2/3. 20 warm-up"
  echo "runs, then 30 timed runs each of the full proposal (Leiden with seeded starts, pins, baselines,"
  echo "explanation) and of the same library's Louvain algorithm with the same starts and iterations (best"
  echo "start by modularity). Modularity of both computed by the same function."
  echo
  echo "$table"
} | tee -a deployment/bench/RESULTS.md
