"""Line-end hyphens: join a layout hyphen (ontwik- / keling), keep a real one (doe- / democratie,
Zuid- / Europese) and a suspended one (hoog- / en laag).  Evidence, in order: how the document
writes the word elsewhere, the Dutch word-frequency list, Dutch spelling rules (among them Dutch
hyphenation: a layout hyphen only falls where the joined word may be hyphenated)."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from operator import itemgetter

from publish.clean import lexicon
from publish.clean.lines import Changes, Line, Lines, ends_sentence
from publish.report import Change

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A word fragment at line end followed by a hyphen (or a soft hyphen / OCR '¬').
LINE_END = re.compile(r"(?:^|(?<=\s))(\S*?)([^\W_][\w-]*)([-\u2010\u00ad¬])$")
HYPHEN_MARKS = "-\u2010\u00ad¬"
LINE_END_MARK = re.compile("[" + HYPHEN_MARKS + "]\n")
CONJUNCTIONS = {"en", "of", "tot", "noch", "als", "&"}
VOWELS = "aeiouy"
# Vowel pairs that would be read as one sound if the parts were written together.
CLASHES = {"aa", "ae", "ai", "au", "ee", "ei", "eu", "ie", "ii", "oe", "oi", "oo", "ou", "ui", "uu", "ij", "ay", "ey", "oy"}
# Prefixes Dutch spelling always joins with a hyphen.
HYPHEN_PREFIXES = {"ex", "oud", "niet", "non", "vice", "pro", "anti"}
BULLET = re.compile(r"^[•·▪●◦‣∙*]")


def document_counts(lines: Lines) -> Counter:
    """How often each word (lower case, hyphenated words whole) is written in the document."""
    return _counts("\n".join(map(_TEXT, lines)) + "\n", lines)


def _counts(text: str, lines: Lines) -> Counter:
    """document_counts on the lines' texts, each followed by a newline.

    A split fragment counts without its hyphen: the line-end "-" goes ("-\n" finds exactly
    those hyphens).  A word never spans white space, so the text is split at white space first
    and the word pattern runs once per distinct piece, not over the whole text: the counts are
    those of WORD.findall on the whole text.
    """
    if text.count("\n") == len(lines):
        text = text.replace("-\n", "\n")
    else:                                     # a newline inside a line: not from a source file
        text = "\n".join(line.text[:-1] if line.text.endswith("-") else line.text for line in lines)
    # Each distinct piece is lowered on its own: lower-casing reads context only for a final
    # sigma, and that context ends at white space, so the pieces lower as in the whole text.
    counts: Counter = Counter()
    findall = WORD.findall
    for piece, times in Counter(text.split()).items():
        piece = piece.lower()
        if piece.isalpha():                  # letters only: the piece is one word
            counts[piece] += times
        else:
            for word in findall(piece):
                counts[word] += times
    return counts


_TEXT = itemgetter(1)       # Line.text


def resolve(lines: Lines) -> tuple[Lines, Changes]:
    text = "\n".join(map(_TEXT, lines)) + "\n"
    counts = _counts(text, lines)
    out = list(lines)
    changes: list[Change] = []
    # The lines ending in a hyphen mark, found in the joined text: each line is followed by "\n".
    ending, line_index, position = [], 0, 0
    for match in LINE_END_MARK.finditer(text):
        line_index += text.count("\n", position, match.start())
        position = match.start()
        ending.append(line_index)
    if text.count("\n") != len(lines):            # a newline inside a line: not from a source file
        ending = [index for index, line in enumerate(lines) if line.text[-1:] in HYPHEN_MARKS and line.text]
    for index in ending:
        line = lines[index]
        match = LINE_END.search(line.text, max(0, line.text.rfind(" ") + 1))
        if not match or len(match.group(2)) < 1:
            continue
        following = _next_text(out, index)
        if following is None or BULLET.match(out[following].text):
            continue
        right_token = out[following].text.split()[0]
        before = line.text[: match.start(2)]
        sentence_start = ends_sentence(before) if before.strip() else _previous_ends_sentence(out, index)
        glue, kind, reason = decide(match.group(2), match.group(3), right_token, counts, sentence_start)
        left = match.group(2)
        joined = left + right_token if kind == "hyphen-join" else left + "-" + right_token
        text = line.text[: -1] if kind == "hyphen-join" else line.text
        out[index] = line._replace(text=text, glue=glue)
        changes.append(Change(kind, line.number, f"{left}-|{right_token}",
                              joined if glue == "" else f"{left}- {right_token}", reason))
    return tuple(out), tuple(changes)


def decide(left: str, mark: str, right_token: str, counts: Counter, sentence_start: bool) -> tuple[str, str, str]:
    """(glue, kind, evidence) for a hyphen between left and the first token of the next line."""
    right_word = WORD.match(right_token.lstrip("‘’“”'\"(["))
    right = right_word.group(0) if right_word else ""
    head = left.split("-")[-1].lstrip("‘’“”'\"([")
    tail = right.split("-")[0]
    joined, hyphenated = (head + tail).lower(), f"{head}-{tail}".lower()
    if mark != "-":
        return "", "hyphen-join", "a soft hyphen only marks a line break"
    if right.lower() in CONJUNCTIONS or right_token in CONJUNCTIONS:
        suspended = f"'{right_token}' follows: a suspended compound part ({head}- {right_token} ...)"
        if not lexicon.known(joined, lexicon.COMMON):
            return " ", "hyphen-suspended", suspended
        # 'zorgen' is a word, but 'zorg-' + 'en' is not where a line would break it (zor-gen).
        if not hyphenation_point(head, tail):
            return " ", "hyphen-suspended", f"{suspended}; {_no_hyphenation_point(head, tail)}"
    if not right:
        return "", "hyphen-keep", "the next line does not start with a word"
    if counts[hyphenated] > counts[joined]:
        return "", "hyphen-keep", f"the document writes '{hyphenated}' ({counts[hyphenated]}x) and '{joined}' {counts[joined]}x"
    if counts[joined] > counts[hyphenated]:
        return "", "hyphen-join", f"the document writes '{joined}' ({counts[joined]}x) and '{hyphenated}' {counts[hyphenated]}x"
    if lexicon.known(joined, lexicon.COMMON):
        return "", "hyphen-join", f"'{joined}' is a common Dutch word (Zipf {lexicon.zipf(joined)})"
    rule = spelling_rule(left, head, tail, counts, sentence_start)
    if rule:
        return "", "hyphen-keep", rule
    if lexicon.known(joined):
        return "", "hyphen-join", f"'{joined}' is in the Dutch word list (Zipf {lexicon.zipf(joined)})"
    return "", "hyphen-join", f"no evidence of a compound hyphen in '{head}-{tail}': a layout hyphen"


def spelling_rule(left: str, head: str, tail: str, counts: Counter, sentence_start: bool) -> str | None:
    """The Dutch spelling rule that requires a hyphen here, if any."""
    if tail[:1].isupper():
        return f"a capital follows the hyphen ('{tail}'): Dutch keeps the hyphen"
    if any(char.isdigit() for char in head + tail):
        return f"'{head}-{tail}' joins a number and a word: Dutch keeps the hyphen"
    if "-" in left.strip("-"):
        return f"'{left}' is already a hyphenated word group"
    if head.isupper() and len(head) >= 2:
        return f"'{head}' is an abbreviation: abbreviation compounds keep the hyphen"
    joined = (head + tail).lower()
    if (len(head) >= 2 and head[-1].lower() in VOWELS and head[-2].lower() not in VOWELS
            and (head[-1] + tail[:1]).lower() in CLASHES and lexicon.known(tail, lexicon.COMMON)):
        return f"clashing vowels '{head[-1]}-{tail[0]}' between two parts: the hyphen keeps them apart"
    if not hyphenation_point(head, tail):
        return f"{_no_hyphenation_point(head, tail)}: the hyphen is part of the word"
    if head.lower() in HYPHEN_PREFIXES and lexicon.known(tail, lexicon.COMMON) and not lexicon.known(joined):
        return f"'{head}-' is a prefix Dutch writes with a hyphen"
    if (head[:1].isupper() and not sentence_start and lexicon.known(tail, 2.5)
            and (counts[head.lower()] > 0 or lexicon.known(head, lexicon.COMMON))):
        return f"'{head}' is a name: a compound with a name keeps the hyphen"
    return None


@lru_cache(maxsize=1)
def _dutch_hyphenation():
    import pyphen        # imported on first use: most texts decide every hyphen before this rule
    return pyphen.Pyphen(lang="nl_NL")


@lru_cache(maxsize=65536)
def hyphenation_point(head: str, tail: str) -> bool:
    """Whether Dutch hyphenation may break head+tail between head and tail: a layout hyphen
    (the typesetter's) only ever falls there."""
    return len(head) in _dutch_hyphenation().positions((head + tail).lower())


def _no_hyphenation_point(head: str, tail: str) -> str:
    syllables = _dutch_hyphenation().inserted((head + tail).lower())
    return f"Dutch hyphenation breaks '{(head + tail).lower()}' as '{syllables}', never '{head}-{tail}'"


def _next_text(lines: list[Line], index: int) -> int | None:
    for following in range(index + 1, min(index + 6, len(lines))):
        if not lines[following].blank:
            return following
    return None


def _previous_ends_sentence(lines: list[Line], index: int) -> bool:
    for previous in range(index - 1, -1, -1):
        if not lines[previous].blank:
            return ends_sentence(lines[previous].text)
    return True
