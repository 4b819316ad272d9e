"""What happened to each title of a list, measured where it was built, and the results file.

The results file (`publish build --results FILE.jsonl`) holds one JSON object per line, one line
per title:

  source          the source as named (on the command line or in the manifest)
  status          "built", "unchanged" (its inputs did not change: the editions were kept) or "failed"
  editions        the edition files it has (paths as OUTDIR was given)
  pages           pages of the PDF booklet (null without one)
  words           words of the source (runs of letters or digits, as `publish clean --audit` counts)
  warnings        what the build said about the text (the same lines it prints)
  error           why it failed (null when it did not)
  seconds         time its build took (0 when unchanged)
  peak_memory_mb  the largest resident size the process that built it had reached by then
                  (getrusage ru_maxrss: a worker builds several titles, so this is an upper bound)
  check           with --check: {"passed", "editions": {"epub": true, ...}, "certified"} as
                  `publish check` finds them; null without

A line is written (and flushed) as soon as its title ends, so a killed run loses only the titles
that were being built.  A rerun keeps the line of a title that is still unchanged, replaces the
line of one built again or failed, and when it ends leaves one line per title.
"""
from __future__ import annotations

import json
import resource
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from publish.errors import PublishError
from publish.manifest import Title

if TYPE_CHECKING:
    from publish.batch import Outcome


@dataclass(frozen=True)
class Result:
    """One title's outcome and its measures."""

    title: Title
    outcome: Outcome
    pages: int | None = None
    words: int | None = None
    peak_memory_mb: float = 0.0
    check: dict | None = None

    @property
    def status(self) -> str:
        return "failed" if self.outcome.error else "unchanged" if self.outcome.reused else "built"

    def record(self) -> dict:
        """The title's line in the results file."""
        return {"source": str(self.title.source), "status": self.status,
                "editions": [str(path) for path in self.outcome.files],
                "pages": self.pages, "words": self.words, "warnings": list(self.outcome.warnings),
                "language": self.outcome.language,
                "error": self.outcome.error, "seconds": round(self.outcome.seconds, 3),
                "peak_memory_mb": round(self.peak_memory_mb, 1), "check": self.check}


def measured(title: Title, outcome: Outcome) -> Result:
    """The outcome with the title's pages, words and this process's peak memory (in the worker)."""
    if outcome.error:
        return Result(title, outcome, peak_memory_mb=peak_memory_mb())
    booklets = [path for path in outcome.files if path.suffix == ".pdf" and not path.stem.endswith("-imposed")]
    return Result(title, outcome, pages=_pages(booklets[0]) if booklets else None,
                  words=_words(title), peak_memory_mb=peak_memory_mb())


def peak_memory_mb() -> float:
    """The largest resident set this process has had (Linux counts kB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def _pages(pdf: Path) -> int:
    import pikepdf
    with pikepdf.open(pdf) as document:
        return len(document.pages)


def _words(title: Title) -> int:
    from publish.audit import words
    from publish.source import read_source
    return sum(len(words(line)) for line in read_source(title.source, title.encoding).lines)


class ResultsLog:
    """The results file while a list is built: the lines of earlier runs, then one line appended
    (and flushed) per title as it ends; on entering and leaving, the last line of each title is
    kept (the file rewritten whole, atomically).  Without a path, it only remembers nothing."""

    def __init__(self, path: Path | None):
        self.path = path
        self.previous = _read(path) if path else {}
        self.stream: TextIO | None = None

    def __enter__(self) -> ResultsLog:
        if self.path:
            _rewrite(self.path, self.previous)
            self.stream = open(self.path, "a", encoding="utf-8")
        return self

    def __exit__(self, *exc) -> None:
        if self.stream is not None and self.path is not None:
            self.stream.close()
            _rewrite(self.path, _read(self.path))

    def checked(self, title: Title) -> bool:
        """Whether an earlier run's line of this title has the verdict of publish check."""
        earlier = self.previous.get(_key(title.source))
        return bool(earlier and earlier["status"] != "failed" and earlier.get("check"))

    def with_earlier_verdict(self, result: Result) -> Result:
        """An unchanged title not checked again, with the verdict its earlier line records: a
        rerun of a list says what the first run found (a failed check fails the rerun too)."""
        earlier = self.previous.get(_key(result.title.source))
        if not (result.outcome.reused and result.check is None and earlier and self.checked(result.title)):
            return result
        return replace(result, check=earlier["check"])

    def write(self, result: Result) -> None:
        """Append the title's line, unless it is unchanged and an earlier run's line says all."""
        earlier = self.previous.get(_key(result.title.source))
        if self.stream is None or (result.outcome.reused and result.check is None and earlier
                                   and earlier["status"] != "failed"):
            return
        self.stream.write(json.dumps(result.record(), ensure_ascii=False) + "\n")
        self.stream.flush()


def _key(source: Path | str) -> str:
    return str(Path(source).resolve())


def _read(path: Path) -> dict[str, dict]:
    """The last line of each title in a results file; a line cut short by a kill may end it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise PublishError(f"cannot read the results file: {error}", path) from None
    records: dict[str, dict] = {}
    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line)
            records[_key(record["source"])] = record
        except (ValueError, KeyError, TypeError):
            if number < len(lines):         # not the last line: not a results file at all
                raise PublishError("is not a results file (a line is not a JSON object with a source); "
                                   "give --results a new or an earlier results file", path, number) from None
    return records


def _rewrite(path: Path, records: dict[str, dict]) -> None:
    from publish.build import write_atomically
    write_atomically(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records.values()).encode())
