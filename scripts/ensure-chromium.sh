#!/bin/sh
# Playwright uses Debian's Chromium (its own browser download is unreachable here).
# Installs it when missing and we are root; otherwise says what to do.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium ontbreekt; installeren met apt-get …" >&2
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  exit 0
fi
echo "Chromium ontbreekt ($CHROMIUM), nodig voor de Playwright-tests." >&2
echo "Installeer het met: sudo apt-get install -y chromium   (of zet CHROMIUM_PATH naar een Chromium/Chrome)." >&2
exit 1
