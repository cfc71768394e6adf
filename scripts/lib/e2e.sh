# Shared by the e2e scripts (sourced): a free port, secrets, stopping a server by its PID,
# waiting for a server to answer, and running a suite or a given command.

e2e_now() { date +%s; }

# A free TCP port on 127.0.0.1 (others run the same suites on this machine at the same time).
e2e_free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})'; }

e2e_secret() { node -e 'process.stdout.write(require("crypto").randomBytes(24).toString("hex"))'; }

# Stop a process by its PID and its children (PHP's server forks its workers): TERM, up to
# 5 s, then KILL.
e2e_stop_pid() {
  local pid="$1" child
  if [ -n "$pid" ]; then
    for child in $(pgrep -P "$pid" 2>/dev/null); do e2e_stop_pid "$child"; done
  fi
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
}

# e2e_wait_http URL STATUS PID [TRIES]: 0 once URL answers STATUS (every 0.5 s), 1 when PID dies or time runs out.
e2e_wait_http() {
  local url="$1" want="$2" pid="$3" tries="${4:-240}" code
  for _ in $(seq 1 "$tries"); do
    kill -0 "$pid" 2>/dev/null || return 1
    code="$(node -e 'fetch(process.argv[1]).then(r=>process.stdout.write(String(r.status)),()=>process.stdout.write("0"))' "$url")"
    [ "$code" = "$want" ] && return 0
    sleep 0.5
  done
  return 1
}

# e2e_run NAME TESTFILE [-- CMD ARGS…]: the suite (its JSON report .newsdesk/test-results/e2e-NAME.json
# in CI), or the command given after `--`; prints how long it took and returns its status.
e2e_run() {
  local name="$1" file="$2" started status
  shift 2
  started=$(e2e_now)
  if [ "${1:-}" = "--" ]; then shift; fi
  if [ "$#" -gt 0 ]; then
    "$@"
  else
    (cd "$ROOT" && E2E_REPORT="e2e-$name" npx vitest run --config test/e2e/vitest.config.ts "$file")
  fi
  status=$?
  echo "$name-e2e: tests took $(( $(e2e_now) - started )) s; total $(( $(e2e_now) - t0 )) s"
  return $status
}

# e2e_install NAME FIXTURE: `npm ci` of a fixture app from its committed lock file into
# ${NEWSDESK_E2E_CACHE:-~/.cache/newsdesk-e2e}/NAME-<digest of package.json and the lock>,
# once per lock file (a second run, or CI on the same machine, installs nothing). Prints the
# folder holding node_modules; returns 1 when npm ci fails.
e2e_install() {
  local name="$1" fixture="$2" key dir started
  key="$(cat "$fixture/package.json" "$fixture/package-lock.json" | sha256sum | cut -c1-16)"
  dir="${NEWSDESK_E2E_CACHE:-$HOME/.cache/newsdesk-e2e}/$name-$key"
  if [ ! -f "$dir/.installed" ]; then
    echo "$name-e2e: npm ci ($fixture) into $dir" >&2
    started=$(e2e_now)
    rm -rf "$dir" && mkdir -p "$dir" && cp "$fixture/package.json" "$fixture/package-lock.json" "$dir/" || return 1
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >&2 || { rm -rf "$dir"; return 1; }
    touch "$dir/.installed"
    echo "$name-e2e: installed in $(( $(e2e_now) - started )) s" >&2
  fi
  echo "$dir"
}
