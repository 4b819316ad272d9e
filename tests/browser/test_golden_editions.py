"""The golden cases as a reader meets them: in the epub.js reading engine (contents, page list,
note and back links land; contrast in every reading mode; no clipping at 200 % and 400 %) and
the preview in Chromium (contrast in light, dark and forced colours; reflow at 200 % on 360 px and
400 % on 320 px)."""
import queue
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from publish.batch import build_all
from publish.build import output_paths
from publish.reader import check_in_reading_engine, check_preview, chromium

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
sys.path.insert(0, str(GOLDEN))
from golden_cases import cases  # noqa: E402

SEEDS = {path.stem for path in (GOLDEN.parent.parent / "seeds").glob("*.txt")}
# The seeds get all of this and more through publish check (tests/test_conformance.py).
CASES = [case for case in cases() if case.name not in SEEDS]
# A check spends most of its time waiting for the browser to answer: two browsers, each checking
# the next case as soon as it is free, overlap those waits.
LANES = 2
CHECKS = (("engine", check_in_reading_engine, "epub"), ("preview", check_preview, "html"))


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    folder = tmp_path_factory.mktemp("golden")
    named = []
    for case in CASES:
        source = folder / f"{case.name}.txt"
        shutil.copy(case / "input.txt", source)
        if (case / "input.toml").exists():
            shutil.copy(case / "input.toml", source.with_suffix(".toml"))
        named.append(source)
    outcomes = build_all(named, folder / "out", ("html", "epub"), "utf-8")
    assert [o.error for o in outcomes] == [None] * len(named)
    return {source.stem: output_paths(source, folder / "out") for source in named}


@pytest.fixture(scope="module")
def checked(sources):
    """(case, "engine" or "preview") -> the check's result, or the exception it raised (its test
    raises it again). Each lane is a thread with a Chromium of its own: Playwright's sync API
    serves only the thread that started it."""
    todo: queue.SimpleQueue = queue.SimpleQueue()
    for case in CASES:
        todo.put(case.name)
    with ThreadPoolExecutor(max_workers=LANES) as pool:
        lanes = [pool.submit(check_until_done, todo, sources) for _ in range(LANES)]
        return {key: found for lane in lanes for key, found in lane.result().items()}


def check_until_done(todo: queue.SimpleQueue, sources) -> dict:
    found: dict = {}
    with chromium() as browser:
        while True:
            try:
                case = todo.get_nowait()
            except queue.Empty:
                return found
            for kind, check, edition in CHECKS:
                try:
                    found[case, kind] = check(sources[case][edition], browser)
                except Exception as error:          # its test shows it
                    found[case, kind] = error


def result_of(checked, case: str, kind: str):
    found = checked[case, kind]
    if isinstance(found, Exception):
        raise found
    return found


def report(result) -> str:
    return result.summary() + "\n" + "\n".join(map(str, result.messages[:20]))


@pytest.mark.parametrize("case", [case.name for case in CASES])
def test_every_link_lands_and_every_text_reads_in_the_reading_engine(checked, case):
    result = result_of(checked, case, "engine")
    assert result.passed, report(result)
    assert result.counts["contents landed"] == result.counts["contents entries"] > 0
    assert result.counts["page list landed"] == result.counts["page list entries"] > 0
    assert result.counts["note links landed"] == result.counts["back links landed"] == result.counts["note links"]
    assert result.counts["low contrast"] == 0 and result.counts["clipped"] == 0


@pytest.mark.parametrize("case", [case.name for case in CASES])
def test_the_preview_reads_in_every_mode_and_reflows(checked, case):
    result = result_of(checked, case, "preview")
    assert result.passed, report(result)
    assert result.counts["sideways scroll"] == 0 and result.counts["clipped"] == 0
