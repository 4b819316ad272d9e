"""The editions' interface labels in each language: the gettext catalog of a language's folder
(`<code>/LC_MESSAGES/publish.po`, made with Babel from messages.pot), compiled in memory.

No compiled .mo file is kept: the catalog is compiled once per process from its .po (a few
milliseconds), so the catalog a build uses is always the one in the repository.
"""
from __future__ import annotations

import io
from functools import cache

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from publish.languages import FOLDER, language

DOMAIN = "publish"


def catalog_path(code: str) -> str:
    """The .po file of a language (a code or a tag)."""
    return str(FOLDER / language(code).code / "LC_MESSAGES" / f"{DOMAIN}.po")


@cache
def _compiled(code: str) -> Translations:
    with open(catalog_path(code), "rb") as stream:
        catalog = read_po(stream, locale=code, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def translations(code: str) -> Translations:
    """The compiled catalog of a language (a code or a tag: "nl", "nl-BE"); cached per language.

    A Translations object is only read after it is made, so one may serve many threads."""
    return _compiled(language(code).code)


def N_(message: str) -> str:
    """`message` unchanged: marks a msgid kept in data for extraction (gettext's name for it);
    `label` translates it where it is shown."""
    return message


def label(code: str, message: str, **values: object) -> str:
    """`message` (an English msgid) in the language of `code`, with %(name)s values filled in.

    The second argument is the msgid: extraction names this function as keyword "label:2"."""
    text = translations(code).gettext(message)
    return text % values if values else text
