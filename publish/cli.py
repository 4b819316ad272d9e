"""Command line: publish build | clean | check — one-line errors, never a traceback."""
from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from publish import __version__
from publish.errors import PublishError

DESCRIPTION = """\
Turn OCR-style plain text (booklets, letters, reports in Dutch, English, German or French)
into an A5 PDF booklet, an EPUB 3 edition and an HTML preview. A source is a .txt file; an
optional <stem>.toml beside it adds metadata (series, title, subtitle, authors, language,
contact lines)."""

EPILOG = """\
examples:
  publish build                         build every seeds/*.txt into out/
  publish build letter.txt -f html,epub  only the preview and the EPUB
  publish clean letter.txt --report     show the cleaned text and every change made
  publish clean letter.txt --audit      where every word of the source went (read, removed, quoted)"""

BUILD_EPILOG = """\
exit status: 0 when every title was built or kept unchanged; otherwise the number of titles
that failed (or, with --check, did not conform), at most 100 (100 means 100 or more); the other
titles are built all the same.
Before anything is built: 1 for an error in the list (an unreadable manifest, a pattern that
matches nothing, two sources with one stem), 2 for a bad option.  130: interrupted.

examples:
  publish build books/ -o out --results out/results.jsonl   every books/*.txt, one JSON line each
  publish build 'backlist/**/*.txt' -f epub                 a quoted glob, only the EPUBs
  publish build list.csv --scheduler tcp://10.0.0.5:8786     a manifest, built on a Dask cluster"""
