"""Build several sources: skip unchanged ones, run the rest in parallel, show progress."""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from publish import cache
from publish.errors import PublishError
from publish.impose import Imposition
from publish.editions import edition_files
from publish.outputs import folders_written, output_stem, remove_leftovers


@dataclass(frozen=True)
class Outcome:
    """What happened to one source: the files it has, whether they were reused, or the error."""

    source: Path
    files: tuple[Path, ...] = ()
    reused: bool = False
    error: str | None = None
    seconds: float = 0.0
    warnings: tuple[str, ...] = ()


def build_one(source: Path, outdir: Path, formats: tuple[str, ...], encoding: str,
              imposition: Imposition | None = None) -> Outcome:
    """Build one source unless its last build had the same inputs. Never raises PublishError."""
    started = time.perf_counter()
    try:
        for folder in folders_written(source, outdir):
            remove_leftovers(folder)
        key = cache.input_key(source, formats, encoding, imposition) if source.is_file() else None
        reusable = cache.fresh_files(outdir, source, key) if key else None
        if reusable:
            return Outcome(source, _editions(reusable, source, outdir), reused=True)
        from publish.build import build
        warnings: list[str] = []
        written = build(source, outdir, formats, encoding, imposition=imposition, warn=warnings.append)
        if key:
            cache.remember(outdir, source, key, written)
        return Outcome(source, _editions(written, source, outdir), seconds=time.perf_counter() - started,
                       warnings=tuple(warnings))
    except PublishError as error:
        return Outcome(source, error=str(error))


def _editions(files, source: Path, outdir: Path) -> tuple[Path, ...]:
    """The files a user asked for, the editions of the table (not the stylesheets and fonts
    beside index.html)."""
    stem = output_stem(source)
    wanted = edition_files(stem, outdir / stem)
    return tuple(p for p in files if p in wanted)


def build_all(sources: list[Path], outdir: Path, formats: tuple[str, ...], encoding: str,
              jobs: int | None = None, imposition: Imposition | None = None) -> list[Outcome]:
    """Build every source, in parallel on all cores when there are several."""
    sources = distinct_sources(sources, outdir)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(sources)))
    with Progress(len(sources)) as progress:
        if jobs == 1:
            outcomes = []
            for source in sources:
                progress.start(source)
                outcomes.append(build_one(source, outdir, formats, encoding, imposition))
                progress.done(outcomes[-1])
            return outcomes
        with ProcessPoolExecutor(max_workers=jobs, initializer=end_with_parent, initargs=(os.getpid(),)) as pool:
            futures = {pool.submit(build_one, s, outdir, formats, encoding, imposition): s for s in sources}
            for source in sources:
                progress.start(source)
            finished = {}
            for future in as_completed(futures):
                outcome = future.result()
                finished[outcome.source] = outcome
                progress.done(outcome)
        return [finished[s] for s in sources]


# prctl(2) option: the signal a process gets when the thread that started it ends.
PR_SET_PDEATHSIG = 1


def end_with_parent(parent: int) -> None:
    """Worker initializer: a worker ends when the build that started it ends, however that
    ended (kill -9 included), instead of writing editions for a build nobody waits for.

    Linux sends the worker SIGTERM when its parent dies (prctl PR_SET_PDEATHSIG); with the
    default action that ends it at once, except while it renames editions into place (signals
    deferred there), so a folder never holds editions of two builds.  The pool starts its
    workers from the thread that calls build_all, which lives as long as the pool.  Elsewhere
    workers are not bound to their parent.
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)     # not the CLI's handler, inherited by fork
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
        if os.getppid() != parent:                    # the parent died before prctl: no signal comes
            os.kill(os.getpid(), signal.SIGTERM)


def distinct_sources(sources: list[Path], outdir: Path) -> list[Path]:
    """The sources without repeats of one file; two files whose editions would share one
    folder OUTDIR/<stem> are refused before anything is built (one would overwrite the other)."""
    by_stem: dict[str, Path] = {}
    for source in sources:
        earlier = by_stem.setdefault(source.stem, source)
        if earlier is not source and earlier.resolve() != source.resolve():
            raise PublishError(f"{earlier} and {source} would both be written to {outdir / source.stem}; "
                               "rename one, or build them into different OUTDIRs")
    return list(by_stem.values())


class Progress:
    """A rich progress bar on a terminal; plain log lines (stderr) otherwise."""

    def __init__(self, total: int):
        self.total = total
        self.bar = None
        if sys.stderr.isatty():
            from rich.progress import BarColumn, Progress as RichProgress, TextColumn, TimeElapsedColumn
            from rich.console import Console
            self.bar = RichProgress(TextColumn("[bold]publish[/] {task.description}"), BarColumn(),
                                    TextColumn("{task.completed}/{task.total}"), TimeElapsedColumn(),
                                    console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("building", total=total)

    def __enter__(self):
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc):
        if self.bar:
            self.bar.stop()

    def start(self, source: Path) -> None:
        if self.bar:
            self.bar.update(self.task, description=f"building {source.name}")

    def done(self, outcome: Outcome) -> None:
        """Log a finished source; errors are left to the caller, which prints them once."""
        if outcome.error:
            state = None
        elif outcome.reused:
            state = "unchanged, kept"
        else:
            state = f"built in {outcome.seconds:.1f} s"
        if self.bar:
            self.bar.advance(self.task)
        if state is None:
            return
        line = f"publish: {outcome.source.name}: {state}"
        if self.bar:
            self.bar.console.print(line, highlight=False)
        else:
            print(line, file=sys.stderr, flush=True)
