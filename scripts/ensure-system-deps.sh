#!/usr/bin/env bash
# Installs what the test suite needs beyond npm packages: Debian's Chromium (browser tests) and
# PostgreSQL 15 (the integration suite's second database). Installs with apt-get when running as
# root; otherwise fails at once with one line saying what to install.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
if ! command -v pg_ctl >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  need+=(postgresql)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} from Debian (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "Missing: ${need[*]}. Install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
