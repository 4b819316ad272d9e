"""Build several sources: skip unchanged ones, run the rest in parallel, show progress."""
from __future__ import annotations

import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from publish import cache
from publish.errors import PublishError


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
              imposed: bool = False) -> Outcome:
    """Build one source unless its last build had the same inputs. Never raises PublishError."""
    started = time.perf_counter()
    try:
        key = cache.input_key(source, formats + (("imposed",) if imposed else ()), encoding) if source.is_file() else None
        reusable = cache.fresh_files(outdir, source, key) if key else None
        if reusable:
            return Outcome(source, _editions(reusable), reused=True)
        from publish.build import build
        warnings: list[str] = []
        written = build(source, outdir, formats, encoding, imposed=imposed, warn=warnings.append)
        if key:
            cache.remember(outdir, source, key, written)
        return Outcome(source, _editions(written), seconds=time.perf_counter() - started, warnings=tuple(warnings))
    except PublishError as error:
        return Outcome(source, error=str(error))


def _editions(files) -> tuple[Path, ...]:
    """The files a user asked for (not the stylesheets and fonts beside index.html)."""
    return tuple(p for p in files if p.suffix in (".html", ".epub", ".pdf"))


def build_all(sources: list[Path], outdir: Path, formats: tuple[str, ...], encoding: str,
              jobs: int | None = None, imposed: bool = False) -> list[Outcome]:
    """Build every source, in parallel on all cores when there are several."""
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(sources)))
    with Progress(len(sources)) as progress:
        if jobs == 1:
            outcomes = []
            for source in sources:
                progress.start(source)
                outcomes.append(build_one(source, outdir, formats, encoding, imposed))
                progress.done(outcomes[-1])
            return outcomes
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(build_one, s, outdir, formats, encoding, imposed): s for s in sources}
            for source in sources:
                progress.start(source)
            finished = {}
            for future in as_completed(futures):
                outcome = future.result()
                finished[outcome.source] = outcome
                progress.done(outcome)
        return [finished[s] for s in sources]


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
