"""Per-stage timings and whole-process comparisons for the seeds; prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_stages.py                  every section (about 8 minutes)
    .venv/bin/python benchmarks/bench_stages.py --only floor --pairs 3   the floor alone, 3 rounds (2-3 minutes)
    .venv/bin/python benchmarks/bench_stages.py --repeat 5 --sizes 1,2,5,10,15

Sections:
  1. stages      read, clean, structure, HTML, EPUB, PDF per seed (first call and best of --repeat)
  2a. fixed      what each process pays before laying out: imports, word list, templates, phrase lookups
  2. floor       WeasyPrint alone on our exact print HTML (build --print-html) vs `publish build -f pdf`
                 and the full build, CPU and wall, in interleaved rounds (target <= 1.10x CPU)
  3. noop        the second of two builds into the same OUTDIR (target <= 0.3 s)
  4. throughput  cleaning MB/s on the seeds repeated to --sizes MB, and on a varied copy that does
                 not repeat itself (target >= 5 MB/s, linear)
  5. shapes      cleaning time on long runs of one kind of line (capitals, bullets, numbers, short
                 lines) at 1,000 to 8,000 lines: a rule that looks back over its block shows here
                 as time per line growing with the run (target: linear)

`publish build -f epub` against pandoc: benchmarks/bench_epub_pandoc.py.  Python's bytecode:
--no-bytecode, and the note printed with --help.
"""
from __future__ import annotations

import argparse
import gc
import json
import re
import shutil
import sys
import tempfile
import time
import zlib
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent))
from publish.editions import BOOKLET
from publish.outputs import PRINT_FOLDER
from common import BYTECODE_NOTE, SEEDS, Run, best_of, bytecode_as_installed, publish, run, seeds, table

NOOP_TARGET, THROUGHPUT_TARGET = 0.3, 5.0
FLOOR_TARGET = 1.10
# WeasyPrint alone, as render.pdf.layout calls it: the print HTML (its stylesheets beside it), the
# @font-face rules of the .ttf print cuts as a user stylesheet sharing one FontConfiguration, and
# the edition's page options for both the layout and the writing (argv: html, faces.css, options
# as JSON, output).
WEASYPRINT_ALONE = """\
import json, sys
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
fonts = FontConfiguration()
faces = CSS(filename=sys.argv[2], font_config=fonts)
HTML(filename=sys.argv[1]).write_pdf(sys.argv[4], stylesheets=[faces], font_config=fonts, **json.loads(sys.argv[3]))
"""
# The same, with WeasyPrint's native libraries opened as publish opens them (by their sonames, not
# searched for with ldconfig, gcc and ld: publish.render.native_libraries): what is left of our
# ratio when WeasyPrint alone is spared that search too.
WEASYPRINT_ALONE_SONAMES = "import publish.render.native_libraries\n" + WEASYPRINT_ALONE


