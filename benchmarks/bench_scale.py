"""How the PDF build scales: an anthology of the seeds repeated, at about --pages A5 pages.

    .venv/bin/python benchmarks/bench_scale.py                   about 35, 100, 200 and 400 pages (about a minute)
    .venv/bin/python benchmarks/bench_scale.py --pages 35,100

Each build is a separate `publish build ANTHOLOGY -f pdf` process on a fresh OUTDIR; the table
shows its wall time and peak resident memory (ru_maxrss of that child, see common.run).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import publish, run, seeds, table


def anthology(units: int, folder: Path) -> Path:
    """A source of `units` rounds of lectures: every seed in turn, repeated, page breaks between."""
    texts = [p.read_text(encoding="utf-8").strip("\n") for p in seeds()]
    path = folder / f"bloemlezing-{units}.txt"
    path.write_text("\n\f\n".join(texts * units) + "\n", encoding="utf-8")
    return path


def pages(pdf: Path) -> int:
    from pypdf import PdfReader
    return len(PdfReader(pdf).pages)


def build(units: int, folder: Path) -> tuple[Path, int, float, float]:
    source = anthology(units, folder)
    outdir = Path(tempfile.mkdtemp(prefix=f"out-{units}-", dir=folder))   # fresh: never a cache hit
    result = run(publish("build", source, "-f", "pdf", "-o", outdir, "-j", "1"))
    pdf = outdir / source.stem / f"{source.stem}.pdf"
    return source, pages(pdf), result.seconds, result.max_rss_mb


def build_near(target: int, units: int, folder: Path) -> tuple[int, Path, int, float, float]:
    """Build `units` rounds; when that falls more than 5 % short of the target page count
    (pages per round shrink a little as the book grows), build again with the rounds the
    shortfall asks for, so each row really is about `target` pages."""
    source, count, seconds, rss = build(units, folder)
    if count < 0.95 * target:
        units = round(units * target / count)
        source, count, seconds, rss = build(units, folder)
    return units, source, count, seconds, rss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", default="35,100,200,400",
                        help="target page counts (default 35,100,200,400)")
    args = parser.parse_args(argv)
    targets = [int(p) for p in args.pages.split(",") if p.strip()]
    print(f"# publish benchmarks: scale ({time.strftime('%Y-%m-%d %H:%M')}, python {sys.version.split()[0]})\n")
    with tempfile.TemporaryDirectory(prefix="publish-scale-") as name:
        folder = Path(name)
        # Calibrate: pages of one and of two rounds give the pages per round and the fixed part.
        _, one, _, _ = build(1, folder)
        _, two, _, _ = build(2, folder)
        per_unit, fixed = max(1, two - one), one - max(1, two - one)
        print(f"calibration: 1 round of the seeds -> {one} pages, 2 rounds -> {two} pages\n")
        rows, base = [], None
        for target in targets:
            units, source, count, seconds, rss = build_near(target, max(1, round((target - fixed) / per_unit)), folder)
            base = base or (seconds / count, rss)
            rows.append([target, units * len(seeds()), f"{source.stat().st_size / 1000:.0f}", count, f"{seconds:.1f}",
                         f"{seconds / count * 1000:.0f}", f"{rss:.0f}",
                         f"{(seconds / count) / base[0]:.2f}"])
    print(table(["target pages", "lectures", "source kB", "PDF pages", "wall s", "ms/page",
                 "peak RSS MB", "ms/page vs first"], rows))
    print("\n(linear time: 'ms/page vs first' stays near 1.00; RSS includes Python, WeasyPrint and fonts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
