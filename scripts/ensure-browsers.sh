#!/usr/bin/env bash
# Makes sure the browsers the tests drive are here: Debian's Chromium and Firefox ESR, each
# with its French language pack (the extension speaks the browser's language). Installs them with
# apt-get when run as root; otherwise says exactly what to install. Test tools never
# download browsers of their own (there is no internet on these machines).
set -euo pipefail
# Usage: ensure-browsers.sh [chromium|firefox|all]   (npm start needs Chromium only)
want="${1:-all}"

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
missing=()
if [ "$want" != firefox ]; then
  [ -x "$chromium" ] || missing+=(chromium)
  if [ "$chromium" = /usr/bin/chromium ] && ! dpkg -s chromium-l10n >/dev/null 2>&1; then
    missing+=(chromium-l10n)
  fi
fi
if [ "$want" != chromium ]; then
  [ -x "$firefox" ] || missing+=(firefox-esr)
  if [ "$firefox" = /usr/bin/firefox-esr ] && ! dpkg -s firefox-esr-l10n-fr >/dev/null 2>&1; then
    missing+=(firefox-esr-l10n-fr)
  fi
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} from Debian…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  for path in $([ "$want" != firefox ] && echo "$chromium") $([ "$want" != chromium ] && echo "$firefox"); do
    [ -x "$path" ] || { echo "Still no browser at $path: point CHROMIUM_PATH / FIREFOX_PATH at it." >&2; exit 1; }
  done
  exit 0
fi

echo "The browser tests need: ${missing[*]}." >&2
echo "Install them with:  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
echo "or point CHROMIUM_PATH / FIREFOX_PATH at your own Chromium and Firefox ESR (140 or later)." >&2
exit 1
