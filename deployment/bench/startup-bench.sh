#!/usr/bin/env bash
# Start-up with many municipality files against start-up with the two demo ones (issue 19), on the benchmark's own
# server (buurtwijzer-bench, port 19480) and the embedded H2 database. The large set is the demo's Stederen file
# as it is written (register, instruments, instrument data), copied N times with its own slug, administrator and
# members: three new accounts per municipality, as real files would have. Each set is started twice: the first
# start applies every file to an empty database (accounts created, passwords hashed), the second finds them
# applied. "Ready" is /health/ready answering 200, which waits for the whole start (migrations, plugins,
# municipality files). Appends a section to deployment/bench/RESULTS.md.
# Usage: bash deployment/bench/startup-bench.sh [municipality files, default 1000]   (SKIP_BUILD=1 reuses the build)
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
. deployment/bench/common.sh
COUNT="${1:-1000}"
PORT="${BENCH_HTTP_PORT:-19480}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))" BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd-2026"
export BUURTWIJZER_BUNDLED_PLUGINS="$PWD/deployment/target/bundled-plugins"
WORK="$PWD/deployment/target/startup-bench"
[ "${SKIP_BUILD:-}" = 1 ] || bench_build
trap bench_stop EXIT
rm -rf "$WORK" && mkdir -p "$WORK/large/tenants"
cp tenant-config/demo/platform.json "$WORK/large/"
python3 - "$WORK/large/tenants" "$COUNT" <<'PY'
import json, sys
target, count = sys.argv[1], int(sys.argv[2])
seed = json.load(open("tenant-config/demo/tenants/stederen.json", encoding="utf-8"))
text = json.dumps(seed, ensure_ascii=False)
for i in range(1, count + 1):
    slug = f"gemeente-{i:04d}"
    own = json.loads(text.replace("@stederen.example", f"@{slug}.example"))
    own["slug"], own["name"] = slug, f"Gemeente {i:04d}"
    json.dump(own, open(f"{target}/{slug}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY

# seconds from "server start" to /health/ready answering 200
start_until_ready() {
  local t0 t1
  t0=$(date +%s.%N)
  deployment/target/liberty/wlp/bin/server start "$BENCH_SERVER" >/dev/null
  for _ in $(seq 1 7200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/health/ready")" = 200 ] && break
    sleep 0.25
  done
  t1=$(date +%s.%N)
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/health/ready")" = 200 ] \
    || { echo "the benchmark server did not get ready; see $BENCH_SERVER_DIR/logs" >&2; return 1; }
  python3 -c "print(f'{$t1 - $t0:.1f}')"
}

ROWS="$WORK/rows"
: > "$ROWS"
for set in demo large; do
  if [ "$set" = demo ]; then export BUURTWIJZER_TENANT_CONFIG="$PWD/tenant-config/demo"; files=2
  else export BUURTWIJZER_TENANT_CONFIG="$WORK/large"; files=$COUNT; fi
  bench_stop
  rm -rf "$BENCH_SERVER_DIR/data" "$BENCH_SERVER_DIR/logs"
  first=$(start_until_ready)
  bench_stop
  second=$(start_until_ready)
  bench_stop
  echo "$set|$files|$first|$second" | tee -a "$ROWS"
done

{
  bench_heading "Start-up with $COUNT municipality files (H2)"
  echo "Seconds from \`server start\` to \`/health/ready\` answering 200 (migrations, plugins and every municipality"
  echo "file applied). First start: empty database, every file applied (three new accounts per municipality)."
  echo "Second start: the same files, already applied. Ratio: the large set's time over the demo's."
  echo
  echo "| files | first start s | second start s |"
  echo "|---|---|---|"
  demo_first="" demo_second=""
  while IFS='|' read -r set files first second; do
    if [ "$set" = demo ]; then demo_first=$first demo_second=$second; echo "| $files (demo) | $first | $second |"
    else echo "| $files | $first ($(python3 -c "print(f'{$first / $demo_first:.2f}')")×) | $second ($(python3 -c "print(f'{$second / $demo_second:.2f}')")×) |"; fi
  done < "$ROWS"
} | tee -a deployment/bench/RESULTS.md
