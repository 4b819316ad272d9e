"""`publish build -f epub` after a full build of the same inputs, against pandoc making an EPUB of
the same text; prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_epub_pandoc.py                  both seeds, 5 rounds
    .venv/bin/python benchmarks/bench_epub_pandoc.py --pairs 9 --seeds 'heer*.txt'

pandoc must be on PATH (Debian: `apt-get update && apt-get install -y pandoc`).  The same text:
pandoc reads the Markdown `publish clean` makes of the source, with the title from the seed's
TOML; making that Markdown is not counted.  Each round runs both, in an order that alternates
round by round, in fresh processes: pandoc, and `publish build -f epub` into a copy of an OUTDIR
that a full build of the source filled (copied before the clock starts).  CPU is user + system
time of the process and its children; the ratio is taken round by round, its median and spread
printed.  The issue's target: ours <= 2x pandoc's time.

Python's bytecode: see BYTECODE_NOTE in benchmarks/common.py.  The floors are printed too:
`python -c pass`, `import publish.cli` and `import jinja2, ebooklib.epub` (what any Python tool
making an EPUB with those libraries pays before it reads a word).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Run, bytecode_as_installed, publish, run, seeds, table

TARGET = 2.0


def pandoc_command(pandoc: str, source: Path, work: Path) -> list[str]:
    """pandoc making an EPUB 3 of the source's cleaned Markdown, with the seed's title and language."""
    markdown = work / f"{source.stem}.md"
    run(publish("clean", source), stdout_path=markdown)
    metadata = _metadata(source)
    return [pandoc, str(markdown), "-f", "markdown", "-t", "epub3", "-o", str(work / f"{source.stem}.pandoc.epub"),
            "--metadata", f"title={metadata.get('title', source.stem)}",
            "--metadata", f"lang={metadata.get('language', 'nl')}"]


def _metadata(source: Path) -> dict:
    toml = source.with_suffix(".toml")
    return tomllib.loads(toml.read_text(encoding="utf-8")).get("metadata", {}) if toml.is_file() else {}


def rounds(source: Path, pandoc: list[str], pairs: int, work: Path) -> dict[str, list[Run]]:
    built = work / f"full-{source.stem}"
    run(publish("build", source, "-o", built, "-j", "1"))
    runs: dict[str, list[Run]] = {"pandoc": [], "ours": []}
    for index in range(pairs):
        for name in ("pandoc", "ours") if index % 2 == 0 else ("ours", "pandoc"):
            if name == "pandoc":
                runs[name].append(run(pandoc))
                continue
            outdir = work / "round"
            shutil.rmtree(outdir, ignore_errors=True)
            shutil.copytree(built, outdir)
            runs[name].append(run(publish("build", source, "-f", "epub", "-o", outdir, "-j", "1")))
    return runs


def _ratios(runs: dict[str, list[Run]], figure: str) -> list[float]:
    return [getattr(ours, figure) / getattr(theirs, figure) for ours, theirs in zip(runs["ours"], runs["pandoc"])]


def row(source: Path, runs: dict[str, list[Run]]) -> list[object]:
    cpu, wall = _ratios(runs, "cpu_seconds"), _ratios(runs, "seconds")
    return [source.name, f"{median(r.cpu_seconds for r in runs['pandoc']):.2f}",
            f"{median(r.cpu_seconds for r in runs['ours']):.2f}",
            f"{median(r.seconds for r in runs['pandoc']):.2f}", f"{median(r.seconds for r in runs['ours']):.2f}",
            f"{median(cpu):.2f}x ({min(cpu):.2f}-{max(cpu):.2f})",
            f"{median(wall):.2f}x ({min(wall):.2f}-{max(wall):.2f})",
            "met" if median(cpu) <= TARGET else "MISSED"]


# What any Python tool making an EPUB with the product's named libraries pays before reading a word:
# beside pandoc's whole run on a short text, it alone may exceed the target.
FLOORS = (("python -c pass", "pass"), ("import publish.cli", "import publish.cli"),
          ("import jinja2, ebooklib.epub", "import jinja2, ebooklib.epub"))


def floors(rounds: int) -> str:
    """Median CPU of starting Python, of importing the command line, and of importing the
    template engine and the EPUB library, in fresh processes."""
    measured = {name: median(run([sys.executable, "-c", code]).cpu_seconds for _ in range(rounds))
                for name, code in FLOORS}
    return ", ".join(f"{name}: {seconds:.3f} s" for name, seconds in measured.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", default="*.txt", help="glob inside seeds/ (default: *.txt)")
    parser.add_argument("--pairs", type=int, default=5, help="interleaved rounds per seed (default 5)")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE as the environment has it (see above)")
    args = parser.parse_args(argv)
    bytecode = bytecode_as_installed(args.no_bytecode)
    pandoc = shutil.which("pandoc")
    if not pandoc:
        sys.exit("bench_epub_pandoc: pandoc is not installed (apt-get update && apt-get install -y pandoc)")
    version = subprocess.run([pandoc, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    print(f"# publish -f epub vs {version} ({time.strftime('%Y-%m-%d %H:%M')}, python {sys.version.split()[0]}, "
          f"bytecode of publish: {bytecode})\n")
    rows = []
    with tempfile.TemporaryDirectory(prefix="publish-bench-epub-") as folder:
        work = Path(folder)
        for source in seeds(args.seeds):
            rows.append(row(source, rounds(source, pandoc_command(pandoc, source, work), args.pairs, work)))
    print(table(["seed", "pandoc CPU s", "ours CPU s", "pandoc wall s", "ours wall s", "CPU ratio median (min-max)",
                 "wall ratio median (min-max)", f"CPU <= {TARGET}x"], rows))
    print(f"\n({args.pairs} interleaved rounds; medians; ours = `publish build -f epub` into a copy of the OUTDIR"
          "\n a full build left; pandoc = EPUB 3 from the Markdown `publish clean` makes, not counting making it)")
    print(f"floors (CPU, median of {args.pairs}): {floors(args.pairs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
