"""Line-end hyphens: join a layout hyphen (ontwik- / keling), keep a real one (doe- / democratie,
Zuid- / Europese) and a suspended one (hoog- / en laag).  Evidence, in order: how the document
writes the word elsewhere, the word-frequency list, the language's spelling rules (its compound
rules from its language.toml, and its hyphenation: a layout hyphen only falls where the joined word
may be hyphenated)."""
from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, compress
from operator import and_, not_

from publish.clean import lexicon, lists
from publish.clean.lines import (TEXT, Changes, Line, Lines, ends_sentence, find_all, first_word, last_word,
                                 line_indexes)
from publish.clean.tokens import BULLETS, ITEM_BULLET, LETTERS, SOFT_HYPHEN, WORD
from publish.languages import Language
from publish.languages.patterns import default
from publish.report import Change

# A word fragment at line end followed by a hyphen (or a soft hyphen / OCR '¬'): the fragment
# begins at the first letter or digit after the token's last other sign.  That sign is found
# once, atomically (not by widening a lazy prefix), so a long token costs linear time.
HYPHEN_MARKS = f"-\u2010{SOFT_HYPHEN}¬"
LINE_END = re.compile(rf"(?:^|(?<=\s))((?>(?:\S*[^\w\s-](?=\S))?)[_-]*)([^\W_][\w-]*)([{HYPHEN_MARKS}])$")
# A line-end mark kept, not joined, is printed as the hyphen it stands for.
PRINTED = {SOFT_HYPHEN: "-", "¬": "-"}
# Opening quotes and brackets before a word.
QUOTES = "‘’“”'\"(["
VOWELS = "aeiouy"


@dataclass(frozen=True)
class Rules:
    """The compound rules of one language ([hyphens] in its language.toml)."""

    language: str                     # its English name, for the reasons
    code: str                         # its code: the word list to look words up in
    dictionary: str                   # pyphen's hyphenation dictionary
    nouns_capitalised: bool           # every noun opens with a capital (German): a capital is no name's
    conjunctions: frozenset[str]      # after a suspended compound part ("voor- en nadelen")
    prefixes: frozenset[str]          # prefixes always written with a hyphen ("ex-partner")
    vowel_clashes: frozenset[str]     # vowel pairs a hyphen keeps apart ("zee-egel")


@cache
def rules(language: Language | None = None) -> Rules:
    """The language's compound rules (by default those of the default language)."""
    language = language or default()
    return Rules(language.english_name, language.code, language.hyphenation,
                 bool(language.value("hyphens.nouns_capitalised", False)),
                 language.words("hyphens.conjunctions"), language.words("hyphens.prefixes"),
                 language.words("hyphens.vowel_clashes"))


def document_counts(lines: Lines) -> Counter:
    """How often each word (lower case, hyphenated words whole) is written in the document."""
    text = "\n".join(map(TEXT, lines))
    return _counts(text, set(WORD.findall(text.lower())))


def _counts(text: str, words: set[str]) -> Counter:
    """How often each of the words is written in text: what WORD.findall on text.lower() counts,
    for these words only (those the line-end decisions ask about, a few hundred per megabyte).

    A word never spans white space, so the distinct pieces between white space are counted once
    (in C) and only they are looked at.  Lower-casing reads context only for a final sigma, and
    that context ends at white space, so each piece lowers as in the whole text.  A piece of
    letters only (tested once lowered: 'İ' lowers to 'i' and a combining dot) is one word.
    Non-letters around a piece never touch its words (a "-" joins only two letters; a split
    fragment's line-end "-" is followed by a newline), so stripped of
    them, a piece is one word if it is a word or letters only; the few other pieces ("auto's",
    "d.w.z.", compounds) run the word pattern.
    """
    words = set(filter(WORD.fullmatch, words))   # anything else is never a word: counted 0
    if not words:
        return Counter()
    times = Counter(text.split())
    pieces = list(map(str.lower, times))
    plain = list(map(str.isalpha, pieces))
    counts: Counter = Counter()
    for word, amount in compress(zip(pieces, times.values()), map(and_, plain, map(words.__contains__, pieces))):
        counts[word] += amount
    for piece, amount in compress(zip(pieces, times.values()), map(not_, plain)):
        piece = piece.strip(NON_LETTERS)
        if piece in words:
            counts[piece] += amount
        elif not piece.isalpha():
            for word in WORD.findall(piece):
                if word in words:
                    counts[word] += amount
    return counts


