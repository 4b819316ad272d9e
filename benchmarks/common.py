"""Shared helpers of the benchmark scripts: timing, subprocess builds with their peak memory."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"


BYTECODE_NOTE = """Python compiles a module it finds no bytecode for on every start, and an installed package has its
.pyc files (pip compiles them); an environment with PYTHONDONTWRITEBYTECODE set (these sessions
have it) never keeps them for the source tree, which costs ours about 0.1 s a run.  By default the
benchmark drops that variable for its own runs, so the first build leaves the bytecode in
publish/__pycache__ as any Python run does; --no-bytecode keeps the environment as it is (bytecode
an earlier run left is still read: the header says so)."""


def bytecode_as_installed(keep_environment: bool) -> str:
    """Give publish's runs the bytecode an installed package has (unless keep_environment), and
    say for the header which bytecode they read."""
    if not keep_environment:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    if not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return "kept, as installed"
    found = any((PROJECT / "publish").rglob("__pycache__/*.pyc"))
    return "not written; .pyc files an earlier run left ARE read" if found else "none, compiled on every run"


def seeds(pattern: str = "*.txt") -> list[Path]:
    found = sorted(SEEDS.glob(pattern))
    if not found:
        sys.exit(f"benchmarks: no seeds/{pattern}")
    return found


def best_of(function, repeat: int):
    """(first time, best time, result) of calling function() repeat times."""
    times, result = [], None
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return times[0], min(times), result


@dataclass(frozen=True)
class Run:
    seconds: float
    max_rss_mb: float
    stdout: str
    stderr: str
    cpu_seconds: float = 0.0      # user + system time of the child and the descendants it waited for


def run(command: list[str], cwd: Path = PROJECT, stdout_path: Path | None = None) -> Run:
    """Run a command to completion; its wall time and peak resident memory (child and descendants).

    os.wait4 gives the rusage of exactly this child: the same figure as
    resource.getrusage(RUSAGE_CHILDREN).ru_maxrss in a process that ran only this build.
    """
    with tempfile.TemporaryFile() as err, (stdout_path.open("w+b") if stdout_path
                                           else tempfile.TemporaryFile()) as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace") if not stdout_path else ""
        stderr = err.read().decode(errors="replace")
    if process.returncode != 0:
        sys.exit(f"benchmarks: failed ({process.returncode}): {' '.join(map(str, command))}\n{stderr}")
    return Run(seconds, usage.ru_maxrss / 1024, stdout, stderr,      # Linux: ru_maxrss in KiB
               usage.ru_utime + usage.ru_stime)


def publish(*args) -> list[str]:
    return [sys.executable, "-m", "publish", *map(str, args)]


def table(headers: list[str], rows: list[list[object]]) -> str:
    """A plain aligned text table (numbers right-aligned)."""
    cells = [headers] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    numeric = [all(_is_number(row[i]) for row in cells[1:]) for i in range(len(headers))]

    def line(row):
        return "  ".join(c.rjust(w) if n else c.ljust(w) for c, w, n in zip(row, widths, numeric)).rstrip()
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells[1:]])


def _is_number(text: str) -> bool:
    try:
        float(text.rstrip("x%").replace(",", ""))
        return True
    except ValueError:
        return text in ("-", "n/a")
