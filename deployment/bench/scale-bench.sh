#!/usr/bin/env bash
# List latency as the installation grows: a coordinator of Stad Stederen lists a page of 20 initiatives and of 20
# actors with 10 municipalities in the database, then with 10,000 municipalities and 1,000,000 register and plugin
# records (40 actors, 30 initiatives and 30 progress-log stories in each synthetic municipality, written with SQL
# straight into MariaDB). Each size is measured twice: as served (the node keeps the pages it read, checked against
# the register stamp at every request) and with no page kept (BUURTWIJZER_LIST_PAGES_CAPACITY=0), so that every
# request reads its page from the database. Every measurement runs on a freshly started server after the same
# warm-up, so that no size profits from the compiler's work on another. Also the plans MariaDB chooses for the
# statements one list request sends (from the general log). On the benchmark's own server and MariaDB.
# Appends a section to deployment/bench/RESULTS.md.
# Usage: bash deployment/bench/scale-bench.sh [seconds per run, default 15]; SKIP_BUILD=1 reuses the last build;
#   WARMUP_SECONDS (45) of the list at 16 connections before each measurement.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh
. deployment/bench/common.sh
export SECONDS_PER_RUN="${1:-15}"
PORT="${BENCH_HTTP_PORT:-19580}"
export HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))" BUURTWIJZER_DEMO_PASSWORD="bench-Passw0rd-2026"
export BUURTWIJZER_TENANT_CONFIG="$PWD/tenant-config/demo" BUURTWIJZER_BUNDLED_PLUGINS="$PWD/deployment/target/bundled-plugins"
BASE="http://localhost:$PORT"
AUTH="Basic $(printf '%s' "coordinator@stederen.example:$BUURTWIJZER_DEMO_PASSWORD" | base64 -w0)"
WORK=$(mktemp -d)
DATA="deployment/target/bench-mariadb"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
trap 'bench_stop; bench_mariadb_stop "$WORK"; rm -rf "$WORK"' EXIT

[ "${SKIP_BUILD:-}" = 1 ] || bench_build
bench_mariadb_start "$DATA" "$WORK"
bench_use_mariadb

# the server afresh, keeping list pages or not (the capacity of its ListPages)
restart() { # capacity
  bench_stop
  BUURTWIJZER_LIST_PAGES_CAPACITY="$1" bench_start
  for _ in $(seq 1 240); do curl -sf -o /dev/null "$BASE/health/ready" && break; sleep 0.5; done
}
restart 20000

# n synthetic municipalities from number $1 on, each with its register and progress-log stories
synthesise() { # first last
  bench_sql "
    INSERT INTO tenant (id, slug, name, status, default_locale, created_at, version)
      SELECT CONCAT('5e000000-0000-4000-8000-', LPAD(seq, 12, '0')), CONCAT('synthetisch-', seq),
             CONCAT('Synthetische gemeente ', seq), 'ACTIVE', 'nl-BE', NOW(6), 0 FROM seq_$1_to_$2;
    INSERT INTO actor (id, tenant_id, name, kind, sector, created_at, created_by, updated_at, updated_by, version)
      SELECT UUID(), CONCAT('5e000000-0000-4000-8000-', LPAD(t.seq, 12, '0')), CONCAT('Actor ', a.seq), 'OTHER', 'CARE',
             NOW(6), 'bench', NOW(6), 'bench', 0 FROM seq_$1_to_$2 t, seq_1_to_40 a;
    INSERT INTO initiative (id, tenant_id, name, status, created_at, created_by, updated_at, updated_by, version)
      SELECT UUID(), CONCAT('5e000000-0000-4000-8000-', LPAD(t.seq, 12, '0')), CONCAT('Initiatief ', i.seq), 'RUNNING',
             NOW(6), 'bench', NOW(6), 'bench', 0 FROM seq_$1_to_$2 t, seq_1_to_30 i;
    INSERT INTO plugin_record (id, tenant_id, plugin_id, kind, schema_version, document, created_at, created_by,
             updated_at, updated_by, version)
      SELECT UUID(), CONCAT('5e000000-0000-4000-8000-', LPAD(t.seq, 12, '0')), 'logbook', 'entry', 1,
             CONCAT('{\"title\":\"Verhaal ', r.seq, '\"}'), NOW(6), 'bench', NOW(6), 'bench', 0
        FROM seq_$1_to_$2 t, seq_1_to_30 r;"
}

measure() { # size-label pages-label capacity
  restart "$3"
  curl -sf -o /dev/null -H "Authorization: $AUTH" "$BASE/api/v1/tenants/stederen/initiatives?size=20"
  for list in initiatives actors; do
    wrk -t2 -c16 -d"${WARMUP_SECONDS:-45}s" -H "Authorization: $AUTH" "$BASE/api/v1/tenants/stederen/$list?size=20" >/dev/null
  done
  for list in initiatives actors; do
    read -r rps p50 p99 err <<< "$(bench_wrk "$AUTH" 16 "$BASE/api/v1/tenants/stederen/$list?size=20")"
    echo "$1|$2|$list|$rps|$p50|$p99|$err" | tee -a "$WORK/rows"
  done
}

