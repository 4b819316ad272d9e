#!/usr/bin/env python3
"""Set up everything publish needs on this machine, then build or test.

    python3 dev.py build [publish build options]   build the booklets from seeds/ into out/
    python3 dev.py test  [pytest options]          run the test suite, one worker per core (pytest-xdist)
    python3 dev.py lint                            the lint gate: ruff, then mypy (pyproject.toml)
    python3 dev.py -v build|test|lint ...           the same, showing the whole set-up log

Needs only Python 3.11+. Creates .venv/, installs the package and its dependencies into it
(again only when pyproject.toml changed) and, on Debian/Ubuntu as root, the system packages:
Pango for WeasyPrint; for the tests also Java (EPUBCheck), poppler-utils and the validators
installed by tools/install_validators.sh (Java, poppler-utils, Chromium, DAISY Ace).
Each set-up step prints one line; its own output (pip, apt, npm) is shown when it fails, or with -v.
"""
from __future__ import annotations

import ctypes.util
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
RUNTIME_LIBRARIES = {"pango-1.0": "libpango-1.0-0", "pangoft2-1.0": "libpangoft2-1.0-0"}
VERBOSE = False       # -v: set-up steps print all they say, not only when they fail


def say(message: str) -> None:
    print(f"dev.py: {message}", file=sys.stderr, flush=True)


def attempt(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    """Run a set-up command; its output is kept back (in result.stdout) unless VERBOSE."""
    if VERBOSE:
        return subprocess.run(command, **kwargs)
    return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, errors="replace", **kwargs)


def run(command: list[str], **kwargs) -> None:
    """A set-up command that must succeed: on failure, its whole output and the command."""
    result = attempt(command, **kwargs)
    if result.returncode != 0:
        sys.stderr.write(result.stdout or "")
        sys.exit(f"dev.py: failed ({result.returncode}): {' '.join(command)}")


def apt_install(packages: set[str]) -> None:
    if not packages:
        return
    if not shutil.which("apt-get") or os.geteuid() != 0:
        sys.exit(f"dev.py: please install these system packages: {' '.join(sorted(packages))}")
    say(f"installing system packages: {' '.join(sorted(packages))}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-qq"], env=env)
    run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *sorted(packages)], env=env)


def ensure_system(for_tests: bool) -> None:
    apt_install({pkg for lib, pkg in RUNTIME_LIBRARIES.items() if not ctypes.util.find_library(lib)})
    installer = ROOT / "tools" / "install_validators.sh"
    if for_tests and installer.exists():
        say("checking the validators (tools/install_validators.sh)")
        run(["bash", str(installer)], cwd=ROOT)


def ensure_venv() -> None:
    if not (BIN / "python").exists():
        say("creating .venv")
        if attempt([sys.executable, "-m", "venv", str(VENV)]).returncode != 0:
            apt_install({f"python{sys.version_info.major}.{sys.version_info.minor}-venv"})
            shutil.rmtree(VENV, ignore_errors=True)
            run([sys.executable, "-m", "venv", str(VENV)])
    stamp = VENV / ".installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == wanted:
        return
    say("installing publish and its dependencies into .venv")
    run([str(BIN / "python"), "-m", "pip", "install", "--upgrade", "pip"])
    run([str(BIN / "python"), "-m", "pip", "install", "-e", f"{ROOT}[test]"])
    stamp.write_text(wanted)


LINTED = ["publish", "tests", "benchmarks", "tools", "dev.py"]


def lint() -> int:
    """ruff on the code, mypy on the package (their settings in pyproject.toml); fails on any finding."""
    ruff = subprocess.call([str(BIN / "ruff"), "check", "--quiet", *LINTED])
    mypy = subprocess.call([str(BIN / "mypy")])
    return ruff or mypy


def main(argv: list[str]) -> int:
    global VERBOSE
    if sys.version_info < (3, 11):
        sys.exit("dev.py: publish needs Python 3.11 or newer")
    VERBOSE = bool(argv) and argv[0] in ("-v", "--verbose")
    argv = argv[1:] if VERBOSE else argv
    if not argv or argv[0] not in ("build", "test", "lint"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command != "lint":                       # the gate reads the code only: no Pango, no validators
        ensure_system(for_tests=command == "test")
    ensure_venv()
    os.chdir(ROOT)
    if command == "build":
        return subprocess.call([str(BIN / "publish"), "build", *rest])
    if command == "lint":
        return lint()
    return subprocess.call([str(BIN / "python"), "-m", "pytest", *parallel(rest), *rest])


def parallel(pytest_options: list[str]) -> list[str]:
    """pytest-xdist's options, one worker per core, unless the caller chose the workers (-n, -p no:xdist)
    or asked for a debugger, which needs the test in this process."""
    chosen = {"-n", "--numprocesses", "--pdb", "--trace", "no:xdist"}
    if chosen & set(pytest_options) or any(o.startswith(("-n", "--numprocesses=")) for o in pytest_options):
        return []
    return ["-n", "auto"]       # tests/conftest.py deals the tests out to the workers


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
