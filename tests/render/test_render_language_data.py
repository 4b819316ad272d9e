"""The renderers and templates name no language (issue 18): their labels live in the gettext
catalogs of publish/languages, which are complete, in step with the code, and shipped whole."""
import io
import re
import tokenize
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from documents import small_document

from publish.languages import FOLDER, supported
from publish.model import Person
from publish.render.epub import render_epub
from publish.render.epub_metadata import SUMMARY

ROOT = Path(__file__).resolve().parents[2]
# babel.cfg's extraction, with the keyword README's pybabel command adds (-k label:2).
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "label": (2,)}

# The interface labels of the four languages, as the editions showed or show them: none of these may
# stand in a template or a renderer as text (a msgid, the English key a catalog translates, may).
LABEL_WORDS = (
    # Dutch
    "Inhoud", "Noten", "Colofon", "Omslag", "Titelpagina", "Achterplat", "Openingsregels", "Paginalijst",
    "Oriëntatiepunten", "Begin van de tekst", "Terug naar noot", "Tekst", "Uitgave", "Fotografie", "Typografie",
    "Gezet uit", "Foto:", "PDF-boekje",
    # English
    "Contents", "Notes", "Colophon", "Cover", "Title page", "Back cover", "Opening lines", "Page list",
    "Landmarks", "Start of the text", "Back to note", "Publication", "Photography", "Typography", "Set in",
    "Photo:", "PDF booklet",
    # German
    "Inhalt", "Anmerkungen", "Impressum", "Umschlag", "Titelseite", "Rückseite", "Anfangszeilen", "Seitenliste",
    "Orientierungspunkte", "Textbeginn", "Zurück zu Anmerkung", "Ausgabe", "Gesetzt aus", "PDF-Broschüre",
    # French
    "Sommaire", "Couverture", "Page de titre", "Quatrième de couverture", "En-tête", "Liste des pages", "Repères",
    "Début du texte", "Retour à", "Texte", "Édition", "Photographie", "Typographie", "Composé en", "livret PDF",
)
# A msgid in its place: the argument of _(), N_() or label(code, ...).
_MSGID = re.compile(r"""(\b(?:_|N_|label)\((?:[\w\[\]"'.]+,\s*)?)"[^"]*\"""")
_TEMPLATE_COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)


def python_strings(path: Path) -> str:
    """The string literals of a module, msgids and docstrings left out (they describe, not show)."""
    source = _MSGID.sub(r'\1""', path.read_text(encoding="utf-8"))
    strings, previous = [], tokenize.INDENT
    for token in tokenize.generate_tokens(iter(source.splitlines(keepends=True)).__next__):
        if token.type == tokenize.STRING and previous not in (tokenize.INDENT, tokenize.NEWLINE, tokenize.DEDENT):
            strings.append(token.string)
        if token.type not in (tokenize.NL, tokenize.COMMENT):
            previous = token.type
    return "\n".join(strings)


def template_text(path: Path) -> str:
    return _MSGID.sub(r'\1""', _TEMPLATE_COMMENT.sub("", path.read_text(encoding="utf-8")))


def shown_text() -> dict[str, str]:
    found = {str(p.relative_to(ROOT)): python_strings(p) for p in (ROOT / "publish" / "render").glob("*.py")}
    found.update({str(p.relative_to(ROOT)): template_text(p) for p in (ROOT / "templates").rglob("*")
                  if p.is_file() and p.suffix in (".j2", ".html", ".js", ".css")})
    found.update({str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in (ROOT / "styles").glob("*.css")})
    return found


def test_no_template_or_renderer_holds_a_label_of_the_four_languages():
    words = re.compile("|".join(rf"(?<![\w-]){re.escape(word)}(?![\w-])" for word in LABEL_WORDS))
    found = {name: sorted(set(words.findall(text))) for name, text in shown_text().items()}
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_the_word_test_finds_a_label_written_as_text(tmp_path):
    # the check above must see a label in a template's text and in a Python string, not in a msgid
    template, module = tmp_path / "t.html.j2", tmp_path / "m.py"
    template.write_text('<h1>Inhalt</h1>{{ _("Contents") }}{# Inhoud #}', encoding="utf-8")
    module.write_text('"""Notes."""\nLABEL = "Noten"\nOTHER = label(lang, "Contents")\n', encoding="utf-8")
    assert "Inhalt" in template_text(template) and "Contents" not in template_text(template)
    assert "Inhoud" not in template_text(template)
    assert "Noten" in python_strings(module) and "Contents" not in python_strings(module)


def extracted() -> set[str]:
    return {message for _, _, message, *_ in extract_from_dir(ROOT, method_map=[
        ("publish/render/**.py", "python"), ("templates/**.j2", "jinja2")],
        options_map={"templates/**.j2": {"extensions": "jinja2.ext.i18n", "trim_blocks": "True",
                                         "lstrip_blocks": "True"}}, keywords=KEYWORDS)}


def catalog(path: Path):
    with path.open("rb") as stream:
        return read_po(stream)


def test_messages_pot_holds_every_label_the_code_and_templates_use():
    template = {message.id for message in catalog(ROOT / "messages.pot") if message.id}
    assert template == extracted()


@pytest.mark.parametrize("code", supported())
def test_every_language_translates_every_label_keeping_its_placeholders(code):
    template = {message.id for message in catalog(ROOT / "messages.pot") if message.id}
    translated = {message.id: message.string for message in catalog(FOLDER / code / "LC_MESSAGES" / "publish.po")
                  if message.id and not message.fuzzy}
    assert set(translated) == template
    for msgid, text in translated.items():
        assert text.strip(), msgid
        assert sorted(re.findall(r"%\(\w+\)s", text)) == sorted(re.findall(r"%\(\w+\)s", msgid)), msgid


@pytest.mark.parametrize("code", supported())
def test_every_language_has_its_accessibility_summary(code):
    assert (FOLDER / code / SUMMARY).is_file()


def test_the_package_ships_the_catalogs_and_summaries():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    shipped = re.search(r'^publish = \[(.*)\]$', text, re.MULTILINE).group(1)
    assert '"languages/**/*"' in shipped


@pytest.mark.parametrize(("code", "roles"), [
    ("nl", {"auteur": "aut", "redactie": "edt", "voorwoord": "aui", "vertaling": "trl"}),
    ("en", {"Author": "aut", "editor": "edt", "foreword": "aui", "translator": "trl"}),
    ("de", {"Autorin": "aut", "Herausgeber": "edt", "Vorwort": "aui", "Übersetzung": "trl"}),
    ("fr", {"auteur": "aut", "direction": "edt", "préface": "aui", "traduction": "trl"}),
])
def test_the_epub_names_each_persons_role_read_in_the_books_language(code, roles):
    small = small_document()
    people = tuple(Person(f"Person {n}", role) for n, role in enumerate(roles))
    doc = replace(small, metadata=replace(small.metadata, language=code, authors=people))
    opf = zipfile.ZipFile(io.BytesIO(render_epub(doc, page_list=False))).read("EPUB/content.opf")
    package = BeautifulSoup(opf, "lxml-xml")
    for n, relator in enumerate(roles.values(), 1):
        element = package.find(id=f"person-{n}")
        assert element.name == ("creator" if relator == "aut" else "contributor")
        refined = package.find("meta", attrs={"refines": f"#person-{n}", "property": "role"})
        assert refined.get_text() == relator
