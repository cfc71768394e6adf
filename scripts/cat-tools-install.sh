#!/usr/bin/env bash
# Installs the translators' tools the CAT round-trip tests run for real, from Debian's
# packages: OmegaT (console mode, its XLIFF filter), translate-toolkit (XLIFF and PO
# converters) and libxml2-utils (xmllint, which validates TMX against its DTD and TBX
# against the DTD the tests name). Only these packages, without recommends, and nothing when
# they are already there, so CI stays fast. Needs root (CI runs as root).
set -euo pipefail
need=()
command -v omegat >/dev/null 2>&1 || need+=(omegat)
command -v po2xliff >/dev/null 2>&1 || need+=(translate-toolkit)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
if [ ${#need[@]} -eq 0 ]; then
  echo "cat-tools: omegat, translate-toolkit and xmllint already installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "cat-tools: need root to install ${need[*]} (apt-get)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "cat-tools: installed ${need[*]}"