def stages(sources: list[Path], repeat: int) -> None:
    from dataclasses import replace

    from publish.build import last_modified
    from publish.clean import clean
    from publish.config import load_config
    from publish.languages import choose
    from publish.render.epub import render_epub
    from publish.render.html import render_html
    from publish.render.pdf import render_pdf
    from publish.source import read_source
    from publish.structure import structure

    print("\n## 1. Stages, in process (seconds: first call / best of", repeat, ")\n")
    rows = []
    for path in sources:
        figures = {}
        config = load_config(path)
        figures["read"], source = _timed(lambda: read_source(path), repeat)
        language = choose("\n".join(source.lines), config.metadata.get("language"))
        figures["clean"], cleaned = _timed(lambda: clean(source, language), repeat)
        figures["structure"], document = _timed(      # as build.load makes it: the EPUB needs its date
            lambda: replace(structure(cleaned, config, source.name), modified=last_modified(path),
                            pictures=config.pictures), repeat)
        figures["HTML"], _ = _timed(lambda: render_html(document, media="screen"), repeat)
        figures["PDF"], _ = _timed(lambda: render_pdf(document), max(1, repeat // 2))
        figures["EPUB"], _ = _timed(lambda: render_epub(document), repeat)   # on the PDF's layout, as a build
        total = sum(best for _, best in figures.values())
        rows.append([path.name, f"{path.stat().st_size / 1000:.0f}"]
                    + [f"{first:.3f}/{best:.3f}" for first, best in figures.values()]
                    + [f"{total:.2f}", max(figures, key=lambda k: figures[k][1])])
    print(table(["seed", "kB", "read", "clean", "structure", "HTML", "PDF", "EPUB", "sum best", "slowest"],
                rows))
    print("\n(first call includes one-off costs: imports inside the stage, word list and font loading;"
          "\n the EPUB is made on the layout the PDF made, as in one build)")


def _timed(function, repeat):
    first, best, result = best_of(function, repeat)
    return (first, best), result


def floor(pairs: int, report_pages: int, work: Path) -> None:
    """Our builds against the floor, WeasyPrint alone laying out our exact print HTML, in fresh
    processes run in interleaved rounds (the order rotates each round, so drift in the machine's
    load falls on every contender alike); the median of each round's ratio, and its spread."""
    print(f"\n## 2. Floor: our builds vs WeasyPrint alone on the same print HTML (target <= {FLOOR_TARGET}x CPU)\n")
    rows = []
    for kind, path in _floor_documents(report_pages, work):
        folder = work / f"floor-{path.stem}"
        run(publish("build", path, "-f", "pdf", "--print-html", "-o", folder, "-j", "1"))  # also warms caches
        pages = _page_count(folder / path.stem / f"{path.stem}.pdf")
        contenders = {"floor": _floor_command(folder / path.stem / PRINT_FOLDER, path.stem, work),
                      "floor, sonames": _floor_command(folder / path.stem / PRINT_FOLDER, path.stem, work,
                                                       WEASYPRINT_ALONE_SONAMES),
                      "-f pdf": publish("build", path, "-f", "pdf", "-o", work / "round", "-j", "1"),
                      "full": publish("build", path, "-o", work / "round", "-j", "1")}
        runs = _rounds(contenders, pairs, work / "round")
        if _page_count(work / "floor.pdf") != pages:
            print(f"(warning: the floor laid {path.name} out on {_page_count(work / 'floor.pdf')} pages, ours on "
                  f"{pages}: the floor no longer lays out what we do)")
        for name in ("-f pdf", "full"):
            rows.append([f"{kind} ({path.name}, {pages} p.)", name,
                         f"{median(r.cpu_seconds for r in runs['floor']):.2f}",
                         f"{median(r.cpu_seconds for r in runs[name]):.2f}",
                         _ratios(runs[name], runs["floor"], "cpu_seconds"),
                         _ratios(runs[name], runs["floor"], "seconds"),
                         _verdict(median(_each_ratio(runs[name], runs["floor"], "cpu_seconds")) <= FLOOR_TARGET),
                         _ratios(runs[name], runs["floor, sonames"], "cpu_seconds")])
    print(table(["document", "ours", "floor CPU s", "ours CPU s", "CPU ratio median (min-max)",
                 "wall ratio median (min-max)", f"<= {FLOOR_TARGET}", "CPU ratio to the floor opening its libraries "
                 "as we do"], rows))
    print(f"\n({pairs} interleaved rounds after one warm-up build; CPU = user + system time of the process and its"
          "\n children.  floor = python start-up + import weasyprint + the print HTML `build --print-html` writes,"
          "\n laid out with faces.css (the same .ttf cuts) as user stylesheet and the booklet's own page options"
          f"\n {dict(BOOKLET.page_options)}; ours = a cold build into an empty OUTDIR: -f pdf, and full = every"
          "\n default edition.  The report is the booklet seed repeated with a third of its words varied per copy."
          "\n WeasyPrint as installed looks for Pango, HarfBuzz and fontconfig under Windows' and macOS' names first,"
          "\n each miss a search with ldconfig, gcc and ld (~50 child processes); publish opens the Linux sonames"
          "\n directly (publish.render.native_libraries).  The last column compares with WeasyPrint alone spared"
          "\n that search as well: what our own work costs beside the layout.)")


def _floor_documents(report_pages: int, work: Path) -> list[tuple[str, Path]]:
    """The booklet seed, the letter seed and a generated report of about report_pages pages."""
    booklet, letter = SEEDS / "heermalezing-2015.txt", SEEDS / "inclusieve-samenleving-2018.txt"
    folder = work / "calibrate"
    run(publish("build", booklet, "-f", "pdf", "-o", folder, "-j", "1"))
    characters_per_page = len(booklet.read_text(encoding="utf-8")) / _page_count(folder / booklet.stem /
                                                                                  f"{booklet.stem}.pdf")
    unit = booklet.read_text(encoding="utf-8").strip("\n")
    copies = max(1, round(report_pages * characters_per_page / len(unit)))
    report = work / f"report-{report_pages}p.txt"
    report.write_text("\n\n".join(_varied_copies(unit, copies)) + "\n", encoding="utf-8")
    return [("booklet", booklet), ("letter", letter), ("report", report)]


def _floor_command(print_folder: Path, stem: str, work: Path, script: str = WEASYPRINT_ALONE) -> list[str]:
    return [sys.executable, "-c", script, print_folder / f"{stem}.html", print_folder / "faces.css",
            json.dumps(dict(BOOKLET.page_options)), work / "floor.pdf"]


def _rounds(contenders: dict[str, list[str]], rounds: int, outdir: Path) -> dict[str, list[Run]]:
    """Each contender once per round, in an order rotated round by round; OUTDIR emptied before each."""
    names = list(contenders)
    runs: dict[str, list[Run]] = {name: [] for name in names}
    for index in range(rounds):
        for name in names[index % len(names):] + names[:index % len(names)]:
            shutil.rmtree(outdir, ignore_errors=True)
            runs[name].append(run(contenders[name]))
    return runs


def _each_ratio(ours: list[Run], floor_runs: list[Run], figure: str) -> list[float]:
    return [getattr(mine, figure) / getattr(theirs, figure) for mine, theirs in zip(ours, floor_runs)]


def _ratios(ours: list[Run], floor_runs: list[Run], figure: str) -> str:
    ratios = _each_ratio(ours, floor_runs, figure)
    return f"{median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f})"


def _page_count(pdf: Path) -> int:
    import pikepdf
    with pikepdf.open(pdf) as document:
        return len(document.pages)


# What every process pays before its first page, each part timed in a fresh interpreter: our
# modules, the word list, the templates, the foreign-phrase lookups (argv: the seed's text).
FIXED_COSTS = """\
import json, resource, sys, time
from pathlib import Path
started = time.perf_counter()
import publish.batch, publish.build, publish.cli, publish.render.view
from publish.clean import lexicon
from publish.foreign import foreign_phrases
from publish.render.templating import environment
figures = {"own imports": time.perf_counter() - started}
started = time.perf_counter()
lexicon.zipf("samenleving")
figures["word list"] = time.perf_counter() - started
started = time.perf_counter()
for name in environment().list_templates(extensions=["j2"]):
    environment().get_template(name)
figures["templates"] = time.perf_counter() - started
started = time.perf_counter()
foreign_phrases(Path(sys.argv[1]).read_text(encoding="utf-8")[:2000], "nl")
figures["foreign phrases"] = time.perf_counter() - started
figures["peak MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(figures))
"""


def fixed(pairs: int) -> None:
    print("\n## 2a. Fixed costs per process (seconds, median of fresh interpreters; caches warm)\n")
    source = SEEDS / "heermalezing-2015.txt"
    run([sys.executable, "-c", FIXED_COSTS, source])               # fills the per-user caches once
    runs = [json.loads(run([sys.executable, "-c", FIXED_COSTS, source]).stdout) for _ in range(pairs)]
    print(table(list(runs[0]), [[f"{median(figures[name] for figures in runs):.3f}" for name in runs[0]]]))
    print("\n(own imports: publish's modules and what they import at start-up; word list: the first lookup;"
          "\n templates: every Jinja template loaded; foreign phrases: the first search for another language)")


def noop(sources: list[Path], repeat: int, work: Path) -> None:
    print(f"\n## 3. No-op rebuild: second build into the same OUTDIR (target <= {NOOP_TARGET} s)\n")
    rows = []
    for path in sources:
        outdir = work / f"noop-{path.stem}"
        first = run(publish("build", path, "-o", outdir, "-j", "1"))
        again = [run(publish("build", path, "-o", outdir, "-j", "1")) for _ in range(repeat)]
        reused = all("unchanged" in r.stderr for r in again)
        best = min(r.seconds for r in again)
        rows.append([path.name, f"{first.seconds:.2f}", f"{best:.3f}", "yes" if reused else "NO",
                     _verdict(best <= NOOP_TARGET and reused)])
    bare = min(run([sys.executable, "-c", "pass"]).seconds for _ in range(repeat))
    cli = min(run([sys.executable, "-c", "import publish.cli, publish.batch"]).seconds for _ in range(repeat))
    print(table(["seed", "first build s", "second build s", "reused", f"<= {NOOP_TARGET}"], rows))
    print(f"\n(of which python start-up alone: {bare:.3f} s; start-up + importing the CLI: {cli:.3f} s)")


def throughput(sizes_mb: list[float], repeat: int, work: Path) -> None:
    from publish.clean import clean
    from publish.source import read_source

    print(f"\n## 4. Cleaning throughput (target >= {THROUGHPUT_TARGET} MB/s; linear in size)\n")
    clean(read_source(seeds()[0]))          # warm up: word lists and lexicon load once, not in the first size
    unit = "\n\n".join(p.read_text(encoding="utf-8").strip("\n") for p in seeds())
    rows, per_mb = [], {}
    for size in sizes_mb:
        copies = max(1, round(size * 1e6 / len(unit.encode("utf-8"))))
        for kind, texts in (("repeated", [unit] * copies), ("varied", _varied_copies(unit, copies))):
            path = work / f"throughput-{kind}-{size}MB.txt"
            path.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
            megabytes = path.stat().st_size / 1e6
            _, read_s, source = best_of(lambda: read_source(path), repeat)
            _, clean_s, cleaned = best_of(lambda: clean(source), repeat)
            per_mb.setdefault(kind, clean_s / megabytes)
            rows.append([kind, f"{megabytes:.2f}", copies, f"{read_s:.3f}", f"{clean_s:.3f}",
                         f"{megabytes / clean_s:.2f}", f"{clean_s / megabytes / per_mb[kind]:.2f}",
                         len(cleaned.changes), _verdict(megabytes / clean_s >= THROUGHPUT_TARGET)])
    print(table(["input", "MB", "copies", "read s", "clean s", "clean MB/s", "s per MB vs first", "changes",
                 f">= {THROUGHPUT_TARGET}"], rows))
    print("\n(best of", repeat, "runs each.  repeated: the seeds over and over, as the issue proposes; varied:")
    print("the same, but in each copy a third of the words are replaced by common Dutch words, differently in")
    print("each copy, so words and phrases do not recur copy after copy.  Linear: 's per MB vs first' near 1.00.)")
    passes(work / f"throughput-repeated-{sizes_mb[0]}MB.txt")


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
VARIED_VOCABULARY = 30000


def _varied_copies(unit: str, copies: int) -> list[str]:
    """Copies of the text in which a third of the words (chosen by checksum) are replaced, in
    each copy differently, by one of the 30,000 commonest Dutch words (wordfreq): words and
    phrases then recur about as in a real long text, not copy after copy."""
    import wordfreq
    vocabulary = [word for word in wordfreq.top_n_list("nl", VARIED_VOCABULARY) if word.isalpha()]

    def other_word(match: re.Match, copy: int) -> str:
        word = match.group(0)
        if zlib.crc32(word.encode()) % 3:
            return word
        other = vocabulary[zlib.crc32(f"{word} {copy}".encode()) % len(vocabulary)]
        return other.capitalize() if word[0].isupper() else other

    return [_LONG_WORD.sub(lambda match: other_word(match, copy), unit) for copy in range(copies)]


LINE_SHAPES = {
    "capitals": "HET BESTUUR VAN DE VERENIGING",
    "bullets": "• een punt van de lijst",
    "numbers": "{n}. Een genummerd punt",
    "short lines": "Kort",
}


def shapes(runs: list[int], repeat: int, work: Path) -> None:
    from publish.clean import clean
    from publish.source import read_source

    print("\n## 5. Long runs of one shape of line (target: linear, 's per line vs first' near 1.00)\n")
    rows = []
    for shape, line in LINE_SHAPES.items():
        first = None
        for count in runs:
            path = work / f"shape-{count}.txt"
            path.write_text("VERSLAG\n\n" + "\n".join(line.format(n=n + 1) for n in range(count)) + "\n",
                            encoding="utf-8")
            _, seconds, _ = best_of(lambda: clean(read_source(path)), repeat)
            first = first or seconds / count
            rows.append([shape, count, f"{seconds:.3f}", f"{seconds / count / first:.2f}"])
    print(table(["shape", "lines", "clean s", "s per line vs first"], rows))


def passes(path: Path) -> None:
    """Where the cleaning time goes: each declared pass timed on its own, on the given text."""
    import publish.clean as cleaning
    from publish.clean import spelling
    from publish.source import read_source

    source = read_source(path)
    lines = tuple(cleaning.Line(number, text) for number, text in source.numbered())
    timings, changes = [], 0
    # As in clean(): no cyclic garbage collection while the passes run (else a collection of
    # the earlier, larger inputs' leftovers lands on whichever pass happens to trigger it).
    gc.collect()
    gc.disable()

    def timed(name, function, value):
        started = time.perf_counter()
        result, found = function(value)
        timings.append((name, time.perf_counter() - started, len(found)))
        return result, len(found)
    for step in cleaning.LINE_PASSES:
        lines, found = timed(f"{step.__module__.rsplit('.', 1)[-1]}.{step.__name__}", step, lines)
        changes += found
    blocks, found = timed(f"paragraphs.{cleaning.GROUP.__name__}", cleaning.GROUP, lines)
    changes += found
    for step in cleaning.BLOCK_PASSES:
        blocks, found = timed(f"{step.__module__.rsplit('.', 1)[-1]}.{step.__name__}", step, blocks)
        changes += found
    started = time.perf_counter()
    words = spelling.suspicious(blocks)
    timings.append(("spelling.suspicious", time.perf_counter() - started, len(words)))
    gc.enable()
    total = sum(seconds for _, seconds, _ in timings)
    print(f"\n### Cleaning passes on {path.stat().st_size / 1e6:.2f} MB "
          f"(order as declared in publish/clean/__init__.py)\n")
    print(table(["pass", "s", "share", "changes (suspicious words for spelling)"],
                [[name, f"{seconds:.3f}", f"{seconds / total:.0%}", found] for name, seconds, found in timings]))
    if changes != len(cleaning.clean(source).changes):
        print("(warning: the passes above no longer add up to clean(); the pass loop has changed)")


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


SECTIONS = ("stages", "fixed", "floor", "noop", "throughput", "shapes")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, epilog=BYTECODE_NOTE,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", default="*.txt", help="glob inside seeds/ (default: *.txt)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is shown (default 3)")
    parser.add_argument("--pairs", type=int, default=5,
                        help="floor: interleaved rounds per document (default 5; about 40 s a round)")
    parser.add_argument("--report-pages", type=int, default=100,
                        help="floor: pages of the generated report (default 100)")
    parser.add_argument("--sizes", default="1,2,5,10", help="throughput sizes in MB (default 1,2,5,10)")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE as the environment has it (see the note below)")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections to run: {', '.join(SECTIONS)} (default: all)")
    args = parser.parse_args(argv)
    sections = {name.strip() for name in args.only.split(",") if name.strip()}
    if sections - set(SECTIONS):
        parser.error(f"unknown section(s): {', '.join(sorted(sections - set(SECTIONS)))}; "
                     f"choose from {', '.join(SECTIONS)}")
    sources = seeds(args.seeds)
    bytecode = bytecode_as_installed(args.no_bytecode)
    print(f"# publish benchmarks: stages ({time.strftime('%Y-%m-%d %H:%M')}, python {sys.version.split()[0]}, "
          f"bytecode of publish: {bytecode})")
    with tempfile.TemporaryDirectory(prefix="publish-bench-") as folder:
        work = Path(folder)
        if "stages" in sections:
            stages(sources, args.repeat)
        if "fixed" in sections:
            fixed(args.pairs)
        if "floor" in sections:
            floor(args.pairs, args.report_pages, work)
        if "noop" in sections:
            noop(sources, args.repeat, work)
        if "throughput" in sections:
            throughput([float(s) for s in args.sizes.split(",") if s.strip()], args.repeat, work)
        if "shapes" in sections:
            shapes([1000, 2000, 4000, 8000], args.repeat, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
