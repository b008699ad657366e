#!/usr/bin/env bash
# Time and size of the demo municipality's annual report (documentation instrument): every other
# instrument's fragment, charts of five indicators, the theory of change and the baseline, as PDF and
# as DOCX, made N times each on the benchmark's own server (embedded H2, demo data). Appends a
# section to RESULTS.md. Usage: bash deployment/bench/report-bench.sh [runs, default 10]
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
. deployment/bench/common.sh
RUNS="${1:-10}"
PORT="${BENCH_HTTP_PORT:-19280}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))"
export BUURTWIJZER_TENANT_CONFIG="$PWD/tenant-config/demo" BUURTWIJZER_BUNDLED_PLUGINS="$PWD/deployment/target/bundled-plugins"
export BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd-2026"
BASE="http://localhost:$PORT/api/v1/tenants/stederen/instruments/logbook"
USER_PW="coordinator@stederen.example:$BUURTWIJZER_DEMO_PASSWORD"
trap 'bench_stop' EXIT
[ "${SKIP_BUILD:-0}" = 1 ] || bench_build
bench_start
report=""
for _ in $(seq 1 240); do
  report=$(curl -s -u "$USER_PW" -X POST -H 'Content-Type: application/json' -d '{}' "$BASE/operations/reports" \
    | grep -o '"id":"[0-9a-f-]*"' | head -1 | cut -d'"' -f4 || true)
  [ -n "$report" ] && break
  sleep 0.5
done
[ -n "$report" ] || { echo "the demo report did not appear" >&2; exit 1; }
measure() {
  local format="$1" times=() size=0 status
  for i in $(seq 0 "$RUNS"); do
    read -r status size t < <(curl -s -o /dev/null -w "%{http_code} %{size_download} %{time_total}\n" -u "$USER_PW" \
      "$BASE/exports/report-$format?reportId=$report")
    [ "$status" = 200 ] || { echo "report-$format answered $status" >&2; exit 1; }
    [ "$i" = 0 ] && first="$t" || times+=("$t")
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  worst=$(echo "$sorted" | tail -1)
  printf '| %s | %s KB | %.0f ms | %.0f ms | %.0f ms |\n' "$format" "$((size / 1024))" "$(echo "$first*1000" | bc)" \
    "$(echo "$median*1000" | bc)" "$(echo "$worst*1000" | bc)"
}
pdf=$(measure pdf)
docx=$(measure docx)
rss=$(ps -o rss= -p "$(bench_pid)" | awk '{printf "%.0f", $1/1024}')
{
  bench_heading "Documentation: the demo annual report"
  echo "Stederen's kept annual report (10 sections: the theory of change, 5 indicators with 3–6 measurements"
  echo "each and a chart, the confirmed baseline, 3 stories, and the fragments of the typology, the spider web"
  echo "with its radar, the package plan with its graph and the volunteer figures), made and downloaded as"
  echo "coordinator, sequential curl over loopback, $RUNS timed runs after the first (cold) one; embedded H2."
  echo
  echo "| format | size | first | median | worst |"
  echo "|---|---|---|---|---|"
  echo "$pdf"
  echo "$docx"
  echo
  echo "Server resident memory after the runs: ${rss} MB."
} | tee -a deployment/bench/RESULTS.md