# Characters WORD never takes into a word (ASCII punctuation and digits, typographic quotes,
# dashes and bullets).
NON_LETTERS = string.punctuation + string.digits + "‘’‚‛“”„‟«»‹›–—―…¡¿" + HYPHEN_MARKS + BULLETS


def resolve(lines: Lines, counts: Counter | None = None, language: Language | None = None) -> tuple[Lines, Changes]:
    """The line-end hyphens of the lines decided; counts: how the document writes its words
    (document_counts, for a few lines taken out of it such as a note's), else counted in the lines."""
    lines = soft_breaks_apart(lines)
    text = "\n".join(map(TEXT, lines)) + "\n"
    breaks = list(_line_breaks(lines, _ending(lines, text)))
    its_rules = rules(language)
    if counts is None:
        counts = _counts(text, set().union(*(_evidence_words(match.group(2), right, its_rules)
                                             for _, match, right in breaks)))
    out = list(lines)
    changes: list[Change] = []
    for index, match, right_token in breaks:
        line = out[index]            # (a word moved down onto it may open it by now)
        left = match.group(2)
        before = lines[index].text[: match.start(2)]
        sentence_start = ends_sentence(before) if before.strip() else _previous_ends_sentence(out, index)
        apart = _set_between(lines, index, left, its_rules) if lines[index].text[: match.start()].strip() else None
        if apart is not None:
            right_token = first_word(lines[apart[1]].text)
        if "/" in match.group(1) and match.group(3) == "-":     # "https://example.org/onder-" | "zoek"
            glue, kind, reason = "", "hyphen-keep", "a hyphen inside a web address is part of it"
        else:
            glue, kind, reason = decide(left, match.group(3), right_token, counts, sentence_start, its_rules)
        joined = left + right_token if kind == "hyphen-join" else left + "-" + right_token
        if apart is None:
            mark = "" if kind == "hyphen-join" else PRINTED.get(match.group(3), match.group(3))
            out[index] = line._replace(text=line.text[: -1] + mark, glue=glue)
        else:
            _set_down(out, index, match, apart[1], kind == "hyphen-join", glue)
            reason += f"; the word goes on under the line set between ('{lines[apart[0]].text[:30]}')"
        changes.append(Change(kind, line.number, f"{left}-|{right_token}",
                              joined if glue == "" else f"{left}- {right_token}", reason))
    return tuple(out), tuple(changes)


def soft_breaks_apart(lines: Lines) -> Lines:
    """The lines with each soft hyphen at a line's end dropped where its word cannot go on in the
    line under it (see _soft_break_goes_on): the break stays a break between words.  The others
    stay for resolve, which joins the word's halves."""
    ending = [index for index, line in enumerate(lines) if line.text.endswith(SOFT_HYPHEN)]
    apart = [index for index in ending if not _soft_break_goes_on(lines, index)]
    if not apart:
        return lines
    out = list(lines)
    for index in apart:
        out[index] = out[index]._replace(text=out[index].text[:-1])
    return tuple(out)


def _soft_break_goes_on(lines: Lines, index: int) -> bool:
    """The word a soft hyphen broke at line index's end goes on in the next text line: the PDF's
    hyphenation breaks a word inside one paragraph, so its rest opens the line right under it (no
    blank line between) or the next page's first line, as a hard hyphen's word does; in lower case,
    or in capitals after a part in capitals ("LEDENVERGA" / "DERING"), with no list marker before
    it ("kos" / "ten werden gedeeld"; never "Wort" / "" / "Neuer Absatz", nor "... die" / "a) het ...")."""
    following = _next_text(lines, index)
    if following is None or (following > index + 1 and not lines[following].page_start):
        return False
    text = lines[following].text
    in_capitals = last_word(lines[index].text).isupper() and first_word(text).isupper()
    return (text[:1].islower() or in_capitals) \
        and not (lists.ORDERED_ITEM.match(text) or lists.LETTER_O.match(text))


