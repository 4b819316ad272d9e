"""Rewrite the expected files of the golden cases from the current code (see golden_cases.py).

    .venv/bin/python -m tests.golden.regenerate [CASE ...]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from golden_cases import cases, produce


def main(names: list[str]) -> int:
    chosen = [case for case in cases() if not names or case.name in names]
    for case in chosen:
        markdown, report = produce(case)
        for name, text in (("expected.md", markdown), ("expected-report.txt", report)):
            target = case / name
            old = target.read_text(encoding="utf-8") if target.exists() else None
            target.write_text(text, encoding="utf-8")
            shown = target.relative_to(Path.cwd()) if target.is_relative_to(Path.cwd()) else target
            print(f"{'unchanged' if old == text else 'written  '} {shown}")
    print("review with: git diff tests/golden")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
