#!/usr/bin/env bash
# The lowest versions pyproject.toml allows, installed for real and tested: a virtual environment
# of its own (.venv-minimum/) gets publish with tests/constraints-minimum.txt (every lower bound
# pinned), then the fast tests run against it (no validators, no wheel build), one worker per core.
#   bash tools/test_minimum_versions.sh [pytest options]
# Set-up prints one line; pip's log is shown when it fails.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv-minimum"
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
cd "$ROOT"

quietly() {
    if ! "$@" >"$LOG" 2>&1; then
        cat "$LOG" >&2
        echo "test_minimum_versions: failed: $*" >&2
        exit 1
    fi
}

echo "test_minimum_versions: installing publish with the lowest versions into .venv-minimum" >&2
quietly python3 -m venv --clear "$VENV"
quietly "$VENV/bin/python" -m pip install -c tests/constraints-minimum.txt -e ".[test]"
"$VENV/bin/python" -m pytest -q -p no:cacheprovider -n auto -m "not validators and not wheel" "$@"
