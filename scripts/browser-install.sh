#!/usr/bin/env bash
# Install Debian's Chromium for the desk's browser tests (playwright-core drives it; no test
# tool downloads a browser of its own). Does nothing when /usr/bin/chromium is there.
# Exit 2 when it cannot be installed.
set -uo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
# Another apt (a parallel install) holds the lock for a while: wait for it rather than fail.
for attempt in 1 2 3 4 5 6; do
  if $SUDO apt-get -o DPkg::Lock::Timeout=120 update -qq && $SUDO apt-get -o DPkg::Lock::Timeout=120 install -y -qq --no-install-recommends chromium >/dev/null; then
    break
  fi
  echo "browser-install: apt-get failed (attempt $attempt), retrying"
  sleep 10
done
[ -x /usr/bin/chromium ] || { echo "browser-install: /usr/bin/chromium is not installed"; exit 2; }
/usr/bin/chromium --version
