"""Build several sources: skip unchanged ones, run the rest in parallel, show progress."""
from __future__ import annotations

import ctypes
import os
import signal
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path
from collections.abc import Callable, Iterator

from publish import cache
from publish.errors import PublishError
from publish.editions import edition_files
from publish.impose import Imposition
from publish.manifest import Title
from publish.outputs import PRINT_FOLDER, folders_written, output_stem, remove_leftovers
from publish.results import Result, measured
from publish.stack import with_room_to_recurse


@dataclass(frozen=True)
class Outcome:
    """What happened to one source: the files it has, whether they were reused, or the error;
    language says which language the text was built as, and why."""

    source: Path
    files: tuple[Path, ...] = ()
    reused: bool = False
    error: str | None = None
    seconds: float = 0.0
    warnings: tuple[str, ...] = ()
    language: str = ""


def build_one(source: Path, outdir: Path, formats: tuple[str, ...], encoding: str,
              imposition: Imposition | None = None, print_html: bool = False) -> Outcome:
    """Build one source unless its last build had the same inputs. Never raises PublishError."""
    started = time.perf_counter()
    try:
        for folder in folders_written(source, outdir):
            remove_leftovers(folder)
        extras = ("print-html",) * print_html
        key = cache.input_key(source, formats + extras, encoding, imposition) if source.is_file() else None
        reusable = cache.fresh_files(outdir, source, key) if key else None
        if reusable:
            return Outcome(source, _editions(reusable, source, outdir), reused=True)
        from publish.build import build
        warnings: list[str] = []
        language: list[str] = []
        written = with_room_to_recurse(build, source, outdir, formats, encoding, imposition=imposition,
                                       print_html=print_html, warn=warnings.append, inform=language.append)
        if key:
            cache.remember(outdir, source, key, written)
        return Outcome(source, _editions(written, source, outdir), seconds=time.perf_counter() - started,
                       warnings=tuple(warnings), language="".join(language))
    except PublishError as error:
        return Outcome(source, error=str(error), seconds=time.perf_counter() - started)


def _editions(files, source: Path, outdir: Path) -> tuple[Path, ...]:
    """The files a user asked for: the editions of the table and, with --print-html, the print
    HTML (not the stylesheets and fonts beside them)."""
    stem = output_stem(source)
    wanted = {*edition_files(stem, outdir / stem), outdir / stem / PRINT_FOLDER / f"{stem}.html"}
    return tuple(p for p in files if p in wanted)


def build_all(sources: list[Path], outdir: Path, formats: tuple[str, ...], encoding: str,
              jobs: int | None = None, imposition: Imposition | None = None) -> list[Outcome]:
    """Build every source, in parallel on all cores when there are several."""
    titles = [Title(source, formats, encoding, imposition) for source in sources]
    return [result.outcome for result in build_titles(titles, outdir, jobs)]


def build_title(title: Title, outdir: Path, check: bool = False, checked: bool = False,
                measure: bool = True) -> Result:
    """Build one title of a list and measure it for the results file (the task a worker runs;
    without measure, only its outcome); with check, validate its editions as publish check does,
    unless they are unchanged and were checked before."""
    try:
        outcome = build_one(title.source, outdir, title.formats, title.encoding, title.imposition,
                            title.print_html)
    except Exception as error:              # a bug met by one title must not stop the list
        if os.environ.get("PUBLISH_DEBUG"):
            raise
        outcome = Outcome(title.source, error=f"{title.source}: internal error: {type(error).__name__}: {error} "
                                              "(set PUBLISH_DEBUG=1 for a traceback)")
    result = measured(title, outcome) if measure else Result(title, outcome)
    if not check or result.outcome.error or (result.outcome.reused and checked):
        return result
    from publish.check import check_built, verdict
    return replace(result, check=verdict(*check_built(title.source, outdir, title.encoding, title.formats)))


def build_titles(titles: list[Title], outdir: Path, jobs: int | None = None, scheduler: str | None = None,
                 done: Callable[[Result], None] = lambda result: None, check: bool = False,
                 checked: Callable[[Title], bool] = lambda title: False, measure: bool = True) -> list[Result]:
    """Build every title: on a Dask cluster when a scheduler address is given, else in a pool of
    local processes (one per core) or, for one job, in this process.  done(result) is called as
    each title ends; the results come back in the titles' order.  With check, each title's
    editions are validated too, unless checked(title) says an unchanged title was before.
    Without measure, no title's pages, words and memory are taken (only a results file shows them)."""
    titles = distinct_titles(titles, outdir)
    tasks = [(title, outdir, check, check and checked(title), measure) for title in titles]
    finished: dict[Path, Result] = {}
    with Progress(len(titles)) as progress:
        for result in _results(tasks, jobs, scheduler, progress):
            finished[result.title.source] = result
            progress.done(result.outcome)
            done(result)
    return [finished[title.source] for title in titles]


def _results(tasks: list[tuple], jobs: int | None, scheduler: str | None, progress: Progress) -> Iterator[Result]:
    """Each title's result as it ends; a task is build_title's arguments."""
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(tasks)))
    if scheduler is None and jobs == 1:
        for task in tasks:
            progress.start(task[0].source)
            yield build_title(*task)
        return
    from concurrent.futures import Executor, ProcessPoolExecutor, as_completed   # not needed for one title at a time
    executor: Executor
    if scheduler is None:
        executor = ProcessPoolExecutor(max_workers=jobs, initializer=start_worker, initargs=(os.getpid(),))
    else:
        from publish.cluster import connect
        executor = connect(scheduler)
    with executor:
        futures = [executor.submit(build_title, *task) for task in tasks]
        for task in tasks:
            progress.start(task[0].source)
        for future in as_completed(futures):
            yield future.result()


# prctl(2) option: the signal a process gets when the thread that started it ends.
PR_SET_PDEATHSIG = 1


def start_worker(parent: int) -> None:
    """Worker initializer: the worker ends with its parent (end_with_parent) and frees its last
    layout when it ends (collect_at_exit)."""
    end_with_parent(parent)
    collect_at_exit()


def collect_at_exit() -> None:
    """A pool worker ends through os._exit, past the interpreter's own clean-up, so the layout
    its last build dropped (publish.build) may still wait in a reference cycle for the collector,
    and with it the folder of font files WeasyPrint removes only when that layout is freed
    (weasyprint-* in TMPDIR): each worker left one behind.  A collection among the handlers a
    multiprocessing worker runs at its end frees it."""
    import gc
    import multiprocessing.util
    multiprocessing.util.Finalize(None, gc.collect, exitpriority=0)


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


def distinct_titles(titles: list[Title], outdir: Path) -> list[Title]:
    """The titles without repeats of one file (the first one named is built); two files whose
    editions would share one folder OUTDIR/<stem> are refused before anything is built (one
    would overwrite the other)."""
    by_stem: dict[str, Title] = {}
    for title in titles:
        earlier = by_stem.setdefault(title.source.stem, title)
        if earlier is not title and earlier.source.resolve() != title.source.resolve():
            raise PublishError(f"{earlier.source} and {title.source} would both be written to "
                               f"{outdir / title.source.stem}; rename one, or build them into different OUTDIRs")
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
            state = f"built in {outcome.seconds:.1f} s" + (f"; {outcome.language}" if outcome.language else "")
        if self.bar:
            self.bar.advance(self.task)
        if state is None:
            return
        line = f"publish: {outcome.source.name}: {state}"
        if self.bar:
            self.bar.console.print(line, highlight=False)
        else:
            print(line, file=sys.stderr, flush=True)
