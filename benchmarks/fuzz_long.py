"""The long fuzzing run: ten thousand cases and more, with EPUBCheck on every EPUB; prints figures.

    .venv/bin/python benchmarks/fuzz_long.py                       10,000 cases, one process
    .venv/bin/python benchmarks/fuzz_long.py --cases 20000 --jobs 2 --minutes 120 --keep

The cases come from the strategies of tests/fuzz/harness.py (text, TOML, bytes, a third each),
drawn with a fresh seed per run.  A case must build its HTML and EPUB or end in one line
`publish: error: ...`; the EPUBs are checked in batches by one EPUBCheck run each.  With --keep,
every case that fails goes into tests/fuzz/corpus/, which the test suite replays.
"""
from __future__ import annotations

import argparse
import collections
import multiprocessing
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "fuzz"))
from harness import BYTES_CASES, TEXT_CASES, TOML_CASES, build_case, check_epubs, keep_in_corpus
from hypothesis import HealthCheck, given, seed, settings

KINDS = {"text": TEXT_CASES, "toml": TOML_CASES, "bytes": BYTES_CASES}
CHUNK = 200


def refusal_kind(stderr: str) -> str:
    """The gist of a one-line error, without file names and numbers: what the refusals were."""
    message = re.sub(r"^publish: error: \S*?fuzz\.(txt|toml)(:\d+)?: ", r"\1: ", stderr.strip())
    message = re.sub(r"key '[^']*'", "key '...'", message)
    message = re.sub(r"\d[\d,.]*", "N", message)
    return re.sub(r"'[^']*'|\"[^\"]*\"", "'...'", message)[:90]


def fuzz(kind: str, cases: int, run_seed: int, deadline: float, check_every: int, keep: bool) -> dict:
    """One worker: `cases` cases of one kind, or fewer when the deadline comes first."""
    root = Path(tempfile.mkdtemp(prefix=f"fuzz-{kind}-"))
    figures = {"kind": kind, "cases": 0, "built": 0, "refused": collections.Counter(), "problems": [],
               "epubs_checked": 0, "invalid_epubs": [], "seconds": 0.0}
    pending: list[Path] = []
    started = time.monotonic()
    if started > deadline:
        return figures

    def check_pending():
        for path, messages in check_epubs(pending).items():
            if messages:
                figures["invalid_epubs"].append((str(path), messages[:3]))
        figures["epubs_checked"] += len(pending)
        for path in pending:
            shutil.rmtree(path.parent.parent.parent, ignore_errors=True)     # the case's folder
        pending.clear()

    @seed(run_seed)
    @settings(max_examples=cases, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(KINDS[kind])
    def one(case):
        if time.monotonic() > deadline:
            return
        folder = Path(tempfile.mkdtemp(dir=root))
        outcome = build_case(case, folder)
        figures["cases"] += 1
        problem = outcome.problem()
        if problem:
            figures["problems"].append((problem, repr(case)[:300]))
            if keep:
                keep_in_corpus(case, f"{kind}-{run_seed}-{len(figures['problems'])}-{problem[:40]}")
        elif outcome.epub:
            figures["built"] += 1
            pending.append(outcome.epub)
        else:
            figures["refused"][refusal_kind(outcome.stderr)] += 1
        if not outcome.epub:
            shutil.rmtree(folder, ignore_errors=True)
        if len(pending) >= check_every:
            check_pending()
    one()
    check_pending()
    print(f"  {kind}: {figures['cases']} cases, {len(figures['problems'])} problems, "
          f"{len(figures['invalid_epubs'])} invalid EPUBs, {time.monotonic() - started:.0f} s",
          file=sys.stderr, flush=True)
    figures["seconds"] = time.monotonic() - started
    shutil.rmtree(root, ignore_errors=True)
    return figures


def merged(results: list[dict]) -> list[dict]:
    """The chunks' figures added up per kind."""
    by_kind: dict[str, dict] = {}
    for result in results:
        total = by_kind.setdefault(result["kind"], {**result, "refused": collections.Counter(), "problems": [],
                                                    "invalid_epubs": [], "cases": 0, "built": 0,
                                                    "epubs_checked": 0, "seconds": 0.0})
        for key in ("cases", "built", "epubs_checked", "seconds"):
            total[key] += result[key]
        total["refused"] += result["refused"]
        total["problems"] += result["problems"]
        total["invalid_epubs"] += result["invalid_epubs"]
    return list(by_kind.values())


def report(results: list[dict], wall: float) -> None:
    cases = sum(r["cases"] for r in results)
    print(f"\nfuzz_long: {cases:,} cases in {wall / 60:.1f} min wall ({wall / max(cases, 1):.2f} s a case)")
    print(f"{'kind':<6} {'cases':>7} {'built':>7} {'refused':>8} {'problems':>9} {'EPUBs checked':>14} {'invalid':>8}")
    for r in results:
        print(f"{r['kind']:<6} {r['cases']:>7,} {r['built']:>7,} {sum(r['refused'].values()):>8,} "
              f"{len(r['problems']):>9} {r['epubs_checked']:>14,} {len(r['invalid_epubs']):>8}")
    refused = sum((r["refused"] for r in results), collections.Counter())
    print("\nmost common refusals (one-line errors):")
    for message, count in refused.most_common(15):
        print(f"  {count:>6,}  {message}")
    for r in results:
        for problem, case in r["problems"][:20]:
            print(f"\nPROBLEM [{r['kind']}] {problem}\n  case: {case}")
        for path, messages in r["invalid_epubs"][:20]:
            print(f"\nINVALID EPUB [{r['kind']}] {path}: {messages}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=10_000, help="cases in all (default 10,000)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--minutes", type=float, default=None, help="stop drawing new cases after this long")
    parser.add_argument("--check-every", type=int, default=200, help="EPUBs per EPUBCheck run (default 200)")
    parser.add_argument("--seed", type=int, default=None, help="seed of the first worker (default: random)")
    parser.add_argument("--keep", action="store_true", help="add failing cases to tests/fuzz/corpus/")
    args = parser.parse_args()
    first_seed = args.seed if args.seed is not None else random.randrange(2**32)
    deadline = time.monotonic() + args.minutes * 60 if args.minutes else float("inf")
    # Rounds of CHUNK cases, the kinds taking turns, so that a deadline cuts every kind alike.
    left = {kind: args.cases // len(KINDS) + (n < args.cases % len(KINDS)) for n, kind in enumerate(KINDS)}
    tasks = []
    while any(left.values()):
        for kind in KINDS:
            share = min(CHUNK, left[kind])
            if share:
                tasks.append((kind, share, first_seed + len(tasks), deadline, args.check_every, args.keep))
                left[kind] -= share
    print(f"fuzz_long: {args.cases:,} cases, seed {first_seed}, {args.jobs} worker(s)", file=sys.stderr, flush=True)
    started = time.monotonic()
    if args.jobs == 1:
        results = [fuzz(*task) for task in tasks]
    else:
        with multiprocessing.get_context("fork").Pool(args.jobs, maxtasksperchild=1) as pool:
            results = pool.starmap(fuzz, tasks)
    report(merged(results), time.monotonic() - started)
    return 1 if any(r["problems"] or r["invalid_epubs"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
