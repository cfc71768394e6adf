#!/usr/bin/env bash
# Run newsdesk's Directus e2e suite against a real Directus 11 (the pinned fixture in
# test/e2e/directus: directus 11.3.5, the last 11.x that runs on Node 20, on SQLite): install
# it from its lock file (npm ci) into a cache folder keyed by the lock file's digest, so a
# second run on the same machine installs nothing; bootstrap a fresh SQLite database in a
# temporary folder with fresh secrets and an admin token; start Directus on 127.0.0.1 and a
# free port; create newsdesk's schema, the 14 languages and a least-privilege user with
# src/publish/cms/directus/setup.mjs (what a newsroom runs); export DIRECTUS_URL /
# DIRECTUS_TOKEN (that user's token, not the admin's); run the suite; stop Directus by its PID.
#
#   scripts/directus-e2e.sh                 # the suite (test/e2e/directus.e2e.test.ts)
#   scripts/directus-e2e.sh -- CMD ARGS…    # any command with the variables set
#
# NEWSDESK_E2E_CACHE (default ~/.cache/newsdesk-e2e) holds the installs; DIRECTUS_E2E_KEEP=1
# keeps the temporary folder (database, log) after a failure.
# Exit: the command's status; 2 when Directus cannot be installed, started or set up.

set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/scripts/lib/e2e.sh"
FIXTURE="$ROOT/test/e2e/directus"
t0=$(e2e_now)

# --- install (npm ci from the committed lock file, once per lock file)
APP="$(e2e_install directus "$FIXTURE")" || { echo "directus-e2e: npm ci failed for test/e2e/directus"; exit 2; }
CLI="$APP/node_modules/directus/cli.js"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-directus.XXXXXX")"
PID=""
stop() {
  e2e_stop_pid "$PID"
  if [ "${DIRECTUS_E2E_KEEP:-0}" = "1" ]; then echo "directus-e2e: kept $TMP"; else rm -rf "$TMP"; fi
}
trap stop EXIT
trap 'exit 130' INT TERM

secret() { e2e_secret; }
PORT="$(e2e_free_port)"
URL="http://127.0.0.1:$PORT"
ADMIN_TOKEN="$(secret)"
export DB_CLIENT=sqlite3 DB_FILENAME="$TMP/data.db" SECRET="$(secret)" \
  ADMIN_EMAIL=admin@example.com ADMIN_PASSWORD="$(secret)" ADMIN_TOKEN \
  HOST=127.0.0.1 PORT PUBLIC_URL="$URL" TELEMETRY=false LOG_LEVEL=warn LOG_STYLE=raw \
  STORAGE_LOCATIONS=local STORAGE_LOCAL_ROOT="$TMP/uploads" EXTENSIONS_PATH="$TMP/extensions" \
  CACHE_ENABLED=false RATE_LIMITER_ENABLED=false WEBSOCKETS_ENABLED=false MAX_PAYLOAD_SIZE=8mb
mkdir -p "$TMP/uploads" "$TMP/extensions"

t=$(e2e_now)
(cd "$APP" && node "$CLI" bootstrap) >"$TMP/bootstrap.log" 2>&1 || { echo "directus-e2e: bootstrap failed"; grep -v '[│╭╰]' "$TMP/bootstrap.log" | tail -n 20; exit 2; }
(cd "$APP" && exec node "$CLI" start) >"$TMP/directus.log" 2>&1 &
PID=$!
if ! e2e_wait_http "$URL/server/ping" 200 "$PID"; then echo "directus-e2e: Directus did not start on $URL — last lines of its log:"; tail -n 30 "$TMP/directus.log"; exit 2; fi
echo "directus-e2e: Directus $(node -p "require('$APP/node_modules/directus/package.json').version") up on $URL (pid $PID) in $(( $(e2e_now) - t )) s"

node "$ROOT/src/publish/cms/directus/setup.mjs" --url "$URL" --admin-token "$ADMIN_TOKEN" --user newsdesk@example.com --token-file "$TMP/token" \
  || { echo "directus-e2e: setup failed"; tail -n 30 "$TMP/directus.log"; exit 2; }

export DIRECTUS_URL="$URL"
DIRECTUS_TOKEN="$(cat "$TMP/token")"
export DIRECTUS_TOKEN
unset ADMIN_TOKEN ADMIN_PASSWORD SECRET

e2e_run directus test/e2e/directus.e2e.test.ts "$@"