MAX_FAILURES_STATUS = 100


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `publish` console script and `python -m publish`."""
    signal.signal(signal.SIGTERM, _interrupt)   # so SIGTERM cleans up like Ctrl-C does
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except PublishError as error:
        print(f"publish: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("publish: interrupted; no edition was left half-written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:              # a bug: still one line, details on request
        if os.environ.get("PUBLISH_DEBUG"):
            raise
        print(f"publish: internal error: {type(error).__name__}: {error} "
              "(set PUBLISH_DEBUG=1 for a traceback)", file=sys.stderr)
        return 2


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def parser() -> argparse.ArgumentParser:
    from publish.impose import SECTION_PAGES     # light: pypdf is imported when imposing
    root = argparse.ArgumentParser(prog="publish", description=DESCRIPTION, epilog=EPILOG,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    root.add_argument("--version", action="version", version=f"publish {__version__}")
    commands = root.add_subparsers(title="commands", metavar="COMMAND", required=True)

    build = commands.add_parser("build", help="build the PDF booklet, EPUB and HTML preview",
                                description="Build editions of each SOURCE into OUTDIR/<stem>/.",
                                epilog=BUILD_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    build.add_argument("sources", nargs="*", type=Path, metavar="SOURCE",
                       help="a .txt file, a folder (its *.txt), a quoted glob ('books/**/*.txt') or a "
                            "manifest: NAME.list (one source per line) or NAME.csv (columns source, formats, "
                            "encoding); default: every seeds/*.txt")
    build.add_argument("-o", "--outdir", type=Path, default=Path("out"), help="output folder (default: out/)")
    _add_formats(build, "which editions to build")
    build.add_argument("--encoding", default="utf-8", help="encoding of the sources (default: utf-8)")
    build.add_argument("--imposed", action="store_true",
                       help="also write <file>-imposed.pdf of each printed edition that can be imposed "
                            f"({_imposable()}): its pages 2-up on sheets in saddle-stitch order, for a "
                            "duplex printer")
    build.add_argument("--creep", type=_millimetres, default=0.0, metavar="MM",
                       help="with --imposed: the paper's thickness in mm (e.g. 0.1 for 80 g/m2); each sheet's "
                            "pages move toward the spine by it once per sheet outside them, so the margins "
                            "stay equal once the folded booklet is trimmed (default 0: no creep)")
    build.add_argument("--section-pages", type=_section_pages, default=SECTION_PAGES, metavar="N",
                       help="with --imposed: the pages one stapled section holds; a longer booklet gets a "
                            "warning with what to do instead (several sections, or perfect binding) "
                            f"(default {SECTION_PAGES})")
    build.add_argument("--print-html", action="store_true",
                       help="also write <stem>/print/: the exact HTML and stylesheets WeasyPrint lays out for the "
                            "booklet (faces.css as a user stylesheet), to debug styles or to compare with "
                            "WeasyPrint alone")
    build.add_argument("-j", "--jobs", type=int, default=None,
                       help="sources built at once (default: one per CPU core)")
    build.add_argument("--results", type=Path, metavar="FILE.jsonl",
                       help="write one JSON line per title (status, editions, pages, words, warnings, seconds, "
                            "peak memory) as each ends; a rerun with the same file keeps the lines of unchanged "
                            "titles and builds the failed and changed ones again")
    build.add_argument("--check", action="store_true",
                       help="also validate each title's editions as `publish check` does (slow: EPUBCheck, "
                            "Ace, Chromium, the PDF/UA checker; needs the EPUB and the PDF) and put the "
                            "verdict in the results; an unchanged title checked before is not checked again")
    build.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="run each title as a task on this Dask scheduler's workers (pip install "
                            "'publish[cluster]'; the workers need publish and the same files) instead of "
                            "local processes")
    build.set_defaults(run=run_build)

    clean = commands.add_parser("clean", help="print the cleaned, structured text as Markdown",
                                description="Print the cleaned text of SOURCE as Markdown.")
    clean.add_argument("source", type=Path, metavar="SOURCE")
    clean.add_argument("--report", action="store_true",
                       help="also list every change the cleaning made (kind, line, before -> after)")
    clean.add_argument("--audit", action="store_true",
                       help="print only the conservation account instead: the words of the source, how many "
                            "are read, removed (per kind of page furniture) or in display quotes; exit 1 "
                            "when a word is unaccounted for")
    clean.add_argument("--encoding", default="utf-8", help="encoding of the source (default: utf-8)")
    clean.set_defaults(run=run_clean)

    check = commands.add_parser("check", help="build (or reuse) the editions and validate them",
                                description="Build or reuse the editions of each SOURCE and run "
                                            "EPUBCheck, DAISY Ace, the epub.js reading engine and Chromium "
                                            "(links, contrast, reflow), the PDF/UA-1 validator and the "
                                            "text-extraction check, and on every edition whether the source "
                                            "sets printed columns side by side, or a table cell going on alone "
                                            "and in lower case on the next line beside another column's cell (read "
                                            "across); exit 1 if any "
                                            "edition fails. An EPUB "
                                            "that passes every check gets the conformance claim "
                                            "(dcterms:conformsTo with a11y:certifiedBy).")
    check.add_argument("sources", nargs="*", type=Path, metavar="SOURCE",
                       help="a .txt file (default: every seeds/*.txt)")
    check.add_argument("-o", "--outdir", type=Path, default=Path("out"), help="output folder (default: out/)")
    _add_formats(check, "which editions to build and check")
    check.add_argument("--encoding", default="utf-8", help="encoding of the sources (default: utf-8)")
    check.set_defaults(run=run_check)

    serve = commands.add_parser("serve", help="live HTML preview that reloads when you edit",
                                description="Serve the HTML preview of SOURCE on 127.0.0.1 and rebuild it "
                                            "whenever the source, its TOML, the templates or the styles change.")
    serve.add_argument("source", nargs="?", type=Path, metavar="SOURCE",
                       help="a .txt file (default: the first seeds/*.txt)")
    serve.add_argument("-p", "--port", type=_port, default=0, help="port (default: a free one, printed)")
    serve.add_argument("--encoding", default="utf-8", help="encoding of the source (default: utf-8)")
    serve.add_argument("--request-timeout", type=_seconds, default=None, metavar="SECONDS",
                       help="a request that has not arrived whole within SECONDS is closed, so a slow or "
                            "stalled client cannot hold the server's threads (default: 10)")
    serve.set_defaults(run=run_serve)
    return root


def _add_formats(command: argparse.ArgumentParser, purpose: str) -> None:
    """-f with the editions of the table (publish/editions.py), each named in the help."""
    from publish.editions import EDITIONS, defaults
    listed = "; ".join(f"{name}: {edition.summary}" for name, edition in EDITIONS.items())
    command.add_argument("-f", "--formats", type=_formats, default=defaults(), metavar=",".join(EDITIONS),
                         help=f"{purpose}, comma-separated (default: {','.join(defaults())}). {listed}")


def _imposable() -> str:
    from publish.editions import EDITIONS
    return ", ".join(name for name, edition in EDITIONS.items() if edition.imposable)


def _formats(value: str) -> tuple[str, ...]:
    from publish.editions import names
    from publish.manifest import parse_formats
    try:
        return parse_formats(value, names())
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _millimetres(value: str) -> float:
    return _number_between(value, 0, 2, "a paper thickness in mm (0 to 2)")


def _seconds(value: str) -> float:
    return _number_between(value, 0.1, 3600, "a time in seconds (0.1 to 3600)")


def _number_between(value: str, low: float, high: float, what: str) -> float:
    try:
        found = float(value)
    except ValueError:
        found = float("nan")
    if not low <= found <= high:
        raise argparse.ArgumentTypeError(f"{value!r} is not {what}")
    return found


def _section_pages(value: str) -> int:
    if not value.isdigit() or int(value) < 4 or int(value) % 4:
        raise argparse.ArgumentTypeError(f"{value!r} is not a page count of whole sheets (4, 8, 12, ...)")
    return int(value)


def _imposition(args):
    """The --imposed options, or None without --imposed."""
    from publish.impose import Imposition
    return Imposition(creep_mm=args.creep, section_pages=args.section_pages) if args.imposed else None


def _port(value: str) -> int:
    port = int(value) if value.strip().lstrip("-").isdigit() else -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number (0 to 65535; 0 picks a free one)")
    return port


def default_sources() -> list[Path]:
    sources = sorted(Path("seeds").glob("*.txt"))
    if not sources:
        raise PublishError("no SOURCE given and no seeds/*.txt found in the current folder")
    return sources


def run_build(args) -> int:
    from publish.batch import build_titles
    from publish.manifest import Title, titles
    from publish.results import ResultsLog
    chosen = titles(args.sources or default_sources(),
                    Title(Path(), args.formats, args.encoding, _imposition(args), args.print_html))
    unchecked = [title.source for title in chosen if not {"epub", "pdf"} <= set(title.formats)]
    if args.check and unchecked:
        raise PublishError("--check validates the EPUB and the PDF, which are not built for "
                           f"{unchecked[0]}{f' and {len(unchecked) - 1} more' if len(unchecked) > 1 else ''}")
    with ResultsLog(args.results) as log:
        results = [log.with_earlier_verdict(result) for result in
                   build_titles(chosen, args.outdir, args.jobs, args.scheduler, done=log.write,
                                check=args.check, checked=log.checked, measure=args.results is not None)]
    for result in results:
        for path in result.outcome.files:
            print(path)
        for warning in result.outcome.warnings:
            print(f"publish: warning: {result.title.source.name}: {warning}", file=sys.stderr)
    failures = [_failure(result) for result in results if _failure(result)]
    for failure in failures:
        print(f"publish: error: {failure}", file=sys.stderr)
    if failures and len(results) > 1:
        print(f"publish: {len(failures)} of {len(results)} titles failed", file=sys.stderr)
    return min(len(failures), MAX_FAILURES_STATUS)


def _failure(result) -> str | None:
    """Why a title of a build failed: its error, or editions that did not pass --check."""
    if result.outcome.error or not result.check or result.check["passed"]:
        return result.outcome.error
    failed = ", ".join(kind for kind, passed in result.check["editions"].items() if not passed)
    return f"{result.title.source}: the {failed} edition(s) do not conform; `publish check` says why"


def run_check(args) -> int:
    from publish.batch import build_all
    from publish.check import check_built
    sources = args.sources or default_sources()
    failed = False
    for outcome in build_all(sources, args.outdir, args.formats, args.encoding):
        if outcome.error:
            print(f"publish: error: {outcome.error}", file=sys.stderr)
            failed = True
            continue
        for warning in outcome.warnings:    # the build's own: a character without a glyph is a failed check to come
            print(f"publish: warning: {outcome.source.name}: {warning}", file=sys.stderr)
        try:
            reports, validity = check_built(outcome.source, args.outdir, args.encoding, args.formats)
        except PublishError as error:       # this title's editions; the others are still checked
            print(f"publish: error: {error}", file=sys.stderr)
            failed = True
            continue
        for report in reports.values():
            print(report)
            failed |= not report.passed
        if "epub" in reports:
            print(_certification_line(validity, reports["epub"].path))
    return 1 if failed else 0


def _certification_line(validity, epub) -> str:
    """What `publish check` did about the EPUB's conformance claim."""
    from publish.render.epub_metadata import CERTIFIER, CONFORMANCE
    if validity is None:
        return f"{epub}: no conformance claim (not every check passed or could run)\n"
    if not validity.passed:
        return f"{epub}: no conformance claim: the certified package failed EPUBCheck ({validity.summary()})\n"
    return f"{epub}: conformance claim written: {CONFORMANCE}, certified by {CERTIFIER}\n"


