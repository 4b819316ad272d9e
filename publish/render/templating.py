"""The Jinja2 environment shared by every renderer."""
from __future__ import annotations

import contextlib
import hashlib
import json
import pickle
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import (ChoiceLoader, Environment, FileSystemBytecodeCache, FileSystemLoader, PrefixLoader, StrictUndefined,
                    select_autoescape)
from jinja2.bccache import Bucket
from markupsafe import Markup, escape

from publish import languages, user_cache
from publish.render import view
from publish.languages.messages import translations
from publish.resources import FONTS_DIR, TEMPLATES_DIR
from publish.resources import STYLES_DIR as STYLES_DIR  # re-exported: the renderers and tests take it from here


# A Markdown paragraph that happens to start like block syntax (heading, list, quote) must stay a paragraph.
_MD_BLOCK_START = re.compile(r"^(\s*)([#>+*-]|\d+[.)])(\s|$)")


def md_line(text: str) -> str:
    """Escape a paragraph's leading marker when Markdown would read it as a heading, list or quote."""
    return _MD_BLOCK_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", str(text), count=1)


# Text that Markdown would read as markup rather than show: a tag, comment or autolink opening
# with "<", a link or image closing with "](", "][" or "]:", and a backslash that would escape
# the next sign.  Brackets and "<" elsewhere ("[1]", "3 < 5") are shown as written.
_MD_INLINE = re.compile(r"\\(?=[!-/:-@\[-`{-~])|<(?=[A-Za-z/!?])|\](?=[(\[:])")


def md_text(text: str) -> str:
    """Plain text for Markdown: raw HTML and link syntax in it stay text (escaped)."""
    return _MD_INLINE.sub(lambda match: "\\" + match.group(), str(text))


# A word with a hard hyphen ("non-profit") or a suspended one ("woon- en"): a line must not end
# at its hyphen, or text extraction (pdftotext) joins the halves into one false word.  Matched
# from a word's start only, without giving back letters: linear on a 100,000-digit line. An
# elision before it or a possessive after it is part of the word ("d’ex-aequo", "Auditor-General’s"):
# a span boundary inside a word splits it in the PDF's structure text.
_HYPHENATED = re.compile(r"(?<![\w'’])(?:\w++['’])?(?:\w++(?:-\w++)*+-[ \u00a0]\w+|\w++(?:-\w++)++)(?:['’]\w++)?")


def keep_hyphenated(text: str) -> Markup:
    """Escaped text with each hyphenated word wrapped in <span class="nobreak"> (print only)."""
    return _wrap(str(text), _HYPHENATED, "nobreak", escape)


# An acronym: two or more capitals (SCP, WMO, GGZ), a word of its own; set in small capitals in
# print. Its text stays capitals, so copying and reading aloud are unchanged. No letter may follow,
# nor an apostrophe and a letter (a capital neither: the match must not give back its last one):
# "TEDx", a glued "FUFbestuur" or "API’s" is one word, which a small-caps span would split in the
# PDF's structure text.  A roman numeral ("II] Agenda", "Willem IV") is a number, set as the
# capitals it is, like "I]" beside it.
_ROMAN = r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ACRONYM = re.compile(rf"(?<![\w'’-])(?!{_ROMAN}(?![^\W\d_]))[A-Z]{{2,}}(?!['’]?[^\W\d_])")


def small_caps(text: str) -> Markup:
    """Escaped text with each acronym wrapped in <span class="caps">."""
    return _wrap(str(text), _ACRONYM, "caps", escape, across_breaks=True)


# A token longer than any word a dictionary holds (a code, a hash, a run of OCR noise) is set
# whole: the layout tries every break of a word to hyphenate it, which costs the square of
# its length (a 10,000-letter token took minutes).  Being no word, it may break after every
# LONG_TOKEN_CHARS of its characters, or it runs off the page.  (Not CSS's overflow-wrap: with it
# WeasyPrint lays out the rest of an unbreakable token again for every line, 17 s for 5,000 characters.)
_UNHYPHENATED = re.compile(r"\w{64,}")


def _whole_long_tokens(text: str) -> Markup:
    """Escaped text with each over-long token in <span class="whole"> and breakable in pieces,
    acronyms in small capitals."""
    return _wrap(text, _UNHYPHENATED, "whole", _unkerned_glued_capitals,
                 inside=lambda token: _unkerned_glued_capitals(_in_pieces(token)))