def _set_down(out: list[Line], index: int, match: re.Match, beyond: int, join: bool, glue: str) -> None:
    """The broken word's first part, its whole token (an opening quote or bracket with it), taken
    off the end of line index and set before the rest of the word at the start of line beyond."""
    line = out[index]
    token = match.group(1) + match.group(2) + ("" if join else "-")
    out[index] = line._replace(text=line.text[: len(line.text) - len(match.group(0))].rstrip())
    out[beyond] = out[beyond]._replace(text=token + glue + out[beyond].text)


def _set_between(lines: Lines, index: int, left: str, its_rules: Rules) -> tuple[int, int] | None:
    """(line set between, line where the word goes on) when a line stands between the two parts of
    the word broken at line index's end ("... Geisteswissenschaftlern. Un-" / "" / "Preisträger der
    Zedler-Medaille: Josef Winiger" / "" / "ter ihnen Prof. Dr. ..."): a caption or a label the
    text layer read out where it stood.  Evidence, all of it: the next text line stands alone
    between blank lines and opens with a capital; the text line under it opens in lower case;
    the fragment and that line's first word make a word of the language, the fragment and the
    capitalised word none.  Else None: the word goes on in the next text line.  (resolve then sets
    the part above before the rest of its word, as a drop cap goes to its word: the line set between
    stands between two sentences, no longer inside a word.)"""
    between = _next_text(lines, index)
    if between is None or between == index + 1 or lines[between].page_start \
            or not lines[between].text[:1].isupper() or between + 1 >= len(lines) or lines[between + 1].text:
        return None
    beyond = _next_text(lines, between)
    if beyond is None or lines[beyond].page_start or not lines[beyond].text[:1].islower():
        return None
    tail = LETTERS.match(lines[beyond].text)
    capitalised = LETTERS.match(lines[between].text)
    if tail is None or capitalised is None or not _known((left + tail.group(0)).lower(), its_rules) \
            or _known((left + capitalised.group(0)).lower(), its_rules):
        return None
    return between, beyond


# A drop cap: a paragraph's first letter set large, which pdftotext reads as a line of its own
# ("H" / "et afgelopen jaar was ..."), a blank line or two between.
DROP_CAP = re.compile(r"\n([^\W\d_])(?=\n)")
DROP_CAP_REACH = 3          # lines from the letter to the rest of its word


