#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser) and their screenshots need a Chinese font.
# Installs both with apt when they are missing and this runs as root; otherwise says what to install.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-wqy-microhei)

if (( ${#missing[@]} == 0 )); then
    exit 0
fi
if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "▶ installing for the browser tests: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "✗ the browser tests need: ${missing[*]} (sudo apt install ${missing[*]})" >&2
    exit 1
fi
