"""Whole-document golden cases: tests/golden/<case>/input.txt (+ optional input.toml) ->
expected.md (the `publish clean` Markdown) and expected-report.txt (every change, then the
suspicious words).  Cases are found by scanning this folder.

Regenerate after an intended change, then review the diff before committing:

    .venv/bin/python -m tests.golden.regenerate            # every case
    .venv/bin/python -m tests.golden.regenerate CASE ...   # some cases
    git diff tests/golden

Never edit the expected files by hand.
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def cases() -> list[Path]:
    return sorted(path.parent for path in HERE.glob("*/input.txt"))


def produce(case: Path) -> tuple[str, str]:
    """(Markdown, report) for a case, as `publish clean --report` would print them, the report
    ending with the conservation account (`publish clean --audit`)."""
    from publish.audit import audit
    from publish.clean import clean
    from publish.config import load_config
    from publish.render.markdown import render_markdown
    from publish.report import in_source_order
    from publish.source import read_source
    from publish.structure import structure

    path = case / "input.txt"
    cleaned = clean(read_source(path))
    document = structure(cleaned, load_config(path), case.name)
    report = [f"- {change.kind} (line {change.line}): {change.before!r} -> {change.after!r}"
              + (f" [{change.reason}]" if change.reason else "")
              for change in in_source_order(cleaned.changes, document.changes)]
    report += [f"- suspicious (line {line}): {word!r} not in the Dutch word list; left as written"
               for word, line in cleaned.suspicious]
    report += ["", "## Conservation account", *audit(cleaned, document).summary()]
    return render_markdown(document), "\n".join(report) + "\n"
