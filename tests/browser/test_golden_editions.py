"""The golden cases as a reader meets them: in the epub.js reading engine (contents, page list,
note and back links land; contrast in every reading mode; no clipping at 200 % and 400 %) and
the preview in Chromium (contrast in light, dark and forced colours; reflow at 200 % on 360 px and
400 % on 320 px)."""
import shutil
import sys
from pathlib import Path

import pytest

from publish.batch import build_all
from publish.build import output_paths
from publish.reader import check_in_reading_engine, check_preview

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
sys.path.insert(0, str(GOLDEN))
from golden_cases import cases  # noqa: E402

SEEDS = {path.stem for path in (GOLDEN.parent.parent / "seeds").glob("*.txt")}
# The seeds get all of this and more through publish check (tests/test_conformance.py).
CASES = [case for case in cases() if case.name not in SEEDS]


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


def report(result) -> str:
    return result.summary() + "\n" + "\n".join(map(str, result.messages[:20]))


@pytest.mark.parametrize("case", [case.name for case in CASES])
def test_every_link_lands_and_every_text_reads_in_the_reading_engine(sources, browser, case):
    result = check_in_reading_engine(sources[case]["epub"], browser)
    assert result.passed, report(result)
    assert result.counts["contents landed"] == result.counts["contents entries"] > 0
    assert result.counts["page list landed"] == result.counts["page list entries"] > 0
    assert result.counts["note links landed"] == result.counts["back links landed"] == result.counts["note links"]
    assert result.counts["low contrast"] == 0 and result.counts["clipped"] == 0


@pytest.mark.parametrize("case", [case.name for case in CASES])
def test_the_preview_reads_in_every_mode_and_reflows(sources, browser, case):
    result = check_preview(sources[case]["html"], browser)
    assert result.passed, report(result)
    assert result.counts["sideways scroll"] == 0 and result.counts["clipped"] == 0
