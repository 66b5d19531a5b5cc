#!/usr/bin/env bash
# Installs what the test suite needs beyond npm packages: Debian's Chromium (browser tests),
# PostgreSQL 15 (the integration suite's second database) and nginx (the reverse proxy of the
# several-instances robustness check; its service is not started). Installs with apt-get when running as
# root; otherwise fails at once with one line saying what to install.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
if ! command -v pg_ctl >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  need+=(postgresql)
fi
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} from Debian (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  # The package may start a system nginx on port 80; the tests run their own on loopback.
  if [[ " ${need[*]} " == *" nginx "* ]]; then service nginx stop >/dev/null 2>&1 || true; fi
else
  echo "Missing: ${need[*]}. Install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
