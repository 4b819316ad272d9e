"""No cleaning pass, nor structure, nor the letterhead names a word of a language as a rule
(issue 18): the words live in publish/languages/<code>/language.toml and the passes receive the
text's Language.

The list of known words is the vocabulary those files hold (every section the passes read, all
four languages): a string of the code that can be a rule (a pattern, a list of words, a
comparison; see rule_strings) and holds one of them is a rule that did not move.  Comments,
docstrings and the report's English reasons may quote examples.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

from publish.languages import language, supported

ROOT = Path(__file__).resolve().parents[2] / "publish"
SECTIONS = ("furniture", "contents", "notes", "letter", "paragraphs", "typography", "hyphens", "structure",
            "letterhead", "metadata", "academic_titles")
# Words of three letters or more: shorter ones ("de", "en", "te") are also pieces of patterns
# and identifiers of any language.
MIN_LETTERS = 3
# The code's own English identifiers (kinds of changes and blocks, group names of patterns):
# names in the code, not words of a text it looks for.
IDENTIFIERS = frozenset({"page", "contents", "title", "entry", "section", "note", "notes", "text", "display",
                         "paragraph", "item", "heading", "foreword", "letter", "chapter", "date", "address", "label",
                         "subject", "contact", "addressee", "name", "name2", "role", "image", "photo", "value",
                         "status", "author", "authors", "publisher", "number", "post"})  # front-line roles, keys, ids
WORD = re.compile(r"[^\W\d_]+")
KEY = re.compile(r"[a-z_]+(?:\.[a-z_]+)+")
PHRASE_WORDS = 5         # a list of words or phrases holds none longer (a list of reasons does)


def known_words() -> frozenset[str]:
    """Every word of the passes' vocabulary in the four languages, lower case."""
    found: set[str] = set()
    for code in supported():
        data = language(code).data
        for section in SECTIONS:
            for entry in data.get(section, {}).values():
                for phrase in entry if isinstance(entry, list) else ():
                    found.update(word.lower() for word in WORD.findall(phrase) if len(word) >= MIN_LETTERS)
    return frozenset(found - IDENTIFIERS)


def modules() -> list[Path]:
    passes = [path for path in sorted((ROOT / "clean").rglob("*.py")) if path.name != "lexicon.py"]
    return [*passes, ROOT / "structure.py", ROOT / "letterhead.py"]


def rule_strings(path: Path) -> list[tuple[int, str]]:
    """(line, text) of the strings of a module that can be rules: the patterns given to
    re.compile, the members of a set, list or tuple of words (three or more), a string split into
    words, a string compared with or looked for in another.  Docstrings, the English reasons
    the report gives (a Change's arguments, messages) and the names a module exports (__all__)
    are no rules."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exported = {id(node.value) for node in ast.walk(tree) if _assigns_all(node)}
    return [(string.lineno, string.value) for node in ast.walk(tree) if id(node) not in exported
            for string in _candidates(node)]


def _assigns_all(node: ast.AST) -> bool:
    """An assignment to __all__ (=, +=): its strings are the module's names, not words."""
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AugAssign):
        targets = [node.target]
    else:
        return False
    return any(isinstance(target, ast.Name) and target.id == "__all__" for target in targets)


def _candidates(node: ast.AST) -> list[ast.Constant]:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr in ("compile", "startswith", "endswith", "fullmatch", "match", "search"):
            return [child for argument in node.args for child in ast.walk(argument) if _string(child)]
        if node.func.attr == "split" and _string(node.func.value):
            return [node.func.value]
    if isinstance(node, ast.Set | ast.List | ast.Tuple) and len(node.elts) >= 3 \
            and all(_string(element) and len(element.value.split()) <= PHRASE_WORDS for element in node.elts):
        return list(node.elts)                       # (a tuple of a change's kind and reason is no list)
    if isinstance(node, ast.Compare):
        return [part for part in (node.left, *node.comparators) if _string(part)]
    return []


def _string(node: ast.AST) -> bool:
    """A string constant, not a dotted key of language.toml ("letter.closings")."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and not KEY.fullmatch(node.value)


def test_a_modules_exported_names_are_no_rule_but_a_list_of_words_is(tmp_path):
    module = tmp_path / "module.py"
    module.write_text('__all__ = ["lines_where", "remove_notes", "total"]\n'
                      '__all__ += ["where_from", "number", "pages"]\n'
                      'CLOSINGS = ["hoogachtend", "groet", "regards"]\n', encoding="utf-8")
    assert [text for _, text in rule_strings(module)] == ["hoogachtend", "groet", "regards"]


def test_the_known_words_are_the_vocabulary_of_four_languages():
    words = known_words()
    for word in ("pagina", "page", "seite", "inhoud", "inhalt", "sommaire", "noten", "anmerkungen", "hoogachtend",
                 "sincerely", "artikel", "article", "miljoen"):
        assert word in words or word in IDENTIFIERS, word


def test_no_pass_names_a_word_of_a_language_as_a_rule():
    words = known_words()
    found = [f"{path.relative_to(ROOT.parent)}:{line}: {word!r} in {text[:60]!r}"
             for path in modules() for line, text in rule_strings(path)
             for word in {word.lower() for word in WORD.findall(text)} & words]
    assert not found, "\n".join(found)
