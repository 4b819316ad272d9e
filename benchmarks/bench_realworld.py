"""The real-world corpus, measured: one row per document and the totals the issue asks for.

    .venv/bin/python benchmarks/bench_realworld.py                    every document with its text
    .venv/bin/python benchmarks/bench_realworld.py --split dev        only the dev split
    .venv/bin/python benchmarks/bench_realworld.py --only ID --verbose   what went wrong, line by line

The documents are described in tests/realworld/docs/*.toml; their text comes from
`python3 tools/realworld_corpus.py extract` (see tests/realworld/README.md).  Figures per document:
words in and words unaccounted for (the conservation account, "-" when publish.audit is not
there), words hidden from assistive technology without a visible copy, furniture lines left in the
reading text, must_read phrases missing, headings found of expected (+ extra), notes linked of
expected (+ notes the edition makes beyond the printed ones), lists announced with the right
number, whether the title came from the text, and the authors (people or bodies) the metadata
names of those expected (+ names expected nowhere).
Prints figures; asserts nothing (tests/realworld/test_realworld.py does).
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tests" / "realworld"))
from measure import CorpusDocument, Figures, Matches, NoteScore, corpus_folder, load_corpus, measure  # noqa: E402

COLUMNS = ("id", "kind", "lang", "split", "words in", "unacc.", "hidden", "furniture", "must_read",
           "headings", "notes", "lists", "title", "authors")
SHOWN = 12      # unaccounted words named with --verbose


@dataclass(frozen=True)
class Result:
    document: CorpusDocument
    figures: Figures | None
    error: str | None = None


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    documents = chosen(load_corpus(), args)
    present = [d for d in documents if d.text_path().is_file()]
    absent = [d.id for d in documents if not d.text_path().is_file()]
    if absent:
        print(f"no text for {len(absent)} document(s) in {corpus_folder()}: {', '.join(absent)}\n"
              "(python3 tools/realworld_corpus.py download && python3 tools/realworld_corpus.py extract)\n",
              file=sys.stderr)
    if not present:
        print("nothing to measure", file=sys.stderr)
        return 1
    results = [run(document) for document in present]
    show_table(results)
    show_totals(results)
    if args.verbose:
        for result in results:
            show_misses(result)
    return 0


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all",
                        help="which documents to measure (default: all)")
    parser.add_argument("--only", action="append", metavar="ID", default=[],
                        help="only this document (may be given more than once)")
    parser.add_argument("--verbose", action="store_true",
                        help="print the misses: headings, furniture lines, hidden blocks, phrases, lists")
    return parser.parse_args(argv)


def chosen(documents: list[CorpusDocument], args: argparse.Namespace) -> list[CorpusDocument]:
    if args.only:
        known = {d.id for d in documents}
        unknown = [name for name in args.only if name not in known]
        if unknown:
            sys.exit(f"unknown document(s): {', '.join(unknown)}")
        documents = [d for d in documents if d.id in args.only]
    return [d for d in documents if args.split in ("all", d.split)]


def run(document: CorpusDocument) -> Result:
    try:
        return Result(document, measure(document))
    except Exception as error:      # one failing document must not hide the others' figures
        return Result(document, None, f"{type(error).__name__}: {error}")


# ----------------------------------------------------------------------------- the table

def row(result: Result) -> list[str]:
    d, f = result.document, result.figures
    head = [d.id, d.kind, d.language, d.split]
    if f is None:
        return head + ["error"] + [""] * (len(COLUMNS) - len(head) - 1)
    return head + [
        _figure(f.words_in), _figure(f.unaccounted), str(f.hidden_words), str(len(f.furniture_left)),
        str(len(f.must_read_missing)), _scored(f.headings), _noted(f.notes),
        f"{f.lists_right}/{len(f.lists)}", "yes" if f.title_ok else "no", _scored(f.authors)]


def _scored(matches: Matches) -> str:
    """"found/expected +extra", as "12/14 +3"."""
    return f"{matches.matched}/{len(matches.expected)}" + (f" +{len(matches.extra)}" if matches.extra else "")


def _noted(notes: NoteScore) -> str:
    """"linked/printed +extra", as "10/10 +10"."""
    return f"{notes.linked_capped}/{notes.expected}" + (f" +{notes.extra}" if notes.extra else "")


def _figure(value: int | None) -> str:
    return "-" if value is None else str(value)


def show_table(results: list[Result]) -> None:
    rows = [row(result) for result in results]
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        _plain_table(rows)
        return
    table = Table(title="Real-world corpus")
    for index, name in enumerate(COLUMNS):
        table.add_column(name, justify="left" if index < 4 else "right", no_wrap=True)
    for cells in rows:
        table.add_row(*cells)
    # As wide as the table needs (3 characters of border and padding per column), so that a
    # pipe or a narrow terminal never wraps a row.
    widths = [max(len(cells[i]) for cells in [list(COLUMNS)] + rows) for i in range(len(COLUMNS))]
    Console(width=sum(widths) + 3 * len(widths) + 1).print(table)


def _plain_table(rows: list[list[str]]) -> None:
    every = [list(COLUMNS)] + rows
    widths = [max(len(r[i]) for r in every) for i in range(len(COLUMNS))]
    for cells in every:
        print("  ".join(cell.ljust(w) if i < 4 else cell.rjust(w) for i, (cell, w) in enumerate(zip(cells, widths))))


def show_totals(results: list[Result]) -> None:
    measured = [r.figures for r in results if r.figures is not None]
    if not measured:
        return
    notes_expected = sum(f.notes.expected for f in measured)
    notes_linked = sum(f.notes.linked_capped for f in measured)
    lists_expected = sum(len(f.lists) for f in measured)
    lists_right = sum(f.lists_right for f in measured)
    titles = sum(f.title_ok for f in measured)
    accounted = [f.unaccounted for f in measured if f.unaccounted is not None]
    print(f"\n{len(measured)} document(s) measured"
          + (f", {len(results) - len(measured)} failed" if len(measured) < len(results) else ""))
    print(f"foot/end notes linked: {_percent(notes_linked, notes_expected)} ({notes_linked} of {notes_expected}) "
          f"(+{sum(f.notes.extra for f in measured)} extra)")
    print(f"title from the text:   {_percent(titles, len(measured))} ({titles} of {len(measured)} documents)")
    print(f"list numbers right:    {_percent(lists_right, lists_expected)} ({lists_right} of {lists_expected} lists)")
    print(f"headings found:        {sum(f.headings.matched for f in measured)} of "
          f"{sum(len(f.headings.expected) for f in measured)} (+{sum(len(f.headings.extra) for f in measured)} extra)")
    print(f"authors named:         {sum(f.authors.matched for f in measured)} of "
          f"{sum(len(f.authors.expected) for f in measured)} (+{sum(len(f.authors.extra) for f in measured)} extra; "
          f"all right in {sum(not f.authors.missed and not f.authors.extra for f in measured)} documents)")
    print(f"hidden words without a copy: {sum(f.hidden_words for f in measured)}; furniture lines left: "
          f"{sum(len(f.furniture_left) for f in measured)}; must_read phrases missing: "
          f"{sum(len(f.must_read_missing) for f in measured)}")
    print("words unaccounted for: " + (f"{sum(accounted)} in {len(accounted)} document(s)" if accounted
                                       else "- (publish.audit not available)"))


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "n/a"


# ----------------------------------------------------------------------------- the misses

def show_misses(result: Result) -> None:
    held_out = " - held out: measure only, never tune a rule on it" if result.document.split == "heldout" else ""
    print(f"\n## {result.document.id} ({result.document.split}{held_out})")
    if result.figures is None:
        print(f"  error: {result.error}")
        return
    f = result.figures
    if not f.title_ok:
        print(f"  title: found {f.title_found!r}, expected {f.title_expected!r}")
    for name in f.authors.missed:
        print(f"  author missed: {name!r}")
    for name in f.authors.extra:
        print(f"  author extra: {name!r}")
    if f.unaccounted:
        named = ", ".join(f"{w!r}" + (f" x{n}" if n > 1 else "") for w, n in f.unaccounted_words[:SHOWN])
        print(f"  unaccounted ({f.unaccounted}): {named}")
    for block in f.hidden:
        if not block.copied:
            print(f"  hidden without copy ({block.words} words): {_short(block.text)}")
    for line, pattern in f.furniture_left:
        print(f"  furniture left [{pattern}]: {_short(line)}")
    for phrase in f.must_read_missing:
        print(f"  must_read missing: {phrase!r}")
    for heading in f.headings.missed:
        print(f"  heading missed: {heading!r}")
    for heading in f.headings.extra:
        print(f"  heading extra: {_short(heading)}")
    n = f.notes
    if n.linked_capped < n.expected or n.in_edition != n.expected:
        print(f"  notes: {n.expected} printed, {n.in_edition} in the edition, {n.linked} linked, "
              f"{n.unlinked_references} reference(s) without a note")
    for score in f.lists:
        if not score.right:
            where = "not found" if score.found is None else f"announced {score.found!r}"
            print(f"  list {score.first!r}: expected {score.expected!r}, {where}")


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[:width - 1] + "…")


if __name__ == "__main__":
    sys.exit(main())
