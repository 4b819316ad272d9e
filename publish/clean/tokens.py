"""The character sets and word pattern the cleaning passes share, each defined once.

Two passes that read the same text with different sets disagree about it: the hyphen pass
once knew fewer bullets than the list pass and logged a kept hyphen before "■ item".
"""
from __future__ import annotations

import re

# The bullets OCR gives at the start of a list item (a word processor's diamond "❖" and its
# second-level white circle "○" among them);
# the list pass opens an item at each.  With
# them the ballot boxes and check marks of forms, and the glyphs of a symbol font (Symbol,
# Wingdings) that pdftotext leaves in the private use area, U+F000-U+F0FF (U+F0B7 is Symbol's
# bullet): such a glyph carries no text, so at the start of a line it can only be a bullet.
BULLETS = "•·▪●○◦‣∙■□➢➤❖*☐☑☒✓✔" + "".join(map(chr, range(0xF000, 0xF100)))
BULLET_CLASS = f"[{re.escape(BULLETS)}]"
# A bullet of a symbol font that pdftotext gives twice, as the character its font maps the glyph
# to and as the glyph itself ("§" and U+F0A7 for a Wingdings square): the glyph says it is a bullet.
SYMBOL_GLYPH = "[\uf000-\uf0ff]"
BULLET_MARK = rf"(?:[^\w\s\uf000-\uf0ff]{SYMBOL_GLYPH}|{BULLET_CLASS})"
# What such a glyph shows where it stands in the text, not as a list's bullet (private-use characters
# no font draws: the booklet shows a box, a screen reader says nothing): the arrows Word's AutoCorrect
# makes of "-->" and "==>" ("5 dec" U+F0E0 "19 dec") and Wingdings' tick.  Symbol's code for these is
# a piece of a tall bracket or a lozenge, which running text never holds.  The other glyphs mean one
# thing in Symbol and another in Wingdings (U+F0A7 a club or a square) and stay for the build's
# warning; Symbol's bullet U+F0B7 is read as "•" with the source (publish.source).
SYMBOL_GLYPHS = {"\uf0e0": "→", "\uf0e8": "➔", "\uf0fc": "✔"}
# Characters the text layer could not map to a letter: U+FFFD, where it found no Unicode for a
# glyph, and the private-use code points, a symbol font's glyphs that mean nothing without that font
# (the Symbol and Wingdings ones among them, U+F000-U+F0FF).  The cleaner leaves them in the text,
# since what the PDF printed there (a letter, a sign, a bullet) is not known: the build names each
# with its lines (publish.notices) and the EPUB check refuses them (publish.validate).
UNMAPPED = re.compile("[\ufffd\ue000-\uf8ff\U000f0000-\U0010ffff]")
# What may stand between a marker and its text: spaces, and the control characters some PDF
# text layers put there (a BEL after "1." where the PDF had a tab stop).
GAP = r"[\s\x00-\x1f]"
# A bullet opening a list item: "*" only with white space after it, so "**vet**" opens none.
ITEM_BULLET = re.compile(rf"^((?!\*\S){BULLET_MARK}){GAP}*(?=\S)")

# A word: a run of letters, or several joined by hyphens ("Zuid-Europese"); no digits.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# A run of letters: a word up to its hyphen, digit or mark ("Zuid" of "Zuid-Europese").
LETTERS = re.compile(r"[^\W\d_]+")

# The soft hyphen (U+00AD): a PDF's own hyphenation leaves it where it broke a word at a line's end.
SOFT_HYPHEN = "\u00ad"
# A soft hyphen between two digits or between two spaces is no hyphenation point (a layout engine
# hyphenates words, and no number): the PDF coded its printed hyphen as a soft one ("1933" U+00AD
# "1936" printed as "1933-1936", "Utrecht" U+00AD "Antwerpen" as "Utrecht - Antwerpen").  So is one
# at a line's end after a digit ("jaren 1933" U+00AD / "1936 verscheen") or after a space in a
# sentence ("Utrecht " U+00AD / "Antwerpen"): the hyphen pass then decides on it as on a hard one.
# After a sentence's end it opens nothing ("schwierig. " U+00AD, nothing printed): it is dropped.
# Nor does a layout engine break a word between a number and letters ("50" U+00AD "Jahr" printed as
# "50-Jahr", "in" U+00AD "4°" as "in-4°"), nor before a comma, a semicolon or a slash: there the
# PDF printed a suspended compound's hyphen ("Semesterstart" U+00AD ", sowie Semesterabschluss...").
# Each alternative captures its soft hyphen, so a match's lastindex tells which evidence fired
# (whitespace.PRINTED_EVIDENCE says each in words, in this order).
PRINTED_SOFT_HYPHEN = re.compile(rf"(?<=\d)({SOFT_HYPHEN})(?=[^\W_]|$)"
                                 rf"|(?<=[^\W\d_])({SOFT_HYPHEN})(?=\d)"
                                 rf"|(?<=[^\W_])({SOFT_HYPHEN})(?=[,;/])"
                                 rf"|(?<=\s)({SOFT_HYPHEN})(?=\s)"
                                 rf"|(?<=[^\s.!?]\s)({SOFT_HYPHEN})$")
# A soft hyphen inside a line between two runs of letters: a web page's or a word processor's
# hyphenation hint ("Donau" U+00AD "dampf" U+00AD "schiff"), which no reader sees, or a printed
# hyphen the PDF coded as a soft one ("pep" U+00AD "dortmund" in a web address); the document's
# spelling decides (hyphens.written_evidence).  The second run is looked ahead at: it is the next one's first.
SOFT_HYPHEN_IN_WORD = re.compile(rf"([^\W\d_]+){SOFT_HYPHEN}(?=([^\W\d_]+))")
