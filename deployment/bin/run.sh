#!/usr/bin/env bash
# Builds if needed and starts Buurtwijzer on the embedded H2 database with the demo configuration.
# HTTP_PORT (default 9080) and HTTPS_PORT (default 9443) choose the ports; Ctrl+C stops the server.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deployment/bin/jdk.sh

export HTTP_PORT="${HTTP_PORT:-9080}"
export HTTPS_PORT="${HTTPS_PORT:-9443}"
export BUURTWIJZER_TENANT_CONFIG="${BUURTWIJZER_TENANT_CONFIG:-$PWD/tenant-config/demo}"
export BUURTWIJZER_BUNDLED_PLUGINS="${BUURTWIJZER_BUNDLED_PLUGINS:-$PWD/deployment/target/bundled-plugins}"
export BUURTWIJZER_DEMO_PASSWORD="${BUURTWIJZER_DEMO_PASSWORD:-Buurtwijzer-demo-2026}"
# the start of the links in mails; without BUURTWIJZER_MAIL_SMTP_HOST mails go to the log, marked DEMO MAIL
export BUURTWIJZER_PUBLIC_URL="${BUURTWIJZER_PUBLIC_URL:-http://localhost:${HTTP_PORT}}"
# the demo run writes mails to its log when no SMTP server is set; production never does
export BUURTWIJZER_MAIL_DEMO="${BUURTWIJZER_MAIL_DEMO:-true}"
# another name runs a second, separate server (own directory and H2 database), e.g. the tests' smoke run
SERVER_NAME="${BUURTWIJZER_SERVER_NAME:-buurtwijzer}"

echo "Building (skip with SKIP_BUILD=1)..."
if [ "${SKIP_BUILD:-0}" != "1" ]; then
  mvn -B -q install -DskipTests -DskipITs
fi

cat <<BANNER

  Buurtwijzer starts at   http://localhost:${HTTP_PORT}/          (log in with a demo account)
  REST API                http://localhost:${HTTP_PORT}/api/v1/me   (HTTP Basic)
  OpenAPI document        http://localhost:${HTTP_PORT}/openapi/ui/
  Health                  http://localhost:${HTTP_PORT}/health

  Demo log-ins, all with the password: ${BUURTWIJZER_DEMO_PASSWORD}
    platform@buurtwijzer.example      platform administrator
    publisher@steunpunt.example       publisher (support organisation)
    admin@stederen.example            tenant administrator, Stad Stederen
    coordinator@stederen.example      coordinator, Stad Stederen
    partner@stederen.example          partner, Stad Stederen
    admin@gemeentegem.example         tenant administrator, Gemeente Gemeentegem
    coordinator@gemeentegem.example   coordinator, Gemeente Gemeentegem
    partner@gemeentegem.example       partner, Gemeente Gemeentegem
    regio@buurtwijzer.example         coordinator in Stederen and partner in Gemeentegem

  Mail: ${BUURTWIJZER_MAIL_SMTP_HOST:-no SMTP server set, so invitation and password-reset mails are written to
        the server log (messages.log), marked DEMO MAIL, with their links}

  e.g.  curl -u coordinator@stederen.example:${BUURTWIJZER_DEMO_PASSWORD} http://localhost:${HTTP_PORT}/api/v1/tenants/stederen/initiatives

BANNER
# Lay out the server (config, JDBC drivers, the WAR in dropins), then run it in the foreground.
mvn -B -q -pl deployment -Prun -DskipTests -DskipITs -Dliberty.server.name="$SERVER_NAME" liberty:create package
# Liberty does not always expand a new WAR over the one it expanded before: an upgrade would run old classes
rm -rf "deployment/target/liberty/wlp/usr/servers/$SERVER_NAME/apps/expanded"
exec deployment/target/liberty/wlp/bin/server run "$SERVER_NAME"