counts() {
  bench_sql "SELECT (SELECT COUNT(*) FROM tenant), (SELECT COUNT(*) FROM actor) + (SELECT COUNT(*) FROM initiative)
    + (SELECT COUNT(*) FROM neighbourhood), (SELECT COUNT(*) FROM plugin_record)" \
    | awk -F'\t' '{printf "%d municipalities, %d register rows, %d plugin records", $1, $2, $3}'
}

existing=$(bench_sql "SELECT COUNT(*) FROM tenant")
synthesise 1 $((10 - existing))
bench_sql "ANALYZE TABLE tenant, actor, initiative, plugin_record" >/dev/null
small=$(counts)
measure small kept 20000
measure small "read every time" 0
started=$(date +%s)
synthesise $((11 - existing)) $((10000 - existing))
bench_sql "ANALYZE TABLE tenant, actor, initiative, plugin_record" >/dev/null
filled=$(( $(date +%s) - started ))
large=$(counts)
measure large "read every time" 0
measure large kept 20000

# the statements one list request sends, and MariaDB's plan for each SELECT of them
# the municipality's register stamp is raised first, as a change would, so that the list is read from the database
# and not served as the page the node keeps; statements prepared on the server are logged as "Execute"
bench_sql "INSERT INTO register_stamp (tenant_id, stamp) SELECT id, 1 FROM tenant WHERE slug = 'stederen'
  ON DUPLICATE KEY UPDATE stamp = stamp + 1"
bench_sql "SET GLOBAL general_log_file = '$WORK/general.log'; SET GLOBAL log_output = 'FILE'; SET GLOBAL general_log = 1"
sleep 1
curl -sf -o /dev/null -H "Authorization: $AUTH" "$BASE/api/v1/tenants/stederen/initiatives?size=20"
sleep 1
bench_sql "SET GLOBAL general_log = 0"
{ grep -P '(Query|Execute)\t\s*SELECT' "$WORK/general.log" || true; } | sed -E 's/^.*(Query|Execute)\t\s*//' \
  | { grep -v '^SELECT 1$' || true; } | sort -u > "$WORK/selects"
: > "$WORK/plans"
while IFS= read -r select; do
  # a statement may be logged with its parameters unbound: the log-in's gets the slug and address of this request
  # (any other is explained as logged, and says so if MariaDB cannot)
  if [[ "$select" == *'WHERE t.slug = ? AND u.email = ?'* ]]; then
    select=$(python3 - "$select" <<'PY'
import sys
values = iter(["'stederen'", "'coordinator@stederen.example'"])
print("".join(next(values, "NULL") if c == "?" else c for c in sys.argv[1]))
PY
)
  fi
  plan=$(bench_sql "EXPLAIN $select" | awk -F'\t' '{printf "%s%s: %s row(s) via %s", (NR > 1 ? "; " : ""), $3, $9, ($6 == "NULL" ? "no index (full scan)" : "index " $6)}') \
    || plan="not explained: MariaDB refused it as logged"
  echo "$select|$plan" >> "$WORK/plans"
done < "$WORK/selects"

{
  bench_heading "Scale: list latency with 10 and with 10,000 municipalities (MariaDB)"
  echo "wrk, 2 threads, 16 connections, ${SECONDS_PER_RUN} s per run after a warm-up, as coordinator of Stad Stederen,"
  echo "on MariaDB (the tests' binaries and settings). Municipalities, register rows (actors, initiatives,"
  echo "neighbourhoods) and plugin records — small: $small; large: $large (written with SQL in ${filled} s)."
  echo "Each size is measured as served (\"kept\": the node keeps the pages it read, checked against the register"
  echo "stamp at every request) and with no page kept (\"read every time\": BUURTWIJZER_LIST_PAGES_CAPACITY=0), each"
  echo "on a freshly started server after ${WARMUP_SECONDS:-45} s of each list."
  echo
  echo "| database size | pages | list (page of 20) | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---|---|---|---|---|---|"
  while IFS='|' read -r size pages list rps p50 p99 err; do
    echo "| $size | $pages | $list | $rps | $p50 | $p99 | $err |"
  done < "$WORK/rows"
  echo
  python3 - "$WORK/rows" <<'PY'
import sys
rows = [line.strip().split("|") for line in open(sys.argv[1]) if line.strip()]
by = {(r[0], r[1], r[2]): r for r in rows}
for pages in ("kept", "read every time"):
    for lst in ("initiatives", "actors"):
        s, l = by[("small", pages, lst)], by[("large", pages, lst)]
        print(f"- {lst}, {pages}: p50 {float(l[4]) / float(s[4]):.2f}×, p99 {float(l[5]) / float(s[5]):.2f}× "
              "the small database's (goal ≤ 1.2×)")
PY
  echo
  echo "The SELECTs one list request sends (MariaDB's general log) and the plan for each (EXPLAIN, large database):"
  echo
  echo "| statement | plan (table: rows examined via index) |"
  echo "|---|---|"
  while IFS='|' read -r select plan; do
    echo "| \`${select:0:160}$([ ${#select} -gt 160 ] && echo …)\` | $plan |"
  done < "$WORK/plans"
} | tee -a deployment/bench/RESULTS.md
