#!/usr/bin/env python3
"""The real-world corpus: list its documents, download their PDFs, extract their text.

The corpus is described by tests/realworld/docs/<id>.toml (committed); the PDFs and their text
are not committed (see tests/realworld/README.md).  Standard library only, so it runs before the
project is installed; `pdftotext` comes from poppler-utils.

    python3 tools/realworld_corpus.py list
    python3 tools/realworld_corpus.py download [--pdfs DIR] [ID ...]
    python3 tools/realworld_corpus.py extract  [--pdfs DIR] [--out DIR] [ID ...]
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
DOCS = PROJECT / "tests" / "realworld" / "docs"
# Where the text goes unless PUBLISH_REALWORLD names another folder (tests/realworld/corpus may
# itself be a symbolic link to a folder outside the repository).
CORPUS = PROJECT / "tests" / "realworld" / "corpus"
DEFAULT_PDFS = Path("/work/realworld/pdf")
EXTRACTORS = {"pdftotext": (), "pdftotext -layout": ("-layout",)}
DOWNLOAD_TIMEOUT = 60


@dataclass(frozen=True)
class Entry:
    """One document of the corpus as its TOML describes it (only what this tool needs)."""

    id: str
    url: str
    sha256: str
    kind: str
    language: str
    split: str
    pages: int
    extract: str


def corpus_folder() -> Path:
    """The folder holding <id>.txt: $PUBLISH_REALWORLD, or tests/realworld/corpus."""
    override = os.environ.get("PUBLISH_REALWORLD")
    return Path(override) if override else CORPUS


def load_entries(docs: Path = DOCS) -> list[Entry]:
    """Every tests/realworld/docs/*.toml, sorted by id; a malformed file stops with its name."""
    entries = []
    for path in sorted(docs.glob("*.toml")):
        try:
            source = tomllib.loads(path.read_text(encoding="utf-8"))["source"]
            entries.append(Entry(id=path.stem, url=source["url"], sha256=source["sha256"].lower(),
                                 kind=source["kind"], language=source["language"], split=source["split"],
                                 pages=int(source["pages"]), extract=source["extract"]))
        except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as error:
            sys.exit(f"{path}: not a corpus description ({type(error).__name__}: {error})")
    return entries


def select(entries: list[Entry], ids: list[str]) -> list[Entry]:
    """The entries named (all when none are); an unknown id stops with the known ones."""
    if not ids:
        return entries
    known = {entry.id: entry for entry in entries}
    unknown = [name for name in ids if name not in known]
    if unknown:
        sys.exit(f"unknown document(s): {', '.join(unknown)}; known: {', '.join(known)}")
    return [known[name] for name in ids]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# ----------------------------------------------------------------------------- list

def command_list(args: argparse.Namespace) -> int:
    entries = load_entries()
    folder = corpus_folder()
    rows = [("id", "kind", "lang", "split", "pages", "text")]
    rows += [(e.id, e.kind, e.language, e.split, str(e.pages),
              "yes" if (folder / f"{e.id}.txt").is_file() else "no") for e in entries]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    present = sum(row[-1] == "yes" for row in rows[1:])
    print(f"\n{len(entries)} documents; text present for {present} in {folder}")
    return 0


# ----------------------------------------------------------------------------- download

def command_download(args: argparse.Namespace) -> int:
    failed = []
    for entry in select(load_entries(), args.ids):
        target = args.pdfs / f"{entry.id}.pdf"
        if target.is_file() and sha256_of(target) == entry.sha256:
            print(f"{entry.id}: already present")
            continue
        try:
            data = fetch(entry.url)
        except OSError as error:
            print(f"{entry.id}: cannot download {entry.url}: {error}", file=sys.stderr)
            failed.append(entry.id)
            if isinstance(error, urllib.error.URLError) and not isinstance(error, urllib.error.HTTPError):
                print("no network? Put the PDFs in the folder by hand (see tests/realworld/README.md) "
                      "and run `extract`.", file=sys.stderr)
                return 1
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != entry.sha256:
            print(f"{entry.id}: downloaded file has sha256 {digest}, the TOML says {entry.sha256}; "
                  "not saved", file=sys.stderr)
            failed.append(entry.id)
            continue
        write_atomically(target, data)
        print(f"{entry.id}: saved {target} ({len(data):,} bytes)")
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


def fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "publish-realworld-corpus"})
    with urllib.request.urlopen(request, timeout=DOWNLOAD_TIMEOUT) as response:
        return response.read()


# ----------------------------------------------------------------------------- extract

def command_extract(args: argparse.Namespace) -> int:
    if shutil.which("pdftotext") is None:
        sys.exit("pdftotext not found: install poppler-utils (apt-get install poppler-utils)")
    out = args.out or corpus_folder()
    missing, differing, done = [], [], []
    for entry in select(load_entries(), args.ids):
        pdf = args.pdfs / f"{entry.id}.pdf"
        if not pdf.is_file():
            missing.append(entry.id)
            continue
        digest = sha256_of(pdf)
        if digest != entry.sha256:
            differing.append(f"{entry.id} (sha256 {digest[:12]}…, TOML {entry.sha256[:12]}…)")
            continue
        extract(entry, pdf, out / f"{entry.id}.txt")
        done.append(entry.id)
    print(f"extracted {len(done)} document(s) into {out}")
    if missing:
        print(f"missing PDFs in {args.pdfs}: {', '.join(missing)} "
              "(run `download`, or copy them there by hand)", file=sys.stderr)
    if differing:
        print(f"PDFs that differ from their TOML, not extracted: {', '.join(differing)}", file=sys.stderr)
    return 1 if missing or differing else 0


def extract(entry: Entry, pdf: Path, target: Path) -> None:
    """pdftotext [-layout] -enc UTF-8 PDF TXT, exactly as the TOML's `extract` says."""
    if entry.extract not in EXTRACTORS:
        sys.exit(f"{entry.id}: unknown extract {entry.extract!r}; expected one of {', '.join(EXTRACTORS)}")
    target.parent.mkdir(parents=True, exist_ok=True)
    command = ["pdftotext", *EXTRACTORS[entry.extract], "-enc", "UTF-8", str(pdf), str(target)]
    finished = subprocess.run(command, capture_output=True, text=True)
    if finished.returncode != 0:
        sys.exit(f"{entry.id}: pdftotext failed ({finished.returncode}): {finished.stderr.strip()}")


# ----------------------------------------------------------------------------- command line

def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="realworld_corpus.py", description=__doc__.split("\n\n")[0],
        epilog="The text folder is tests/realworld/corpus, or $PUBLISH_REALWORLD when set.")
    commands = main.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="the documents: kind, language, split, and whether their text is present")
    for name, purpose in (("download", "fetch each PDF from its url and check its sha256"),
                          ("extract", "run pdftotext on each PDF (after checking its sha256)")):
        command = commands.add_parser(name, help=purpose, description=purpose)
        command.add_argument("ids", nargs="*", metavar="ID", help="only these documents (default: all)")
        command.add_argument("--pdfs", type=Path, default=DEFAULT_PDFS,
                             help=f"folder of <id>.pdf (default: {DEFAULT_PDFS})")
        if name == "extract":
            command.add_argument("--out", type=Path, default=None,
                                 help="folder for <id>.txt (default: $PUBLISH_REALWORLD or tests/realworld/corpus)")
    return main


COMMANDS = {"list": command_list, "download": command_download, "extract": command_extract}


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return COMMANDS[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
