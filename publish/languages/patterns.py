"""Regular-expression pieces made from a language's vocabulary (language.toml), for the cleaning
passes and structure: they build their patterns from these, once per language, and name no word."""
from __future__ import annotations

import re
from collections.abc import Iterable

from publish.languages import DEFAULT, Language, language

# Matches nothing: the pattern of an empty list (a language without, say, elisions).
NOTHING = "(?!)"
# An apostrophe as a word list writes it, straight or curled: the text holds either, curled once typography has
# read it ("Season’s greetings").
APOSTROPHE = re.compile("['’]")


def alternatives(words: Iterable[str], any_space: bool = True) -> str:
    """A regex alternation of the words, longest first (so "foto omslag" is tried before "foto"),
    each escaped, its spaces matching any white space (any_space) or one space, its apostrophe either
    apostrophe; NOTHING for no words."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    if not ordered:
        return NOTHING
    space = r"\s+" if any_space else " "
    return "|".join(APOSTROPHE.sub("['’]", re.escape(word)).replace(r"\ ", space) for word in ordered)


def vocabulary(lang: Language, key: str, any_space: bool = True) -> str:
    """The alternation of the words at a dotted key of the language's data, as written there."""
    return alternatives(lang.value(key, ()), any_space)


def labelled_field(lang: Language, key: str) -> re.Pattern:
    """A line that is a label of the words at key, a colon and its value ("Auteur: Karien Vermeulen"),
    the value in the group "value"."""
    return re.compile(rf"^(?:{vocabulary(lang, key)})\s*:\s*(?P<value>\S.*)$", re.IGNORECASE)


def default() -> Language:
    """The language a pass uses when its caller names none (a unit test of one pass)."""
    return language(DEFAULT)
