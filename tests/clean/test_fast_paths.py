"""The whole-text shortcuts of the cleaning passes give what the plain line-by-line (or
word-by-word) rule gives, on random mixes of the awkward cases."""
from __future__ import annotations

import random
import re
from collections import Counter

from publish.clean import artifacts, hyphens, notes, paragraphs, spelling, typography, whitespace
from publish.clean.artifacts import head_copies, repeats
from publish.clean import lines
from publish.clean.lines import Block, Line

POOL = ["", " ", "   ", "\f", "\fKop", " nieuwe pagina", "een\ttab", "a\u00a0b", "tekst  twee ", "ont-", "wikkeling",
        "hoog-", "en laag", "12", "12 13", "Kop", "12 Kop", "Kop 13", "zin.", "Zin.", "\u00ad", "Zuid-",
        "Europese landen", "- item", "• punt", "Dit is een zin die eindigt.", "Fotografie: X", "door Jan de Vries",
        "Titel", "ëen begin", "ⓐ teken", ", komma", "lager,", "Geachte heer,", "a\x85", "\u2028b", "c \u3000", " \t",
        "e\x1c", "wijk1 en", "1"]


def random_lines(chooser: random.Random, fresh: bool) -> tuple[Line, ...]:
    count = chooser.randint(0, 30)
    if fresh:
        return tuple(Line(number, chooser.choice(POOL)) for number in range(1, count + 1))
    return tuple(Line(number, chooser.choice(POOL), chooser.random() < 0.2, chooser.choice([" ", " ", ""]))
                 for number in range(1, count + 1))


def test_normalise_equals_the_per_line_rule():
    chooser = random.Random(1)
    for trial in range(3000):
        lines = random_lines(chooser, fresh=trial % 3 != 0)
        assert whitespace.normalise(lines) == whitespace._normalise(lines), lines


def test_document_counts_equal_the_word_pattern_over_the_whole_text():
    chooser = random.Random(2)
    for _ in range(2000):
        lines = random_lines(chooser, fresh=True)
        text = "\n".join(line.text[:-1] if line.text.endswith("-") else line.text for line in lines)
        assert hyphens.document_counts(lines) == Counter(hyphens.WORD.findall(text.lower())), lines


def test_group_equals_testing_every_line(monkeypatch):
    chooser = random.Random(3)
    cases = [whitespace.normalise(random_lines(chooser, fresh=True))[0] for _ in range(2000)]
    fast = [paragraphs.group(lines) for lines in cases]
    monkeypatch.setattr(paragraphs, "_to_test", lambda text_lines, gaps: range(1, len(text_lines)))
    assert fast == [paragraphs.group(lines) for lines in cases]


def test_running_heads_equal_looking_at_every_line_for_the_copies(monkeypatch):
    """The copies of a running head are found by a gate on the heads' openings; looking at
    every line instead finds the same."""
    chooser = random.Random(4)
    cases = [whitespace.normalise(random_lines(chooser, fresh=True))[0] for _ in range(3000)]
    fast = [artifacts.remove_running_heads(lines) for lines in cases]
    monkeypatch.setattr(repeats, "opening_with", lambda keys: re.compile(r"\n"))
    monkeypatch.setattr(head_copies, "opening_with", lambda keys: re.compile(r"\n"))
    assert fast == [artifacts.remove_running_heads(lines) for lines in cases]


def test_glued_note_numbers_as_the_look_behind_first_pattern():
    plain = re.compile(r"(?:(?<=[^\W\d_])|(?<=[%.,;:!?’”)]))[1-9]\d{0,2}(?=[\s.,;:!?)\]’”'\"]|$)")
    chooser = random.Random(5)
    alphabet = "ab1234567890 .,%;:!?’”)]_é²٣\n'\"x"
    for _ in range(50000):
        text = "".join(chooser.choice(alphabet) for _ in range(chooser.randint(0, 12)))
        assert [m.span() for m in notes.GLUED.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def _suspicious_word_by_word(blocks):
    found, seen = [], set()
    for block in blocks:
        for match in spelling.WORD.finditer(block.text):
            word = match.group(0)
            if len(word) < spelling.MIN_LENGTH:
                continue
            start = word[0].isupper() and spelling._sentence_start(block.text, match.start())
            if spelling._is_suspicious(word, start, "nl"):
                key = (word, block.line_at(match.start()))
                if key not in seen:
                    seen.add(key)
                    found.append(key)
    return tuple(found)


def test_suspicious_words_as_walking_every_word():
    chooser = random.Random(6)
    vocabulary = ["de", "maatschappij", "Xqzvbn", "xqzvbn", "qwrtpl-abc", "Qwrtpl.", "zxcvb,", "'blorf'", "blorf",
                  "Blorf", "Amsterdam", "V.", "II.", "wijk1", "ontwikkeling", "gfdsa-Gfdsa", " ", "\u00a0", "\t",
                  "(Hjklm)", "hjklm?", "ñoñoñ", "x"]
    for _ in range(3000):
        blocks = []
        for _ in range(chooser.randint(0, 4)):
            text = " ".join(chooser.choice(vocabulary) for _ in range(chooser.randint(1, 12)))
            offsets = tuple((chooser.randint(0, 5) * line, line + 1) for line in range(chooser.randint(1, 3)))
            blocks.append(Block("paragraph", text, tuple(sorted(offsets))))
        assert spelling.suspicious(tuple(blocks)) == _suspicious_word_by_word(blocks), blocks


def _random_blocks(chooser: random.Random, vocabulary: list[str]) -> tuple[Block, ...]:
    blocks = []
    for _ in range(chooser.randint(0, 5)):
        text = "".join(chooser.choice(vocabulary) for _ in range(chooser.randint(1, 14))).strip()
        blocks.append(Block(chooser.choice(["paragraph", "paragraph", "pullquote"]), text or "x", ((0, 1),)))
    return tuple(blocks)


def test_typography_and_notes_look_at_every_block_that_needs_it(monkeypatch):
    chooser = random.Random(9)
    vocabulary = ["wijk", "1", "2", "3", "٣", "30%", " ", ".", "dr", "Prof", ". ", "'", '"', "`", "...", " -", " km",
                  "tekst", "\n", "ing", ")", "CO", "é"]
    cases = [_random_blocks(chooser, vocabulary) for _ in range(3000)]
    fast = [(typography.apply(blocks), notes.link(blocks)) for blocks in cases]
    monkeypatch.setattr(typography, "_blocks_to_check", lambda blocks, style: range(len(blocks)))
    monkeypatch.setattr(notes, "_blocks_with_glued_numbers", lambda blocks: range(len(blocks)))
    assert fast == [(typography.apply(blocks), notes.link(blocks)) for blocks in cases]


def test_digit_positions_find_every_decimal_digit_the_regex_finds():
    # The listed first bytes must cover every digit beyond ASCII that \d matches.
    digits = re.findall(r"\d", "".join(map(chr, range(0x80, 0x110000))))
    assert {digit.encode("utf-8")[0] for digit in digits} <= set(lines.OTHER_DIGIT_LEADS)
    for text in ["wijk1 en 30%3", "zonder cijfers, met ’quotes’ en …", "٣ en ३ en ３", "ﬁ 12", "a\n2"]:
        joined = lines.JoinedTexts([text, "en 7"])
        assert sorted(joined.digit_positions()) == [m.start() for m in re.finditer(r"\d", joined.text)], text
