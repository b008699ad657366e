#!/usr/bin/env bash
# Benchmark of municipality export and import (issue 13): export time and archive size of the demo
# municipalities and of a synthetic one with 10,000 instrument records, and the time to import each
# archive under a new slug, on the embedded H2 demo, on its own server (buurtwijzer-bench, port
# 19480). Every reply's status is checked. Appends a section to deployment/bench/RESULTS.md.
# Usage: bash deployment/bench/archive-bench.sh [records of the synthetic municipality, default 10000]
# SKIP_BUILD=1 uses the server laid out by an earlier build (deployment/target/liberty and the WAR in
# deployment/target/app).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
. deployment/bench/common.sh
N="${1:-10000}"
PORT="${BENCH_HTTP_PORT:-19480}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))"
export BUURTWIJZER_TENANT_CONFIG="$PWD/tenant-config/demo" BUURTWIJZER_BUNDLED_PLUGINS="$PWD/deployment/target/bundled-plugins"
export BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd-2026"
BASE="http://localhost:$PORT/api/v1"
ADMIN="platform@buurtwijzer.example:$BUURTWIJZER_DEMO_PASSWORD"
WORK=$(mktemp -d)
trap 'bench_stop; rm -rf "$WORK"' EXIT

if [ "${SKIP_BUILD:-}" != 1 ]; then
  bench_build
elif [ ! -f "$BENCH_SERVER_DIR/server.xml" ]; then
  # lay out the bench server from the one the integration tests created, with the WAR in dropins
  mkdir -p "$BENCH_SERVER_DIR/dropins"
  cp -r deployment/target/liberty/wlp/usr/servers/buurtwijzer-it/{server.xml,jdbc,resources} "$BENCH_SERVER_DIR/"
  cp deployment/target/app/buurtwijzer.war "$BENCH_SERVER_DIR/dropins/"
fi
bench_start

call() { # expected-status method path [curl args...]; prints "seconds bytes"
  local expected=$1 method=$2 path=$3 reply
  shift 3
  reply=$(curl -s -o "$WORK/body" -w "%{http_code} %{time_total} %{size_download}" -u "$ADMIN" -X "$method" "$@" "$BASE$path")
  if [ "${reply%% *}" != "$expected" ]; then
    echo "$method $path answered ${reply%% *}, expected $expected: benchmark stopped" >&2
    head -c 600 "$WORK/body" >&2
    return 1
  fi
  echo "${reply#* }"
}

# the demo's instrument data arrives after the start; wait for it
for _ in $(seq 1 240); do
  curl -s -u "coordinator@stederen.example:$BUURTWIJZER_DEMO_PASSWORD" -H 'Content-Type: application/json' -d '{}' \
    "$BASE/tenants/stederen/instruments/activity-packages/operations/plans" | grep -q "Maria blijft thuis wonen" && break
  sleep 0.5
done

# the synthetic municipality: N logbook entries, written by the instrument's own operation
SYN="synthetisch-$RANDOM"
call 201 POST /admin/tenants -H 'Content-Type: application/json' \
  -d "{\"slug\":\"$SYN\",\"name\":\"Synthetische gemeente\",\"defaultLocale\":\"nl-BE\"}" >/dev/null
call 201 POST "/admin/tenants/$SYN/administrators" -H 'Content-Type: application/json' \
  -d "{\"email\":\"admin@$SYN.example\",\"displayName\":\"Beheerder\"}" >/dev/null
OTP=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["oneTimePassword"])' "$WORK/body")
PW="Synth-$RANDOM-Kwartelfluit"
curl -s -o /dev/null -u "admin@$SYN.example:$OTP" -X PUT -H 'Content-Type: application/json' \
  -d "{\"currentPassword\":\"$OTP\",\"newPassword\":\"$PW\"}" "$BASE/me/password"
curl -s -o /dev/null -u "admin@$SYN.example:$PW" -X POST "$BASE/tenants/$SYN/instruments/logbook/subscription"
python3 - "$BASE/tenants/$SYN/instruments/logbook/operations/add-entry" "admin@$SYN.example" "$PW" "$N" <<'PY'
import base64, json, sys, urllib.request, concurrent.futures
url, user, pw, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
auth = "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()
def add(i):
    body = json.dumps({"date": "2026-03-01", "title": f"Buurtsoep {i}", "type": "STORY",
                       "text": "Een verhaal over de buurt " * 8}).encode()
    req = urllib.request.Request(url, data=body, method="POST", headers={"Authorization": auth, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        if r.status != 200:
            raise SystemExit(f"add-entry answered {r.status}")
with concurrent.futures.ThreadPoolExecutor(4) as pool:
    list(pool.map(add, range(n)))
PY

ROWS=()
for slug in stederen gemeentegem "$SYN"; do
  read -r export_s size < <(call 200 GET "/admin/tenants/$slug/export" -H 'Accept: application/zip')
  cp "$WORK/body" "$WORK/$slug.zip"
  records=$(python3 -c 'import json,sys,zipfile; m=json.loads(zipfile.ZipFile(sys.argv[1]).read("manifest.json")); print(sum(p["records"] for p in m["plugins"]), sum(e["rows"] for e in m["entries"]))' "$WORK/$slug.zip")
  read -r import_s _ < <(call 201 POST "/admin/tenants/import?slug=$slug-kopie-$RANDOM" \
    -H 'Content-Type: application/zip' --data-binary "@$WORK/$slug.zip")
  ROWS+=("| $slug | ${records%% *} | ${records##* } | $(awk -v b="$size" 'BEGIN{printf "%.1f", b/1024}') | $(awk -v s="$export_s" 'BEGIN{printf "%.0f", s*1000}') | $(awk -v s="$import_s" 'BEGIN{printf "%.0f", s*1000}') |")
done

{
  bench_heading "Municipality export and import"
  echo "Embedded H2, one request each, measured by curl (time to the last byte). The synthetic municipality"
  echo "has $N logbook stories added through the instrument's operation. Import is of the archive just"
  echo "exported, under a new slug on the same installation (all ids new, members linked by e-mail)."
  echo
  echo "| municipality | instrument records | rows in the archive | archive (KiB) | export (ms) | import (ms) |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
} | tee -a deployment/bench/RESULTS.md
