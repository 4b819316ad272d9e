"""Fuzzing in CI, on a small fixed budget: arbitrary text, TOML and bytes become editions that
pass EPUBCheck, or one line `publish: error: ...`; never an internal error or a traceback.

The examples are derandomised, so CI runs the same cases every time; benchmarks/fuzz_long.py
explores ten thousand new ones and more.  Every input that once crashed a build is kept in
tests/fuzz/corpus/ and replayed here.  The EPUBs are checked in the worker's EPUBCheck process
(tests/conftest.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import BYTES_CASES, TEXT_CASES, TOML_CASES, build_case, check_epubs, corpus_cases, fresh_folder

BUDGET = {"text": 12, "toml": 12, "bytes": 8}        # about 45 s for the file, EPUBCheck included


def run_examples(strategy, examples: int, root: Path) -> tuple[list[str], list[Path]]:
    """Build `examples` cases drawn from strategy: (the problems found, the EPUBs built)."""
    problems, epubs = [], []

    @settings(max_examples=examples, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def one(case):
        outcome = build_case(case, fresh_folder(root))
        problem = outcome.problem()
        if problem:
            problems.append(f"{problem}\n    case: {case!r:.400}")
        elif outcome.epub:
            epubs.append(outcome.epub)
    one()
    return problems, epubs


def assert_valid_epubs(epubs: list[Path], runner) -> None:
    invalid = {path: messages for path, messages in check_epubs(epubs, runner).items() if messages}
    assert not invalid, "\n".join(f"{path}: {messages[:5]}" for path, messages in invalid.items())


def test_fuzzed_text_toml_and_bytes_build_valid_editions_or_fail_in_one_line(tmp_path, epubcheck_runner):
    problems, epubs = [], []
    for kind, strategy in (("text", TEXT_CASES), ("toml", TOML_CASES), ("bytes", BYTES_CASES)):
        found, built = run_examples(strategy, BUDGET[kind], tmp_path)
        problems += [f"[{kind}] {problem}" for problem in found]
        epubs += built
    assert not problems, "\n".join(problems)
    assert epubs, "no fuzzed case built an EPUB: the strategies have lost their way"
    assert_valid_epubs(epubs, epubcheck_runner)


def test_every_input_that_once_crashed_now_builds_or_fails_in_one_line(tmp_path, epubcheck_runner):
    cases = corpus_cases()
    assert cases, "tests/fuzz/corpus/ holds the crashing inputs found so far"
    problems, epubs = [], []
    for name, case in cases.items():
        outcome = build_case(case, fresh_folder(tmp_path), stem=name)
        if outcome.problem():
            problems.append(f"{name}: {outcome.problem()}")
        elif outcome.epub:
            epubs.append(outcome.epub)
    assert not problems, "\n".join(problems)
    assert_valid_epubs(epubs, epubcheck_runner)