def join_drop_caps(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """A drop cap joined to the rest of its word ("H" / "et afgelopen" -> "Het afgelopen").
    Evidence: a capital alone on its line; the next text line, on the same page within
    DROP_CAP_REACH lines, opens in lower case; and the capital with that line's first letters is
    a common word of the language, more common than those letters alone ("het" over "et").  Logged as a
    word joined across a line break ("hyphen-join"), which is what it is: the word the author
    wrote, set in two pieces."""
    joined_text = "\n".join(map(TEXT, lines))
    found = list(DROP_CAP.finditer("\n" + joined_text))
    if not found:
        return lines, ()
    its_rules = rules(language)
    out = list(lines)
    drop: set[int] = set()
    changes: list[Change] = []
    for index, match in zip(line_indexes(joined_text, [m.start() for m in found]), found):
        letter = match.group(1)
        following = _next_text(lines, index)
        if not letter.isupper() or following is None or following > index + DROP_CAP_REACH \
                or lines[following].page_start:
            continue
        rest = LETTERS.match(lines[following].text)
        if rest is None or not rest.group(0).islower():
            continue
        word = letter + rest.group(0)
        if not _known(word.lower(), its_rules, lexicon.COMMON) \
                or lexicon.zipf(word.lower(), its_rules.code) <= lexicon.zipf(rest.group(0), its_rules.code):
            continue
        drop.add(index)
        out[following] = lines[following]._replace(text=letter + lines[following].text,
                                                   page_start=lines[following].page_start or lines[index].page_start)
        changes.append(Change("hyphen-join", lines[index].number, f"{letter}|{rest.group(0)}", word,
                              "a drop cap, set apart from the rest of its word: "
                              + _listed(word.lower(), its_rules, "a common")))
    if not drop:
        return lines, ()
    return tuple(line for index, line in enumerate(out) if index not in drop), tuple(changes)


# Letters set apart: display type tracked out ("F E B /", "M A A R T", "N R ."), which the text
# layer reads as a word of one letter each. Capitals, single spaces between them, all of them (a
# run is never cut short to make a word); a full stop after two or more ends an abbreviation ("N R
# ." is "NR."). Not before a space and two capitals: its last letter opens a word in small capitals
# ("D E R AAD" is "DE RAAD", not "DER AAD"; as SMALL_CAPITALS reads a rest of one letter); before a
# word in lower case it is whole ("N I E U W S B R I E F van de ...").
_CAPITAL = r"(?![a-zß-ÿ])[^\W\d_]"   # a letter not in lower case (Latin-1's accented small letters too)
LETTERSPACED = re.compile(rf"(?<!\S){_CAPITAL}(?: {_CAPITAL})++(?: \.)?(?!\S)(?! (?:{_CAPITAL}){{2}})")
LETTERSPACED_LETTERS = 3     # fewer, without a full stop, are as likely initials ("J R" / "A B")


def join_letterspaced(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """Capitals set apart joined into the word they spell ("M A A R T" -> "MAART"). Evidence:
    single capitals with single spaces between them, LETTERSPACED_LETTERS at least or two and a
    full stop, and what they spell is a common word of the language. Logged as a word joined
    across breaks ("hyphen-join"): the word the author wrote, set in pieces."""
    joined_text = "\n".join(map(TEXT, lines))
    found = [match for match in LETTERSPACED.finditer(joined_text) if match.group().isupper()]
    if not found:
        return lines, ()
    its_rules = rules(language)
    out = list(lines)
    changes: list[Change] = []
    for index, match in zip(line_indexes(joined_text, [m.start() for m in found]), found):
        pieces = match.group().split(" ")
        letters = [piece for piece in pieces if piece != "."]
        word = "".join(pieces)
        if (len(letters) < LETTERSPACED_LETTERS and len(pieces) == len(letters)) \
                or not _known("".join(letters).lower(), its_rules, lexicon.COMMON):
            continue
        _splice(out, lines, index, _column(joined_text, match.start()), match.group(), word)
        changes.append(Change("hyphen-join", lines[index].number, "|".join(pieces), word,
                              "capitals set apart (tracked display type): "
                              + _listed("".join(letters).lower(), its_rules, "a common")))
    return tuple(out), tuple(changes)


# Small capitals: a word's first letter set full size and the rest in small capitals, which the
# text layer reads as two words ("M EDEDELINGEN", "D E G EBROEDERS").  A capital opening the line or
# after a space, quote or bracket, one space, then capitals to the word's end; a rest of one letter
# only where that letter opens no such word itself ("A L OT" is "A" and "L OT").
SMALL_CAPITALS = re.compile(r"(?<![^\s“‘\"'(\[])([^\W\d_]) ([^\W\d_]{2,}|[^\W\d_](?! [^\W\d_]{2}))(?!\w)")
# A word this common in the language's word list (Zipf) is a word of its own there, whatever the
# words around it: a letter such as English "a" and "i", Dutch "u", French "à" and "y" (other
# letters stand for themselves: "b", "t", about 5.5), and its function words ("en", "and", "und",
# "et", "ou", "or", "in", "is": about its hundred commonest words).
WORD_OF_ITS_OWN = 6.0
# A Roman numeral in capitals ("II", "IV", "XII"): a number of its own ("D EEL I II", "B ÄNDE I II").
ROMAN_NUMERAL = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# Words of a line joined that show it set in small capitals throughout ("G ARDEN C LUB Y EARLY").
LINE_EVIDENCE = 2
# A single capital and a comma right before a letter: that letter is one of a list of letters
# ("VITAMINE D, E EN K", "GRADES D, E, F OR G"), not a word's first letter.
AFTER_LISTED_LETTER = re.compile(r"(?<![^\s(\[])[^\W\d_], $")


def join_small_capitals(lines: Lines, language: Language | None = None) -> tuple[Lines, Changes]:
    """Words in small capitals joined to their first letter ("M EDEDELINGEN" -> "MEDEDELINGEN").
    Evidence: the joined word is a word of the language or of the document and the rest alone is
    not ("ededelingen"); or, on a line with another word split so or with this word alone, in a
    paragraph holding such a word (a heading set over two lines is one), the joined word is common
    and more common than the rest ("R OOSTER B LOK 4": "blok" over "lok"), unless its first letter
    is a word of its own; or, on a line with LINE_EVIDENCE such words joined, the joined word is
    common and its first letter no word ("Y EARLY").  A capital word after a one-letter word stays:
    "A GATEWAY", "I THINK SO" make no word or one less common than the rest; on every tier, so do
    capitals that are a word or number of their own ("B EN W", "I II": _stands_alone), and a
    letter listed after another ("D, E EN K").
    Logged as a word joined across a break ("hyphen-join"): the word the author wrote, set in two
    pieces."""
    joined_text = "\n".join(map(TEXT, lines))
    its_rules = rules(language)
    found = [match for match in SMALL_CAPITALS.finditer(joined_text)
             if match.group(1).isupper() and match.group(2).isupper()
             and not _stands_alone(match.group(1), match.group(2), its_rules)
             and not AFTER_LISTED_LETTER.search(joined_text, max(0, match.start() - 3), match.start())]
    if not found:
        return lines, ()
    pairs = [(match.group(1), match.group(2)) for match in found]
    written = _counts(joined_text, {(head + rest).lower() for head, rest in pairs})
    sure = [_small_capitals_word(head, rest, written, its_rules) for head, rest in pairs]
    indexes = line_indexes(joined_text, [match.start() for match in found])
    paragraphs = _paragraphs(lines, indexes)
    set_so = {paragraph for paragraph, reason in zip(paragraphs, sure) if reason}
    # (the paragraph's evidence reaches only a line with another word split so, or holding this word
    # alone ("B RANCH" under the heading's first line): a line of ordinary capitals holds neither)
    split_on = Counter(indexes)
    shown = [split_on[index] > 1 or lines[index].text.strip(NON_LETTERS + " ") == match.group()
             for index, match in zip(indexes, found)]
    likely = [reason or (_like_its_paragraph(head, rest, its_rules) if paragraph in set_so and on_show else "")
              for (head, rest), reason, paragraph, on_show in zip(pairs, sure, paragraphs, shown)]
    joined_on = Counter(index for index, reason in zip(indexes, likely) if reason)
    out = list(lines)
    changes: list[Change] = []
    for index, match, (head, rest), reason in zip(indexes, found, pairs, likely):
        reason = reason or (_like_its_line(head, rest, its_rules) if joined_on[index] >= LINE_EVIDENCE else "")
        if not reason:
            continue
        _splice(out, lines, index, _column(joined_text, match.start()), match.group(), head + rest)
        changes.append(Change("hyphen-join", lines[index].number, f"{head}|{rest}", head + rest,
                              "a word in small capitals, its first letter set apart: " + reason))
    return tuple(out), tuple(changes)


def _column(joined_text: str, position: int) -> int:
    """Where position in the lines' joined text stands in its line."""
    return position - (joined_text.rfind("\n", 0, position) + 1)


def _splice(out: list[Line], lines: Lines, index: int, column: int, pieces: str, word: str) -> None:
    """Line index of out with word in place of pieces, which stood at column in the line as it came
    in (lines).  The line's joins are made left to right and each takes out spaces only, so pieces
    stand as many characters further left as the line has lost so far."""
    text = out[index].text
    start = column - (len(lines[index].text) - len(text))
    out[index] = out[index]._replace(text=text[:start] + word + text[start + len(pieces):])


def _stands_alone(head: str, rest: str, its_rules: Rules) -> bool:
    """The capitals after a letter are a word or number of their own, whatever the words around
    them are set in: one of the language's commonest words, at least as common as the word the
    letter would make of it ("B EN W", "PLAN B OR C", "B UND C", "VITAMINE D UND E IN DER":
    "ben", "bor", "bund", "ein" are words too, and a line in small capitals cannot tell them
    apart; "T HE", "F OR", "D ER", "U NE" make words far more common than "he", "or", "er", "ne"),
    or a Roman numeral ("D EEL I II EN III" is volume one and two, never "III")."""
    alone = lexicon.zipf(rest.lower(), its_rules.code)
    return (alone >= WORD_OF_ITS_OWN and alone >= lexicon.zipf((head + rest).lower(), its_rules.code)) \
        or bool(ROMAN_NUMERAL.fullmatch(rest))


def _paragraphs(lines: Lines, indexes: list[int]) -> list[int]:
    """For each of the (ascending) line indexes, the index of the first line of its paragraph
    (the run of non-blank lines holding it)."""
    found, first, previous = [], -1, -1
    for index in indexes:
        if first < 0 or any(not line.text.strip() for line in lines[previous:index + 1]):
            first = index
        found.append(first)
        previous = index
    return found


def _small_capitals_word(head: str, rest: str, written: Counter, its_rules: Rules) -> str:
    """Why head and rest are one word on their own evidence ("" if they are not): the joined word
    is in the word list or written in the document, and the rest alone is not in the word list."""
    word = (head + rest).lower()
    if _known(rest.lower(), its_rules) or not (_known(word, its_rules) or written[word]):
        return ""
    return f"'{rest.lower()}' alone is no word; " + (_listed(word, its_rules, "in the") if _known(word, its_rules)
                                               else f"'{word}' is written in the document")


def _like_its_paragraph(head: str, rest: str, its_rules: Rules) -> str:
    """Why head and rest are one word in a paragraph of words in small capitals ("" if they are not):
    the head is no word of its own ("A GAIN" may be "a gain" as well as "again": the paragraph's
    other words cannot tell), the joined word is common and more common than the rest ("B EN W":
    "ben" under "en")."""
    word = (head + rest).lower()
    if not _like_its_line(head, rest, its_rules) \
            or lexicon.zipf(word, its_rules.code) <= lexicon.zipf(rest.lower(), its_rules.code):
        return ""
    return "like another word of its paragraph; " + _listed(word, its_rules, "a common") \
        + f", more than '{rest.lower()}'"


def _like_its_line(head: str, rest: str, its_rules: Rules) -> str:
    """Why head and rest are one word on a line whose other words are set in small capitals ("" if
    they are not): the head is no word of its own and the joined word is common."""
    word = (head + rest).lower()
    if lexicon.zipf(head.lower(), its_rules.code) >= WORD_OF_ITS_OWN or not _known(word, its_rules, lexicon.COMMON):
        return ""
    return f"like the other words of its line; '{head.lower()}' is no {its_rules.language} word alone; " \
        + _listed(word, its_rules, "a common")


def _ending(lines: Lines, text: str) -> list[int]:
    """The indexes of the lines ending in a hyphen mark, found in text (the lines' texts, each
    followed by a newline) by one C-level search per mark."""
    if text.count("\n") != len(lines):          # a newline inside a line: not from a source file
        return [index for index, line in enumerate(lines) if line.text[-1:] in HYPHEN_MARKS and line.text]
    # A lone character is found at memchr speed: most texts have none of the rarer marks.
    positions = sorted(chain.from_iterable(find_all(text, mark + "\n") for mark in HYPHEN_MARKS if mark in text))
    return line_indexes(text, positions)


def _line_breaks(lines: Lines, ending: list[int]) -> Iterator[tuple[int, re.Match, str]]:
    """(index, LINE_END match, first token of the next text line) of each line-end hyphen to
    decide.  Read from the lines as they come in: resolving a hyphen changes only its own line,
    and never makes it blank, so the lines after it are still as they came in when they are read."""
    for index in ending:
        line = lines[index]
        match = LINE_END.search(line.text, max(0, line.text.rfind(" ") + 1))
        if not match or len(match.group(2)) < 1:
            continue
        following = _next_text(lines, index)
        if following is None or ITEM_BULLET.match(lines[following].text):
            continue
        yield index, match, first_word(lines[following].text)


def _evidence_words(left: str, right_token: str, its_rules: Rules) -> set[str]:
    """The spellings whose counts decide may look at: joined, hyphenated, the first part, and
    the stems of the joined word broken inside them, joined and hyphenated."""
    _, head, tail = _parts(left, right_token)
    stems = _stems(head, tail, its_rules)
    return {(head + tail).lower(), f"{head}-{tail}".lower(), head.lower(), *stems,
            *(f"{head}-{stem[len(head):]}".lower() for stem in stems)}


def _stems(head: str, tail: str, its_rules: Rules) -> list[str]:
    """The joined word less an inflection's ending ([lexicon] inflection_suffixes), where the
    line broke the stem itself ("Haup-" / "tausschusses": "hauptausschuss")."""
    joined = (head + tail).lower()
    return [joined[: -len(suffix)] for suffix in lexicon.inflection_suffixes(its_rules.code)
            if joined.endswith(suffix) and len(joined) - len(suffix) > max(len(head), 3)]


def _written_stem(head: str, tail: str, counts: Counter, its_rules: Rules) -> str | None:
    """The stem of the joined word (_stems) the document writes, and more often than with a
    hyphen where the line broke it: the word is the document's, inflected."""
    return next((stem for stem in _stems(head, tail, its_rules)
                 if counts[stem] > counts[f"{head}-{stem[len(head):]}".lower()]), None)


def _parts(left: str, right_token: str) -> tuple[str, str, str]:
    """(right, head, tail): the word the next line starts with, and the two parts the hyphen
    stands between."""
    right_word = WORD.match(right_token.lstrip(QUOTES))
    right = right_word.group(0) if right_word else ""
    return right, left.split("-")[-1].lstrip(QUOTES), right.split("-")[0]


def decide(left: str, mark: str, right_token: str, counts: Counter, sentence_start: bool,
           its_rules: Rules | None = None) -> tuple[str, str, str]:
    """(glue, kind, evidence) for a hyphen between left and the first token of the next line."""
    its_rules = its_rules or rules()
    right, head, tail = _parts(left, right_token)
    joined = (head + tail).lower()
    # A suspended part whatever its mark: a PDF may code a printed hyphen as a soft one.
    if right.lower() in its_rules.conjunctions or right_token in its_rules.conjunctions:
        suspended = f"'{right_token}' follows: a suspended compound part ({head}- {right_token} ...)"
        if not _known(joined, its_rules, lexicon.COMMON):
            return " ", "hyphen-suspended", suspended
        # 'zorgen' is a word, but 'zorg-' + 'en' is not where a line would break it (zor-gen).
        if not hyphenation_point(head, tail, its_rules.dictionary):
            return " ", "hyphen-suspended", f"{suspended}; {_no_hyphenation_point(head, tail, its_rules)}"
    if mark != "-":
        return "", "hyphen-join", "a soft hyphen only marks a line break"
    if not right:
        return "", "hyphen-keep", "the next line does not start with a word"
    if its_rules.nouns_capitalised and tail[:1].isupper() and head[:1].islower():
        return " ", "hyphen-keep", (f"a capital follows the lower-case '{head}-' ('{tail}'): {its_rules.language} "
                                    "continues a word in lower case, so the next line does not continue it")
    written = written_evidence(head, tail, counts)
    if written:
        return "", *written
    if _known(joined, its_rules, lexicon.COMMON):
        return "", "hyphen-join", _listed(joined, its_rules, "a common")
    # A capital after the break is a compound's next word ("Mehrzweck-" / "Hallen"): the spelling rules say.
    stem = None if tail[:1].isupper() else _written_stem(head, tail, counts, its_rules)
    if stem is not None:
        return "", "hyphen-join", f"the document writes '{stem}' ({counts[stem]}x): '{joined}' is it inflected"
    rule = spelling_rule(left, head, tail, counts, sentence_start, its_rules)
    if rule:
        return "", "hyphen-keep", rule
    if _known(joined, its_rules):
        return "", "hyphen-join", _listed(joined, its_rules, "in the")
    return "", "hyphen-join", f"no evidence of a compound hyphen in '{head}-{tail}': a layout hyphen"


def written_evidence(head: str, tail: str, counts: Counter) -> tuple[str, str] | None:
    """(kind, evidence) of how the document writes the two parts (counts: document_counts):
    "hyphen-keep" where with a hyphen more often than joined, "hyphen-join" where joined more
    often; None where as often (mostly neither)."""
    joined, hyphenated = (head + tail).lower(), f"{head}-{tail}".lower()
    if counts[hyphenated] > counts[joined]:
        return "hyphen-keep", \
            f"the document writes '{hyphenated}' ({counts[hyphenated]}x) and '{joined}' {counts[joined]}x"
    if counts[joined] > counts[hyphenated]:
        return "hyphen-join", \
            f"the document writes '{joined}' ({counts[joined]}x) and '{hyphenated}' {counts[hyphenated]}x"
    return None


def _known(word: str, its_rules: Rules, threshold: float = lexicon.KNOWN) -> bool:
    """The word is in the language's word list at least this often (Zipf)."""
    return lexicon.known(word, threshold, its_rules.code)


def _listed(word: str, its_rules: Rules, how: str) -> str:
    """The evidence of the word list: "'x' is a common Dutch word (Zipf 3.2)", "'x' is in the Dutch word list ..."."""
    what = "word" if how == "a common" else "word list"
    return f"'{word}' is {how} {its_rules.language} {what} (Zipf {lexicon.zipf(word, its_rules.code)})"


def spelling_rule(left: str, head: str, tail: str, counts: Counter, sentence_start: bool,
                  its_rules: Rules) -> str | None:
    """The spelling rule of the language that requires a hyphen here, if any."""
    language = its_rules.language
    if tail[:1].isupper():
        return f"a capital follows the hyphen ('{tail}'): {language} keeps the hyphen"
    if any(char.isdigit() for char in head + tail):
        return f"'{head}-{tail}' joins a number and a word: {language} keeps the hyphen"
    if "-" in left.strip("-"):
        return f"'{left}' is already a hyphenated word group"
    if head.isupper() and len(head) >= 2:
        return f"'{head}' is an abbreviation: abbreviation compounds keep the hyphen"
    joined = (head + tail).lower()
    if (len(head) >= 2 and head[-1].lower() in VOWELS and head[-2].lower() not in VOWELS
            and (head[-1] + tail[:1]).lower() in its_rules.vowel_clashes and _known(tail, its_rules, lexicon.COMMON)):
        return f"clashing vowels '{head[-1]}-{tail[0]}' between two parts: the hyphen keeps them apart"
    if not hyphenation_point(head, tail, its_rules.dictionary):
        return f"{_no_hyphenation_point(head, tail, its_rules)}: the hyphen is part of the word"
    if head.lower() in its_rules.prefixes and _known(tail, its_rules, lexicon.COMMON) and not _known(joined, its_rules):
        return f"'{head}-' is a prefix {language} writes with a hyphen"
    if (head[:1].isupper() and not its_rules.nouns_capitalised and not sentence_start and _known(tail, its_rules, 2.5)
            and (counts[head.lower()] > 0 or _known(head, its_rules, lexicon.COMMON))):
        return f"'{head}' is a name: a compound with a name keeps the hyphen"
    return None


def _hyphenation(dictionary: str):
    from publish.hyphenation import dictionary as hyphenation   # on first use: most texts decide every
    return hyphenation(dictionary)                                 # hyphen before this rule


@lru_cache(maxsize=65536)
def hyphenation_point(head: str, tail: str, dictionary: str) -> bool:
    """Whether the language's hyphenation (pyphen's dictionary) may break head+tail between head
    and tail: a layout hyphen (the typesetter's) only ever falls there."""
    return len(head) in _hyphenation(dictionary).positions((head + tail).lower())


def _no_hyphenation_point(head: str, tail: str, its_rules: Rules) -> str:
    syllables = _hyphenation(its_rules.dictionary).inserted((head + tail).lower())
    return (f"{its_rules.language} hyphenation breaks '{(head + tail).lower()}' as '{syllables}', "
            f"never '{head}-{tail}'")


# Blank lines a line-end hyphen reaches across to the rest of its word: a few in the text; any
# number before the first line of the next page, where the page's foot stood (removed by now).
HYPHEN_REACH = 5


def _next_text(lines: Lines, index: int) -> int | None:
    for following in range(index + 1, len(lines)):
        if not lines[following].blank:
            return following if following <= index + HYPHEN_REACH or lines[following].page_start else None
    return None


def _previous_ends_sentence(lines: list[Line], index: int) -> bool:
    for previous in range(index - 1, -1, -1):
        if not lines[previous].blank:
            return ends_sentence(lines[previous].text)
    return True
