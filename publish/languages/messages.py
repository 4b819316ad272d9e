"""The editions' interface labels in each language: the gettext catalog of a language's folder
(`<code>/LC_MESSAGES/publish.po`, made with Babel from messages.pot), compiled by Babel.

The compiled catalog is kept in the user's cache under the digest of its .po, so the catalog a
build uses is always the one in the repository, and a build reads it with the standard library's
gettext: importing Babel and compiling cost a build 25 ms, reading the compiled file 0.3 ms.
"""
from __future__ import annotations

import contextlib
import gettext
import hashlib
import io
import struct
from functools import cache
from pathlib import Path

from publish import user_cache
from publish.languages import FOLDER, language

DOMAIN = "publish"


def catalog_path(code: str) -> str:
    """The .po file of a language (a code or a tag)."""
    return str(FOLDER / language(code).code / "LC_MESSAGES" / f"{DOMAIN}.po")


@cache
def _compiled(code: str) -> gettext.GNUTranslations:
    po = Path(catalog_path(code)).read_bytes()
    kept = user_cache.folder("messages") / f"{code}-{hashlib.sha256(po).hexdigest()[:24]}.mo"
    try:
        return gettext.GNUTranslations(io.BytesIO(kept.read_bytes()))
    except (OSError, ValueError, struct.error):         # not there yet, or damaged: compile it again
        compiled = _compile(po, code)
    with contextlib.suppress(OSError):                  # a cache that cannot be written: compiled each time
        user_cache.write_file(kept, compiled)
    return gettext.GNUTranslations(io.BytesIO(compiled))


def _compile(po: bytes, code: str) -> bytes:
    """The .mo form of a catalog, by Babel."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po
    compiled = io.BytesIO()
    write_mo(compiled, read_po(io.BytesIO(po), locale=code, domain=DOMAIN))
    return compiled.getvalue()


def translations(code: str) -> gettext.GNUTranslations:
    """The compiled catalog of a language (a code or a tag: "nl", "nl-BE"); cached per language.

    A catalog is only read after it is made, so one may serve many threads."""
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
