#!/usr/bin/env bash
# Install Debian's chromium (for the browser tests: tests/test_browser.py) plus CJK and emoji fonts, so
# that headless screenshots show Chinese text and 👍/👎 instead of empty boxes. Idempotent: does nothing when both
# are present. Needs root (or sudo) and access to the Debian mirrors.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install_chromium.sh: must run as root (or with sudo available)" >&2
        exit 1
    fi
fi

missing=()
if [ ! -x /usr/bin/chromium ]; then
    missing+=(chromium)
fi
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    missing+=(fonts-noto-cjk)
fi
if ! fc-list 2>/dev/null | grep -qi "emoji"; then
    missing+=(fonts-noto-color-emoji)  # the 👍/👎 feedback buttons
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "chromium and the CJK/emoji fonts are already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi

echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Try with the current package lists first; refresh them only when that fails (stale or empty lists).
if ! $SUDO apt-get install -y --no-install-recommends "${missing[@]}"; then
    $SUDO apt-get update
    $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

if [ ! -x /usr/bin/chromium ]; then
    echo "install_chromium.sh: /usr/bin/chromium still missing after installation" >&2
    exit 1
fi
echo "done: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
