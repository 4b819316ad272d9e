"""One test per golden case folder; regenerate with `python -m tests.golden.regenerate`."""
from __future__ import annotations

import pytest

from golden_cases import cases, produce


@pytest.mark.parametrize("case", cases(), ids=lambda case: case.name)
def test_golden(case):
    markdown, report = produce(case)
    assert markdown == (case / "expected.md").read_text(encoding="utf-8")
    assert report == (case / "expected-report.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("case", cases(), ids=lambda case: case.name)
def test_golden_case_accounts_for_every_word(case):
    from publish.audit import audit
    from publish.build import load
    loaded = load(case / "input.txt")
    account = audit(loaded.cleaned, loaded.document)
    assert account.ok, "\n".join(account.summary())
