"""Nothing lost, nothing added: cleaning OCR-style pages made from clean prose gives back the
prose's words in order (page furniture goes to the report, layout hyphens are joined)."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from clean_helpers import source
from ocr_pages import Layout, pages
from publish.audit import audit
from publish.clean import clean
from publish.structure import structure

PROSE = (Path(__file__).parents[1] / "fixtures" / "clean" / "proza.txt").read_text(encoding="utf-8")
PARAGRAPHS = [p.strip() for p in PROSE.split("\n\n") if p.strip()]
QUOTES_DASHES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "\u00a0": " "})


def words(text: str) -> list[str]:
    return text.translate(QUOTES_DASHES).split()


def cleaned_words(text: str) -> list[str]:
    cleaned = clean(source(text))
    return [word for block in cleaned.blocks for word in words(block.text)], cleaned


layouts = st.builds(
    Layout,
    width=st.integers(min_value=28, max_value=100),
    hyphenate=st.booleans(),
    page_lines=st.integers(min_value=8, max_value=45),
    furniture=st.sampled_from(["number", "spread", "formfeed", "credit", "head"]),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    trailing=st.sampled_from(["", " ", "  ", "\t"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(layout=layouts, chosen=st.permutations(PARAGRAPHS).map(lambda ps: ps[:6]))
def test_cleaning_returns_the_prose_words_in_order(layout, chosen):
    text = pages(chosen, layout)
    got, cleaned = cleaned_words(text)
    assert got == words(" ".join(chosen))
    removed = " ".join(change.before for change in cleaned.removals)
    assert not re.search(r"Fotografie|Verslag uit de wijk", " ".join(got)), removed
    account = audit(cleaned, structure(cleaned))
    assert account.ok, account.summary()


def test_a_layout_hyphen_and_a_page_number_in_one_sentence():
    text = pages([PARAGRAPHS[3]], Layout(width=30, page_lines=3, furniture="number"))
    got, cleaned = cleaned_words(text)
    assert got == words(PARAGRAPHS[3])
    assert any(change.kind == "page-number" for change in cleaned.changes)
