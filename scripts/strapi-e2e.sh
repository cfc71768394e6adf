#!/usr/bin/env bash
# Run newsdesk's publish e2e suite against a real Strapi 5 (the pinned fixture app under
# test/e2e/strapi, with the schema newsdesk ships in src/publish/cms/strapi copied in): install
# it from its lock file (npm ci) into a cache folder keyed by the lock file's digest, once, start it on 127.0.0.1 with a free port and SQLite
# in a temporary folder, create an admin, the 14 locales and a custom API token with the least
# permissions newsdesk needs (and a read-only one), export STRAPI_URL / STRAPI_TOKEN /
# STRAPI_TOKEN_READONLY to the tests, and stop Strapi by its PID whatever happens.
#
#   scripts/strapi-e2e.sh                 # the Strapi suite (test/e2e/publish.e2e.test.ts)
#   scripts/strapi-e2e.sh -- CMD ARGS…    # any command with STRAPI_URL / STRAPI_TOKEN set
#
# The admin panel is neither built nor served: the tests use only the REST and admin APIs,
# and skipping `strapi build` saves ≈40 s and ≈2 GB. STRAPI_E2E_KEEP=1 keeps the temporary
# folder (database and Strapi's log) for a look after a failure.
# Exit: the command's status; 2 when Strapi cannot be installed, started or provisioned.

set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/scripts/lib/e2e.sh"
APP="$ROOT/test/e2e/strapi"
STRAPI="$APP/node_modules/@strapi/strapi/bin/strapi.js"
t0=$(e2e_now)

# --- install: npm ci from the lock file into the e2e cache, linked in as the app's node_modules
CACHED="$(e2e_install strapi "$APP")" || { echo "strapi-e2e: npm ci failed for test/e2e/strapi"; exit 2; }
if [ -d "$APP/node_modules" ] && [ ! -L "$APP/node_modules" ]; then rm -rf "$APP/node_modules"; fi
ln -sfn "$CACHED/node_modules" "$APP/node_modules" || { echo "strapi-e2e: cannot link $CACHED/node_modules"; exit 2; }

# --- the schema newsdesk ships (src/publish/cms/strapi), copied in as a newsroom would
rm -rf "$APP/src/api/article" && mkdir -p "$APP/src/api" && cp -R "$ROOT/src/publish/cms/strapi/api/article" "$APP/src/api/article" || { echo "strapi-e2e: cannot copy the shipped schema"; exit 2; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-strapi.XXXXXX")"
PID=""
stop() {
  e2e_stop_pid "$PID"
  if [ "${STRAPI_E2E_KEEP:-0}" = "1" ]; then echo "strapi-e2e: kept $TMP"; else rm -rf "$TMP"; fi
}
trap stop EXIT
trap 'exit 130' INT TERM

secret() { e2e_secret; }
PORT="$(e2e_free_port)"
URL="http://127.0.0.1:$PORT"

# --- start (the node process itself, so $PID is Strapi's)
t=$(e2e_now)
(
  cd "$APP" &&
    exec env HOST=127.0.0.1 PORT="$PORT" NODE_ENV=production \
      APP_KEYS="$(secret),$(secret)" ADMIN_JWT_SECRET="$(secret)" API_TOKEN_SALT="$(secret)" \
      TRANSFER_TOKEN_SALT="$(secret)" ENCRYPTION_KEY="$(secret)" \
      DATABASE_FILENAME="$TMP/data.db" NEWSDESK_EXTRA_LOCALES="la:Latin (la)" \
      SERVE_ADMIN_PANEL=false STRAPI_TELEMETRY_DISABLED=true \
      STRAPI_DISABLE_UPDATE_NOTIFICATION=true BROWSER=none \
      node "$STRAPI" start
) >"$TMP/strapi.log" 2>&1 &
PID=$!

if ! e2e_wait_http "$URL/_health" 204 "$PID"; then
  echo "strapi-e2e: Strapi did not start on $URL — last lines of its log:"
  tail -n 30 "$TMP/strapi.log"
  exit 2
fi
echo "strapi-e2e: Strapi 5 up on $URL (pid $PID) in $(( $(e2e_now) - t )) s"

node "$ROOT/scripts/e2e-strapi-setup.mjs" "$URL" "$TMP/token" || { echo "strapi-e2e: provisioning failed"; tail -n 30 "$TMP/strapi.log"; exit 2; }

export STRAPI_URL="$URL"
STRAPI_TOKEN="$(cat "$TMP/token")"
STRAPI_TOKEN_READONLY="$(cat "$TMP/token.readonly")"
export STRAPI_TOKEN STRAPI_TOKEN_READONLY
export STRAPI_E2E_LOG="$TMP/strapi.log"

e2e_run strapi test/e2e/publish.e2e.test.ts "$@"