def _in_pieces(token: str) -> str:
    """An over-long token with a break opportunity after every LONG_TOKEN_CHARS of its characters."""
    return BREAK_OPPORTUNITY.join(token[start:start + LONG_TOKEN_CHARS]
                                  for start in range(0, len(token), LONG_TOKEN_CHARS))


# A lower-case f right before a capital inside a word ("fMRI", "fEMG"): the print serif kerns
# that pair a tenth of an em apart (room for the f's hook over a capital's stem), a gap that
# pdftotext reads as a space, splitting the word in the PDF's text.  Such a word is set without
# kerning.  Words are found first and tested after: linear on a 100,000-letter token.
_WORD = re.compile(r"[\w'’-]++")
_F_BEFORE_CAPITAL = re.compile(r"f[A-Z]")


def _unkerned_glued_capitals(text: str) -> Markup:
    """Escaped text with each word holding an f before a capital in <span class="nokern">."""
    return _wrap(text, _WORD, "nokern", small_caps, wraps=lambda word: _F_BEFORE_CAPITAL.search(word) is not None,
                 across_breaks=True)


# A long token with no break in it (a web address or a file name: "Report_Value…Prediction_V2.pdf")
# runs past the margin and off the page, where no reader sees its end. Inside a token of 40
# characters or more a line may break after a "/", "_", ".", "%", "?", "&", "=", "#" or "@" that more
# of it follows (an e-mail address's two hyphenated names kept whole are as long as a line), and
# between the marks of a run of three or more of one mark or symbol (a form's line to write on,
# "Address ______", a row of dots or dashes), which has no other place to break and would push
# the labels beside it off the page too ("//" of an address stays whole): a ZERO WIDTH
# SPACE there, which shows nothing and splits no word (words are runs of letters).
LONG_TOKEN_CHARS = 40
_LONG_TOKEN = re.compile(rf"\S{{{LONG_TOKEN_CHARS},}}")
_BREAK_AFTER = re.compile(r"(?<=[/_.%?&=#@])(?=[^\s/_.%?&=#@])")
_RUN_OF_ONE_MARK = re.compile(r"(_|[^\w\s])\1{2,}")
BREAK_OPPORTUNITY = "\u200b"


def _breakable(text: str) -> str:
    """Text with a break allowed after the punctuation inside each long token and between the marks of its runs."""
    return _LONG_TOKEN.sub(_breakable_token, text)


def _breakable_token(token: re.Match[str]) -> str:
    after_punctuation = _BREAK_AFTER.sub(BREAK_OPPORTUNITY, token.group())
    return _RUN_OF_ONE_MARK.sub(_marks_apart, after_punctuation)


def _marks_apart(run: re.Match[str]) -> str:
    return BREAK_OPPORTUNITY.join(run.group())


# A web or e-mail address is no word: hyphenated at a line's end ("becclespar-ish@gmail.com") it
# shows a hyphen the reader cannot tell from one of the address's own. It is set in class "whole"
# (no hyphenation) and otherwise as any text: it may break after its punctuation (_breakable), its
# hyphenated names stay on one line. Not hyphenated, a run of LONG_TOKEN_CHARS letters or figures
# in it (a form's ID) breaks in pieces, or it runs off the page. Tokens are found first and tested
# after: linear on a 100,000-character token.
_TOKEN = re.compile(r"\S++")
_ADDRESS_MARK = re.compile(r"https?://|www\.|\w@\w")
_ADDRESS_RUN = re.compile(rf"\w{{{LONG_TOKEN_CHARS},}}")


def print_text(text: str) -> Markup:
    """Text for the booklet: long tokens breakable after their punctuation, web and e-mail addresses
    and tokens too long to be words set whole, hyphenated words kept on one line, acronyms in small
    capitals, a word with an f before a capital unkerned."""
    return _wrap(_breakable(str(text)), _TOKEN, "whole", _hyphenated_kept, inside=_address,
                 wraps=lambda token: _ADDRESS_MARK.search(token) is not None)


def _address(token: str) -> Markup:
    """An address's text: its long runs in pieces, its hyphenated names kept on one line."""
    return _hyphenated_kept(_ADDRESS_RUN.sub(lambda run: _in_pieces(run.group()), token))


def _hyphenated_kept(text: str) -> Markup:
    """Escaped text with each hyphenated word kept on one line. A chain of hyphenated words as long
    as a line (a slug) may break at a hyphen: that line's hyphen then reads as part of the chain
    (render.hyphens)."""
    return _wrap(text, _HYPHENATED, "nobreak", _whole_long_tokens, wraps=lambda chain: len(chain) < LONG_TOKEN_CHARS)


