#!/usr/bin/env bash
# Run newsdesk's WordPress e2e suite against a real WordPress from Debian's packages: install
# them when missing (wordpress, php-cli, php-mysql, mariadb-server; apt-get), start MariaDB on
# a private socket (no TCP port) and WordPress under PHP's built-in server on 127.0.0.1 and a
# free port, both with their data in a temporary folder; install WordPress, an Editor user
# with an application password, and newsdesk's plugin (src/publish/cms/wordpress) as a
# must-use plugin; export WORDPRESS_URL / WORDPRESS_USER / WORDPRESS_APP_PASSWORD; run the
# suite; stop both servers by their PIDs whatever happens.
#
#   scripts/wordpress-e2e.sh                 # the suite (test/e2e/wordpress.e2e.test.ts)
#   scripts/wordpress-e2e.sh -- CMD ARGS…    # any command with the variables set
#
# WORDPRESS_E2E_KEEP=1 keeps the temporary folder (database, logs) after a failure.
# Exit: the command's status; 2 when WordPress cannot be installed, started or set up.

set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
. "$ROOT/scripts/lib/e2e.sh"
t0=$(e2e_now)

# --- install (Debian's packages; only when something is missing)
if ! command -v php >/dev/null || ! command -v mariadbd >/dev/null || [ ! -f /usr/share/wordpress/wp-settings.php ] || ! php -m 2>/dev/null | grep -qi '^mysqli$' || [ ! -d /usr/share/wordpress/wp-content/themes/twentytwentythree ]; then
  echo "wordpress-e2e: apt-get install wordpress php-cli php-mysql mariadb-server"
  t=$(e2e_now)
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends wordpress wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server >/dev/null; } || { echo "wordpress-e2e: apt-get install failed"; exit 2; }
  echo "wordpress-e2e: installed in $(( $(e2e_now) - t )) s"
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-wordpress.XXXXXX")"
DB_PID=""
WP_PID=""
stop() {
  e2e_stop_pid "$WP_PID"
  e2e_stop_pid "$DB_PID"
  if [ "${WORDPRESS_E2E_KEEP:-0}" = "1" ]; then echo "wordpress-e2e: kept $TMP"; else rm -rf "$TMP"; fi
}
trap stop EXIT
trap 'exit 130' INT TERM

# --- MariaDB: a private data folder and socket, no network
t=$(e2e_now)
SOCK="$TMP/mysql.sock"
mariadb-install-db --no-defaults --datadir="$TMP/db" --user="$(id -un)" --auth-root-authentication-method=socket --skip-test-db >"$TMP/mariadb-install.log" 2>&1 || { echo "wordpress-e2e: mariadb-install-db failed"; tail -n 20 "$TMP/mariadb-install.log"; exit 2; }
mariadbd --no-defaults --datadir="$TMP/db" --socket="$SOCK" --skip-networking --pid-file="$TMP/mariadb.pid" --user="$(id -un)" \
  --innodb-buffer-pool-size=64M --skip-log-bin >"$TMP/mariadb.log" 2>&1 &
DB_PID=$!
for _ in $(seq 1 120); do [ -S "$SOCK" ] && break; kill -0 "$DB_PID" 2>/dev/null || break; sleep 0.25; done
if [ ! -S "$SOCK" ]; then echo "wordpress-e2e: MariaDB did not start"; tail -n 20 "$TMP/mariadb.log"; exit 2; fi
DB_PASSWORD="$(e2e_secret)"
mariadb --no-defaults --socket="$SOCK" -u root -e "CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$DB_PASSWORD'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';" \
  || { echo "wordpress-e2e: cannot create the database"; exit 2; }
echo "wordpress-e2e: MariaDB up on $SOCK (pid $DB_PID) in $(( $(e2e_now) - t )) s"

# --- WordPress: Debian's files copied, with a wp-config.php of its own and newsdesk's plugin
PORT="$(e2e_free_port)"
URL="http://127.0.0.1:$PORT"
WP="$TMP/wp"
cp -a /usr/share/wordpress "$WP" && rm -f "$WP/wp-config.php" "$WP/.htaccess" || { echo "wordpress-e2e: cannot copy /usr/share/wordpress"; exit 2; }
mkdir -p "$WP/wp-content/mu-plugins" "$WP/wp-content/uploads"
cp "$ROOT/src/publish/cms/wordpress/newsdesk.php" "$WP/wp-content/mu-plugins/newsdesk.php"
salt() { e2e_secret; }
cat >"$WP/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost:$SOCK');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('AUTH_KEY', '$(salt)');
define('SECURE_AUTH_KEY', '$(salt)');
define('LOGGED_IN_KEY', '$(salt)');
define('NONCE_KEY', '$(salt)');
define('AUTH_SALT', '$(salt)');
define('SECURE_AUTH_SALT', '$(salt)');
define('LOGGED_IN_SALT', '$(salt)');
define('NONCE_SALT', '$(salt)');
\$table_prefix = 'wp_';
define('WP_HOME', '$URL');
define('WP_SITEURL', '$URL');
// Application passwords over plain http need a 'local' environment (loopback only here).
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', false);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP

t=$(e2e_now)
HTTP_HOST="127.0.0.1:$PORT" php "$ROOT/scripts/e2e-wordpress-setup.php" "$WP" "$TMP/credentials" >"$TMP/setup.log" 2>&1 || { echo "wordpress-e2e: WordPress setup failed"; tail -n 20 "$TMP/setup.log"; exit 2; }
cat "$TMP/setup.log"

# PHP's built-in server, with a few workers (WordPress answers one request per worker).
(cd "$WP" && exec env PHP_CLI_SERVER_WORKERS=4 php -S "127.0.0.1:$PORT" -t "$WP") >"$TMP/php.log" 2>&1 &
WP_PID=$!
if ! e2e_wait_http "$URL/?rest_route=/" 200 "$WP_PID" 120; then echo "wordpress-e2e: WordPress did not answer on $URL"; tail -n 20 "$TMP/php.log"; exit 2; fi
echo "wordpress-e2e: WordPress $(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;') up on $URL (pid $WP_PID) in $(( $(e2e_now) - t )) s"

export WORDPRESS_URL="$URL"
WORDPRESS_USER="$(sed -n 1p "$TMP/credentials")"
WORDPRESS_APP_PASSWORD="$(sed -n 2p "$TMP/credentials")"
export WORDPRESS_USER WORDPRESS_APP_PASSWORD

e2e_run wordpress test/e2e/wordpress.e2e.test.ts "$@"