def run_audit(loaded) -> int:
    """Print the conservation account; 1 when a word of the source is unaccounted for."""
    from publish.audit import audit
    account = audit(loaded.cleaned, loaded.document)
    for line in account.summary():
        print(line)
    if not account.ok:
        print(f"publish: {loaded.cleaned.source.path}: {account.missing} word(s) of the source unaccounted for; "
              "see the lines above", file=sys.stderr)
    return 0 if account.ok else 1


def run_serve(args) -> int:
    from publish.serve import REQUEST_SECONDS, serve
    serve(args.source or default_sources()[0], port=args.port, encoding=args.encoding,
          request_seconds=args.request_timeout or REQUEST_SECONDS)
    return 0


def run_clean(args) -> int:
    from publish.build import load
    from publish.notices import notices
    from publish.render.markdown import render_markdown
    loaded = load(args.source, args.encoding)
    if args.audit:
        return run_audit(loaded)
    print(render_markdown(loaded.document), end="")
    if args.report:
        print("\n## Cleaning report\n")
        for change in loaded.changes:
            print(f"- {change.kind} (line {change.line}): {change.before!r} -> {change.after!r}"
                  + (f" [{change.reason}]" if change.reason else ""))
        word_list = f"the {loaded.cleaned.language.language.english_name} word list"
        for word, line in loaded.cleaned.suspicious:
            print(f"- suspicious (line {line}): {word!r} not in {word_list}; left as written")
        for warning in notices(loaded.cleaned, loaded.document, args.source):
            print(f"- warning: {warning}")
    return 0
