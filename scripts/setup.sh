#!/usr/bin/env bash
# Installs what spisovna and its tests need on Debian 12 / Ubuntu: the Debian packages the tests use
# (chromium for the browser tests, poppler-utils for the ingest benchmark, time for peak-memory
# measurement), then the npm packages, which also builds dist/ (the `prepare` script).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/bin/time ] || need+=(time)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "spisovna setup: installing ${need[*]} (apt-get)" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

npm ci --no-audit --no-fund
