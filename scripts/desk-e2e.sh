#!/usr/bin/env bash
# The desk's browser suite: Debian's Chromium (installed by scripts/browser-install.sh when
# missing) driven by playwright-core against desks started by the tests on 127.0.0.1 with a
# free port. Exit: the suite's status; 2 when Chromium cannot be installed.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
bash "$ROOT/scripts/browser-install.sh" || exit 2
cd "$ROOT" && npx vitest run --config test/browser/vitest.config.ts
