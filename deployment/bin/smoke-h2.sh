#!/usr/bin/env bash
# The embedded default, as a new user first meets it: starts the product with the README's run
# command (on H2, with the demo configuration) under a server name and ports of its own, and
# checks it through the API: log-in, register CRUD, one operation and one export per instrument.
# Called by test.sh after the integration tests (which run on MariaDB).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${SMOKE_HTTP_PORT:-29080}"
NAME=buurtwijzer-smoke
BASE="http://localhost:$PORT"
USER=coordinator@stederen.example
PASS=Buurtwijzer-demo-2026
SERVER_DIR=deployment/target/liberty/wlp/usr/servers/$NAME
LOG=deployment/target/smoke-h2.log

rm -rf "$SERVER_DIR/data"   # a fresh embedded database, as on a new machine
stop() { deployment/target/liberty/wlp/bin/server stop "$NAME" >/dev/null 2>&1 || true; }
trap stop EXIT
SKIP_BUILD=1 BUURTWIJZER_SERVER_NAME=$NAME HTTP_PORT=$PORT HTTPS_PORT=$((PORT + 363)) \
  BUURTWIJZER_DEMO_PASSWORD=$PASS bash deployment/bin/run.sh > "$LOG" 2>&1 &

for i in $(seq 1 180); do
  if curl -sf "$BASE/health/ready" >/dev/null 2>&1 && curl -sf -u "$USER:$PASS" \
      "$BASE/api/v1/tenants/stederen/instruments/activity-packages/operations/plans" -H 'Content-Type: application/json' \
      -d '{}' | grep -q Maria; then
    break
  fi
  sleep 2
  [ "$i" = 180 ] && { echo "smoke: the product did not come up on H2; see $LOG" >&2; exit 1; }
done

fail=0
check() { # name, expected status, curl arguments...
  local name=$1 expected=$2; shift 2
  local status
  status=$(curl -s -o /tmp/smoke-body -w '%{http_code}' -u "$USER:$PASS" "$@")
  if [ "$status" != "$expected" ]; then
    echo "smoke FAILED: $name: expected $expected, got $status: $(head -c 300 /tmp/smoke-body)" >&2
    fail=1
  else
    echo "smoke ok: $name ($status)"
  fi
}
json() { python3 -c "import json,sys; print(json.load(open('/tmp/smoke-body'))$1)"; }
J=(-H 'Content-Type: application/json')
T="$BASE/api/v1/tenants/stederen"

check "log-in page" 200 "$BASE/login"
check "who am I" 200 "$BASE/api/v1/me"
check "create a neighbourhood" 201 "${J[@]}" -d '{"name":"Rookbuurt","kind":"LIVED"}' "$T/neighbourhoods"
ID=$(json "['id']"); VERSION=$(json "['version']")
check "read it" 200 "$T/neighbourhoods/$ID"
check "change it" 200 -X PUT "${J[@]}" -d "{\"name\":\"Rookbuurt\",\"kind\":\"GEOGRAPHIC\",\"version\":$VERSION}" "$T/neighbourhoods/$ID"
check "a stale change is refused" 409 -X PUT "${J[@]}" -d "{\"name\":\"Oud\",\"kind\":\"LIVED\",\"version\":$VERSION}" "$T/neighbourhoods/$ID"
check "delete it" 204 -X DELETE "$T/neighbourhoods/$ID"
check "logbook: add an entry" 200 "${J[@]}" -d '{"date":"2026-03-01","title":"Rooktest","type":"NUMBER","count":3,"indicator":"bereik"}' "$T/instruments/logbook/operations/add-entry"
check "logbook: summary" 200 "${J[@]}" -d '{}' "$T/instruments/logbook/operations/summary"
check "logbook: CSV" 200 "$T/instruments/logbook/exports/entries-csv"
check "typology: portfolio" 200 "${J[@]}" -d '{}' "$T/instruments/typology/operations/portfolio"
check "typology: SVG" 200 "$T/instruments/typology/exports/portfolio-svg"
check "spider web: webs" 200 "${J[@]}" -d '{}' "$T/instruments/spiderweb/operations/webs"
WEB=$(json "[0]['id']")
check "spider web: PNG" 200 "$T/instruments/spiderweb/exports/web-png?webId=$WEB"
check "activity packages: plans" 200 "${J[@]}" -d '{}' "$T/instruments/activity-packages/operations/plans"
PLAN=$(json "[0]['id']")
check "activity packages: proposal" 200 "${J[@]}" -d "{\"planId\":\"$PLAN\"}" "$T/instruments/activity-packages/operations/propose"
check "activity packages: PDF" 200 "$T/instruments/activity-packages/exports/plan-pdf?planId=$PLAN"
check "another municipality is not there" 404 "$BASE/api/v1/tenants/gemeentegem/actors"
# without an SMTP server a reset mail is written to the log, marked DEMO MAIL, with its link on this server
check "forgotten password: asked" 202 "${J[@]}" -d "{\"email\":\"$USER\"}" "$BASE/api/v1/password-reset"
for i in $(seq 1 20); do grep -q "DEMO MAIL" "$SERVER_DIR/logs/messages.log" && break; sleep 0.5; done
if grep -A12 "DEMO MAIL" "$SERVER_DIR/logs/messages.log" | grep -q "$BASE/password-reset/"; then
  echo "smoke ok: the reset link is in the server log (demo mail)"
else
  echo "smoke FAILED: no DEMO MAIL with a link to $BASE/password-reset/ in $SERVER_DIR/logs/messages.log" >&2
  fail=1
fi
[ "$fail" = 0 ] && echo "smoke: the embedded default works" || exit 1
