"""The languages the pipeline knows, as data: one folder per language, and the choice of one for a text.

Each folder `publish/languages/<code>/` (code: the ISO 639-1 primary subtag) holds `language.toml`
(names, tags, hyphenation dictionary, common words, and the vocabulary the cleaning passes and
renderers use as evidence) and the interface labels' gettext catalog.  Nothing outside this
package names a language: the passes and templates receive a `Language`.  Adding a language is
adding a folder (README, "Adding a language").

A text's language is, in order: the one its TOML declares; else the one detected from the share
of each language's most common words in it, when that is clear; else DEFAULT.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from publish.errors import PublishError

FOLDER = Path(__file__).parent
DEFAULT = "nl"          # the language of a text that does not say and cannot be told
SAMPLE_CHARACTERS = 20_000   # detection reads the beginning: a page or two is plenty, a whole book slow
MIN_WORDS = 20          # fewer words than this tell nothing about a language
MIN_SHARE = 0.12        # running text in a language has at least this share of its 60 commonest words
MIN_LEAD = 2.0          # and twice the share of the runner-up (real texts: 2.8 or more)
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class Language:
    """One language as the pipeline knows it (publish/languages/<code>/language.toml)."""

    code: str                       # "nl": the folder's name, a primary language subtag
    name: str                       # the language's own name ("Nederlands")
    english_name: str               # "Dutch"
    pdf_tag: str                    # the tag a PDF declares ("nl-NL")
    hyphenation: str                # the pyphen dictionary ("nl_NL")
    common_words: frozenset[str]
    data: dict[str, Any] = field(repr=False, compare=False, hash=False)

    def value(self, key: str, default: Any = None) -> Any:
        """The entry at a dotted key of language.toml ("furniture.page_label"), or default."""
        entry: Any = self.data
        for part in key.split("."):
            if not isinstance(entry, dict) or part not in entry:
                return default
            entry = entry[part]
        return entry

    def words(self, key: str) -> frozenset[str]:
        """A list of words or phrases at a dotted key, in lower case, for matching without regard to case."""
        return frozenset(word.lower() for word in self.value(key, ()))

    @property
    def folder(self) -> Path:
        return FOLDER / self.code


@dataclass(frozen=True)
class Choice:
    """The language chosen for a text, and why: the tag the editions declare, how it was chosen
    ("metadata", "detected", "default") and, when detected, how sure (0-1)."""

    language: Language
    tag: str
    how: str
    certainty: float | None = None

    def describe(self) -> str:
        """One line for the build output: "language: English (en), detected, 92 % sure"."""
        said = f"language: {self.language.english_name} ({self.tag}), "
        if self.how == "detected" and self.certainty is not None:
            return said + f"detected, {self.certainty:.0%} sure"
        if self.how == "metadata":
            return said + "from the metadata file"
        return said + "the default (the text is too short or too mixed to tell)"


@cache
def supported() -> tuple[str, ...]:
    """The codes of the languages that have a folder, in alphabetical order (read once per process,
    as language() reads each folder once: the foreign-phrase check asks for every distinct word)."""
    return tuple(sorted(path.parent.name for path in FOLDER.glob("*/language.toml")))


@cache
def language(code: str) -> Language:
    """The language of a code or tag ("nl", "nl-BE", "EN"); a PublishError names the supported ones."""
    primary = code.split("-")[0].split("_")[0].lower()
    if primary not in supported():
        names = ", ".join(f"{known} ({language(known).name})" for known in supported())
        raise PublishError(f"language {code!r} is not supported; the supported languages are {names}")
    path = FOLDER / primary / "language.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Language(primary, data["name"], data["english_name"], data["pdf_tag"], data["hyphenation"],
                    frozenset(data["common_words"]), data)


def shares(text: str) -> dict[str, float]:
    """For each supported language, the share of the text's words that are among its common words."""
    words = [word.lower() for word in WORD.findall(text[:SAMPLE_CHARACTERS])]
    if len(words) < MIN_WORDS:
        return {}
    return {code: sum(word in language(code).common_words for word in words) / len(words) for code in supported()}


def detect(text: str) -> tuple[str, float] | None:
    """(code, certainty) of the language the text is clearly in, or None when it is not clear.

    Certainty is the leader's share of the two highest shares: 0.5 is a tie, 1.0 no rival."""
    ranked = sorted(shares(text).items(), key=lambda item: item[1], reverse=True)
    if len(ranked) < 2:
        return None
    (best, best_share), (_, runner_up) = ranked[0], ranked[1]
    if best_share < MIN_SHARE or best_share < MIN_LEAD * runner_up:
        return None
    return best, best_share / (best_share + runner_up)


def choose(text: str, declared: str | None = None) -> Choice:
    """The language of a text: the declared tag (its TOML's `language`), else detected, else DEFAULT."""
    if declared:
        return Choice(language(declared), declared, "metadata")
    detected = detect(text)
    if detected is not None:
        code, certainty = detected
        return Choice(language(code), code, "detected", certainty)
    return Choice(language(DEFAULT), DEFAULT, "default")