def _wrap(text: str, pattern: re.Pattern[str], css_class: str, inner: Callable[[str], Markup],
          wraps: Callable[[str], bool] = lambda match: True, inside: Callable[[str], Markup] | None = None,
          across_breaks: bool = False) -> Markup:
    """Each match of `pattern` that `wraps` takes in a <span class=css_class>; `inside` renders the
    matches (by default `inner`), `inner` the text between them. A rule for how letters are set
    reads the text `across_breaks`, as if it had no break opportunities (_matches_across_breaks)."""
    out, last = [], 0
    spans = _matches_across_breaks(pattern, text) if across_breaks else (m.span() for m in pattern.finditer(text))
    for start, end in spans:
        if not wraps(text[start:end].replace(BREAK_OPPORTUNITY, "")):
            continue
        out += [inner(text[last:start]), Markup(f'<span class="{css_class}">'), (inside or inner)(text[start:end]),
                Markup("</span>")]
        last = end
    out.append(inner(text[last:]))
    return Markup("").join(out)


def _matches_across_breaks(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """Where `pattern` matches in `text` read without its break opportunities, as (start, end) in
    `text`: a place a line may break must not change how the letters around it are set ("C4" and
    "DDXC" of a code cut in pieces are no acronym "DDXC", an "f" and "MRI" cut apart still one word)."""
    kept = [index for index, char in enumerate(text) if char != BREAK_OPPORTUNITY]
    for match in pattern.finditer(text.replace(BREAK_OPPORTUNITY, "")):
        yield kept[match.start()], kept[match.end() - 1] + 1


def yaml_str(text: str) -> str:
    """A double-quoted scalar (JSON is valid YAML), keeping Dutch letters readable."""
    return json.dumps(str(text), ensure_ascii=False)


class QuietBytecodeCache(FileSystemBytecodeCache):
    """Jinja's bytecode cache (files replaced atomically), for which a damaged file or a cache that
    cannot be written only costs the compiling, not the build."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, pickle.UnpicklingError):   # Jinja checks only the code's part
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


ESCAPED, UNESCAPED = ("html.j2", "xhtml.j2", "svg.j2", "xml.j2"), ("md.j2", "txt.j2")


def bytecode_cache(env: Environment) -> QuietBytecodeCache | None:
    """The compiled templates under $XDG_CACHE_HOME (or ~/.cache)/publish/jinja-<options>:
    compiling the templates cost each process 0.15-0.37 s, loading them compiled 0.02-0.04 s.
    Jinja checks the source, its bytecode version and Python's before using a file."""
    # Jinja keys a compiled template by its name and source only: the options it was compiled
    # under name the folder (under other options a template compiles differently).
    syntax = (env.trim_blocks, env.lstrip_blocks, env.keep_trailing_newline, env.newline_sequence,
              env.block_start_string, env.variable_start_string, env.comment_start_string, ESCAPED, UNESCAPED,
              sorted(env.extensions))
    options = hashlib.sha256(repr(syntax).encode()).hexdigest()[:12]
    folder = user_cache.folder(f"jinja-{options}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return QuietBytecodeCache(str(folder))


@cache
def environment(code: str = languages.DEFAULT) -> Environment:
    """The environment of one language (a primary subtag): its interface labels installed through
    Jinja2's i18n extension.  One environment per language, never re-translated, so the threads of
    `publish serve` rendering texts in different languages share no changing state.

    Autoescaping for every markup template; only Markdown and plain text (txt.j2) are written
    unescaped.  "languages/<code>/..." names a template of a language's folder (its accessibility
    summary)."""
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(TEMPLATES_DIR),
                             PrefixLoader({"languages": FileSystemLoader(languages.FOLDER)})]),
        autoescape=select_autoescape(enabled_extensions=ESCAPED, disabled_extensions=UNESCAPED, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(translations(code), newstyle=True)  # type: ignore[attr-defined]
    env.bytecode_cache = bytecode_cache(env)
    env.filters.update(md_line=md_line, md_text=md_text, yaml_str=yaml_str, keep_hyphenated=keep_hyphenated,
                       print_text=print_text)
    env.tests.update(rule_line=view.rule_line)
    return env


def render(template: str, lang: str, **context: Any) -> str:
    """`template` rendered with the interface labels of `lang` (a language tag: "en", "nl-BE")."""
    return environment(languages.language(lang).code).get_template(template).render(**context)


def font_files() -> list[Path]:
    """The bundled font files (woff2), in a stable order."""
    return sorted(FONTS_DIR.glob("*.woff2"))
