"""How long the columns check (publish.source.columns_side_by_side) takes on long texts without
blank lines, where one block holds every line: it must grow with the lines, not with their square.

    .venv/bin/python benchmarks/bench_columns.py                 6,000 lines (under a second)
    .venv/bin/python benchmarks/bench_columns.py --lines 2000,6000

Two texts of each length: prose whose every line goes on in lower case, and a table of three
columns whose every first cell runs on in the next line (each line then asks whether its block
is a table).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import best_of, table

from publish.source import columns_side_by_side


def prose(lines: int) -> list[str]:
    """A text of `lines` lines of running text, no blank line between them."""
    return ["Verslag"] + ["en maar uit een is van ook uit er ook dan niet op van ook de niet"] * (lines - 1)


def run_on_table(lines: int) -> list[str]:
    """A table of `lines` lines, no blank line: rows whose first cell runs on in the next line."""
    row = "Offerte opvragen bij drie aannemers    Jan       1 mei"
    return ["Actie                                  Wie       Wanneer"] + [row, "voor het nieuwe dak"] * (lines // 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", default="6000", help="line counts (default 6000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, the best counts (default 3)")
    args = parser.parse_args(argv)
    counts = [int(count) for count in args.lines.split(",") if count.strip()]
    print(f"# publish benchmarks: columns check ({time.strftime('%Y-%m-%d %H:%M')}, python {sys.version.split()[0]})\n")
    rows = []
    for count in counts:
        for name, text in (("prose", prose(count)), ("table running on", run_on_table(count))):
            _, best, found = best_of(lambda: columns_side_by_side(text), args.repeat)
            cells = "none" if found is None else len(found.cells_run_on) or "columns"
            rows.append([name, len(text), f"{best:.2f}", cells])
    print(table(["text", "lines", "seconds (best)", "found (cells run on)"], rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
