"""The fuzzing harness: input strategies, one build per case, EPUBCheck on many books at once.

Shared by tests/fuzz/test_fuzz.py (a small fixed budget in CI) and benchmarks/fuzz_long.py
(ten thousand cases and more).  A case is a source (text or raw bytes), an optional TOML and
an encoding; its build must end in the editions (exit 0) or in one line `publish: error: ...`
(exit 1): never an internal error, never a traceback.
"""
from __future__ import annotations

import contextlib
import io
import json
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

from publish.cli import main
from publish.validate import EpubCheckRunner, run_epubcheck_many

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
FORMATS = "html,epub"

# ----------------------------------------------------------------------------- the cases


@dataclass(frozen=True)
class Case:
    """One input: the source's bytes, its TOML (None: no TOML) and the --encoding to read it with."""

    source: bytes
    toml: str | bytes | None = None
    encoding: str = "utf-8"

    def write(self, folder: Path, stem: str = "fuzz") -> Path:
        source = folder / f"{stem}.txt"
        source.write_bytes(self.source)
        if self.toml is not None:
            toml = self.toml.encode("utf-8", "surrogatepass") if isinstance(self.toml, str) else self.toml
            source.with_suffix(".toml").write_bytes(toml)
        return source


@dataclass(frozen=True)
class Outcome:
    code: int
    stderr: str
    epub: Path | None

    def problem(self) -> str | None:
        """What is wrong with the outcome, or None: built, or refused in one clean line."""
        if "Traceback" in self.stderr or "internal error" in self.stderr:
            return f"exit {self.code}: {self.stderr.strip()}"
        if self.code == 0:
            return None if self.epub and self.epub.is_file() else "exit 0 without an EPUB"
        errors = [line for line in self.stderr.splitlines() if line.startswith("publish: error:")]
        if self.code != 1 or len(errors) != 1 or len(self.stderr.strip().splitlines()) != 1:
            return f"exit {self.code}, not one error line: {self.stderr.strip()!r}"
        return None


def build_case(case: Case, folder: Path, stem: str = "fuzz") -> Outcome:
    """Build the case's HTML and EPUB into folder/out with the command line, in this process."""
    source = case.write(folder, stem)
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        code = main(["build", str(source), "-o", str(folder / "out"), "-f", FORMATS, "-j", "1",
                     "--encoding", case.encoding])
    if code == 130:                     # Ctrl-C or SIGTERM, caught by the command line: the
        raise KeyboardInterrupt         # fuzzing run is being stopped, this is no finding
    epub = folder / "out" / stem / f"{stem}.epub"
    return Outcome(code, stderr.getvalue(), epub if code == 0 else None)


# ----------------------------------------------------------------------------- strategies

# Pieces of OCR'd Dutch booklets, letters and reports, and of what goes wrong in them: page
# numbers, running heads, hyphens at line ends, bullets, numbered and Roman headings, notes,
# credits, markup and template syntax, odd spaces and controls, and long tokens.
WORDS = ["de", "het", "een", "en", "van", "wijk", "buurthuis", "gemeente", "samenleving", "Inleiding",
         "Voorwoord", "Noten", "Agenda", "door", "prof.", "dr.", "Fotografie:", "e-mail:", "www.voorbeeld.nl",
         "ont-", "wikkeling", "woon-", "zorg-", "maatschappelijke", "II.", "IV", "1.", "12", "2015", "2108",
         "1)", "•", "-", "–", "—", "*", "**vet**", "*Let", "op*", "‘", "’", "“", "”", '"', "'", "…", "(", ")",
         "[1]", "wijk1", "noot²", "<script>", "</body>", "]]>", "{{ 7*7 }}", "{% raw %}", "&amp;", "![x](javascript:y)",
         "\u00ad", "\u00a0", "\u200b", "\u202e", "\t", "\x07", "\x1b[31m", "\ufeff", "¬", "\u2010", "ﬁ", "ĳ", "é",
         "𝟐𝟎𝟏𝟓", "١٢", "αβγ", "中文", "🙂", "café", "Zeeuws-Vlaanderen"]
LONG_TOKENS = st.builds(lambda char, size, end: char * size + end, st.sampled_from(list("1a-.!é ")),
                        st.integers(1, 3000), st.sampled_from(["", "-", "!-", "¬", ".", " en"]))
TOKEN = st.one_of(st.sampled_from(WORDS), st.text(st.characters(codec="utf-8"), min_size=1, max_size=12),
                  LONG_TOKENS)
LINE = st.lists(TOKEN, max_size=14).map(" ".join)
SEPARATOR = st.sampled_from(["\n", "\n", "\n", "\n\n", "\n\f", "\r\n", "\r", "\n\n\n"])
OCR_TEXT = st.lists(st.tuples(LINE, SEPARATOR), max_size=40).map(lambda rows: "".join(a + b for a, b in rows))
SOME_TEXT = st.lists(st.tuples(LINE, SEPARATOR), min_size=1, max_size=40).map(
    lambda rows: "Titel\n\n" + "".join(a + b for a, b in rows))
ANY_TEXT = st.one_of(OCR_TEXT, st.text(st.characters(codec="utf-8"), max_size=600))

LANGUAGES = ["nl", "en-GB", "fy", "nl-BE", "not a language", "nl_NL", "x", "", "NL", "zh-Hant-TW", "i-klingon"]
STRING = st.one_of(st.text(st.characters(codec="utf-8"), max_size=40), st.sampled_from(WORDS), LINE)
SCALAR = st.one_of(STRING, st.sampled_from(LANGUAGES), st.integers(-10**20, 10**20),
                   st.sampled_from([0, 999, 1000, 2015, 2107, 2108, 9999, 10000]), st.booleans(),
                   st.floats(allow_nan=False))
VALUE = st.recursive(SCALAR, lambda inner: st.one_of(
    st.lists(inner, max_size=6),
    st.dictionaries(st.sampled_from(["name", "role", "rol"]), inner, max_size=3)), max_leaves=12)


def mostly(right, wrong=VALUE):
    """Values of the schema's type most of the time, anything now and then."""
    return st.one_of(right, right, right, right, wrong)


AUTHOR = st.fixed_dictionaries({"name": mostly(STRING)}, optional={"role": mostly(STRING), "rol": STRING})
METADATA = {"title": mostly(STRING), "subtitle": mostly(STRING), "series": mostly(STRING),
            "language": mostly(st.sampled_from(LANGUAGES)), "publisher": mostly(STRING),
            "year": mostly(st.one_of(st.integers(1000, 9999), st.sampled_from([0, 999, 2108, 10000, -1]))),
            "description": mostly(STRING), "contact": mostly(st.lists(STRING, max_size=5)),
            "authors": mostly(st.lists(AUTHOR, max_size=4)), "titel": STRING}
OVERRIDES = {"headings": mostly(st.lists(STRING, max_size=4)), "not_headings": mostly(st.lists(STRING, max_size=4))}


def some_of(schema: dict):
    """A table with some of the schema's keys (an unknown key now and then: 'titel')."""
    return st.lists(st.sampled_from(sorted(schema)), unique=True, max_size=len(schema)).flatmap(
        lambda keys: st.fixed_dictionaries({key: schema[key] for key in keys}))


TABLES = st.fixed_dictionaries({}, optional={"metadata": some_of(METADATA), "overrides": some_of(OVERRIDES),
                                             "stijl": st.fixed_dictionaries({"font": STRING})})


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if not isinstance(value, float) or (value == value and abs(value) != float("inf")) else "0"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)      # a JSON string is a TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    return "{" + ", ".join(f"{key} = {toml_value(item)}" for key, item in value.items()) + "}"


def toml_document(tables: dict) -> str:
    lines = []
    for name, table in tables.items():
        lines.append(f"[{name}]")
        lines += [f"{key} = {toml_value(value)}" for key, value in table.items()]
    return "\n".join(lines) + "\n"


TOML = st.one_of(TABLES.map(toml_document), TABLES.map(toml_document), TABLES.map(toml_document),
                 TABLES.map(lambda t: "\ufeff" + toml_document(t)),
                 st.text(st.characters(codec="utf-8"), max_size=200), st.binary(max_size=120))

TEXT_CASES = ANY_TEXT.map(lambda text: Case(text.encode("utf-8")))
TOML_CASES = st.builds(lambda text, toml: Case(text.encode("utf-8"), toml), SOME_TEXT, TOML)
ENCODINGS = st.sampled_from(["utf-8", "utf-8", "cp1252", "latin-1", "utf-16", "utf-32", "rot13", "punycode",
                             "utf-7", "ascii"])
BYTES_CASES = st.one_of(
    st.builds(Case, st.binary(max_size=600), st.none(), ENCODINGS),
    st.builds(lambda text, codec, cut: Case(text.encode(codec, "replace")[cut:], None, codec),
              OCR_TEXT, st.sampled_from(["utf-8", "utf-16", "utf-32", "cp1252"]), st.integers(0, 3)),
    st.builds(lambda text, noise, at: Case(text.encode("utf-8")[:at] + noise + text.encode("utf-8")[at:]),
              OCR_TEXT, st.binary(min_size=1, max_size=8), st.integers(0, 400)))

# ----------------------------------------------------------------------------- the corpus


def corpus_cases() -> dict[str, Case]:
    """Every input that once crashed a build: <name>.txt, with <name>.toml and <name>.encoding
    beside it when the case has them."""
    cases = {}
    for source in sorted(CORPUS.glob("*.txt")):
        toml, encoding = source.with_suffix(".toml"), source.with_suffix(".encoding")
        cases[source.stem] = Case(source.read_bytes(), toml.read_bytes() if toml.exists() else None,
                                  encoding.read_text().strip() if encoding.exists() else "utf-8")
    return cases


def keep_in_corpus(case: Case, name: str) -> Path:
    """Store a crashing case so that the corpus test replays it from now on."""
    stem = re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")[:60]
    source = case.write(CORPUS, stem)
    if case.encoding != "utf-8":
        source.with_suffix(".encoding").write_text(case.encoding + "\n")
    return source


# ----------------------------------------------------------------------------- EPUBCheck, many at once

def check_epubs(paths: list[Path], runner: EpubCheckRunner | None = None) -> dict[Path, list[str]]:
    """EPUBCheck's errors (and fatal errors) for each book, all checked in one Java process (starting
    EPUBCheck costs more than checking a small book): the runner's (the test suite's, already
    started), or one started for these books."""
    results = {}
    for path, checked in zip(paths, run_epubcheck_many(paths, usage=False, runner=runner), strict=True):
        if not checked.available or checked.reason:
            raise RuntimeError(f"EPUBCheck did not check {path}: {checked.reason}")
        results[path] = [f"{m.severity.upper()} {m.code}: {m.text} ({m.location})" for m in checked.messages
                         if m.severity in ("fatal", "error")]
    return results


def fresh_folder(root: Path) -> Path:
    return Path(tempfile.mkdtemp(dir=root))


__all__ = ["BYTES_CASES", "TEXT_CASES", "TOML_CASES", "Case", "Outcome", "build_case", "check_epubs", "corpus_cases",
           "fresh_folder", "keep_in_corpus"]
