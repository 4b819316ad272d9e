"""One numbering style per chapter and one spelling of academic titles (issue 16): what a reader
of the edition sees, and what `publish clean --report` lists."""
from pathlib import Path

from publish.cli import main
from publish.clean import academic
from publish.config import SourceConfig
from publish.languages import language
from publish.model import Heading, Paragraph
from tests.test_structure import BOOKLET, build

# Paragraphs in lines of a column's width, as the source prints them.
INTRO = ("Het jaar was druk en vol. Er gebeurde veel\nin de wijk en daarbuiten, van de markt\n"
         "tot het plein en het park.\n\n")
BODY = ("We hielden spreekuren in het buurthuis\nen praatten daar met veel bewoners over\n"
        "hun buurt, hun werk en hun zorgen.\n\n")


def section(label: str, title: str) -> str:
    return f"{label} {title}\n\n{BODY}"


def headings(doc) -> list[str]:
    return [block.text for chapter in doc.chapters for block in chapter.blocks if isinstance(block, Heading)]


def test_a_chapters_labels_take_the_closing_mark_most_of_them_use():
    text = "Verslag\n\n" + INTRO + "".join(section(label, title) for label, title in [
        ("I]", "Wonen"), ("II]", "Werken"), ("III]", "Leren"), ("I.", "Agenda voor het wonen"),
        ("II.", "Agenda voor het werk")])
    doc = build(text)
    assert headings(doc) == ["I] Wonen", "II] Werken", "III] Leren", "I] Agenda voor het wonen",
                             "II] Agenda voor het werk"]
    assert [(c.kind, c.before, c.after) for c in doc.changes] == [
        ("heading-label", "I. Agenda voor het wonen", "I] Agenda voor het wonen"),
        ("heading-label", "II. Agenda voor het werk", "II] Agenda voor het werk")]
    assert [c.line for c in doc.changes] == [text.splitlines().index("I. Agenda voor het wonen") + 1,
                                             text.splitlines().index("II. Agenda voor het werk") + 1]


def test_on_a_tie_the_first_style_wins_and_numbers_are_never_changed():
    text = "Verslag\n\n" + INTRO + "".join(section(label, title) for label, title in [
        ("1.", "Wonen"), ("2)", "Werken"), ("3.", "Leren"), ("7)", "Zorgen")])
    assert headings(build(text)) == ["1. Wonen", "2. Werken", "3. Leren", "7. Zorgen"]


def test_sections_and_their_lettered_parts_keep_their_own_styles():
    text = "Verslag\n\n" + INTRO + "".join(section(label, title) for label, title in [
        ("1.", "Wonen"), ("a)", "Huren"), ("b)", "Kopen"), ("2.", "Werken")])
    doc = build(text)
    assert headings(doc) == ["1. Wonen", "a) Huren", "b) Kopen", "2. Werken"]
    assert doc.changes == ()


def test_the_parts_of_a_section_keep_their_own_closing_mark():
    # "1)" opens a count under "2." and "3." goes on after it: the source numbers a section's parts
    # in a style of their own, as with "a)" (nl-nota-opdrachtbrief-itaa); the majority mark is no
    # house style for them.
    text = "Verslag\n\n" + INTRO + "".join(section(label, title) for label, title in [
        ("1.", "Wonen"), ("2.", "Werken"), ("1)", "In de wijk"), ("2)", "Elders"), ("3)", "Thuis"), ("3.", "Leren")])
    doc = build(text)
    assert headings(doc) == ["1. Wonen", "2. Werken", "1) In de wijk", "2) Elders", "3) Thuis", "3. Leren"]
    assert doc.changes == ()


def test_a_number_opening_a_paragraph_is_no_label():
    text = ("Verslag\n\n" + INTRO + section("I]", "Wonen") + section("II.", "Werken") + section("III.", "Leren")
            + "I] is de naam van het eerste deel van dit verslag, dat over het wonen gaat, niet over werk.\n")
    doc = build(text)
    assert headings(doc) == ["I. Wonen", "II. Werken", "III. Leren"]
    assert any(block.text.startswith("I] is de naam") for chapter in doc.chapters for block in chapter.blocks
               if isinstance(block, Paragraph))


# A booklet whose cover says "door prof. dr." and whose chapter byline "Prof. dr.".
LECTURE = BOOKLET.replace("van de stad\n", "van de stad\ndoor prof. dr. Anna de Vries\n", 1)


def test_academic_titles_are_spelled_one_way_on_the_cover_byline_and_authors():
    doc = build(LECTURE)
    assert "door prof.\u00a0dr.\u00a0Anna de Vries" in doc.front_lines
    assert doc.chapters[1].byline[0] == "prof.\u00a0dr.\u00a0Anna de Vries"
    assert [person.name for person in doc.metadata.authors] == ["prof. dr. Anna de Vries"]
    (change,) = [c for c in doc.changes if c.kind == "academic-title"]
    assert (change.line, change.before, change.after) == (
        LECTURE.split("\n").index("Prof. dr. Anna de Vries") + 1, "Prof.\u00a0dr.\u00a0Anna de Vries",
        "prof.\u00a0dr.\u00a0Anna de Vries")


def test_the_documents_own_majority_spelling_wins_when_it_is_a_rule():
    doc = build(LECTURE.replace("prof. dr. Anna", "Prof. Dr. Anna").replace("Prof. dr. Anna", "Prof. Dr. Anna"))
    assert doc.chapters[1].byline[0] == "Prof.\u00a0Dr.\u00a0Anna de Vries"
    assert not [c for c in doc.changes if c.kind == "academic-title"]
    dutch = language("nl")
    assert academic.chosen_spelling(["door Prof. Dr. A. Smit", "met Prof. Dr. B. Bakker", "en prof. dr. C. Smit"],
                                    dutch) == "capital"
    # Most spell it "Prof. dr." before a name, which is no rule: the language's convention decides.
    assert academic.chosen_spelling(["door Prof. dr. A. Smit", "met Prof. dr. B. Bakker", "en Prof. Dr. C. Smit"],
                                    dutch) == "lower"


def test_authors_the_toml_names_stay_as_the_editor_wrote_them():
    doc = build(LECTURE, SourceConfig(metadata={"authors": [{"name": "Prof. dr. Anna de Vries"}]}))
    assert [person.name for person in doc.metadata.authors] == ["Prof. dr. Anna de Vries"]
    assert doc.chapters[1].byline[0] == "prof.\u00a0dr.\u00a0Anna de Vries"


def test_a_title_opening_a_sentence_keeps_its_capital():
    dutch = language("nl")
    assert academic.respelled("Prof. dr. Jansen opende de avond.", "lower", dutch) == \
        "Prof. dr. Jansen opende de avond."
    assert academic.respelled("Het was laat. Prof. Dr. Jansen sprak.", "lower", dutch) == \
        "Het was laat. Prof. dr. Jansen sprak."
    assert academic.respelled("met Prof. Dr. Jansen", "lower", dutch) == "met prof. dr. Jansen"


def test_each_language_has_its_convention():
    assert academic.chosen_spelling(["door prof. dr. Jansen", "Prof. dr. Jansen"], language("nl")) == "lower"
    assert academic.chosen_spelling(["by prof. Jane Smith", "Prof. Jane Smith"], language("en")) == "capital"
    assert academic.respelled("von prof. dr. Anna Weber", "capital", language("de")) == "von Prof. Dr. Anna Weber"


def test_the_cleaning_report_lists_both_kinds(tmp_path: Path, capsys):
    source = tmp_path / "lezing.txt"
    source.write_text(LECTURE + "\n" + section("I]", "Wonen") + section("II]", "Werken") + section("I.", "Agenda"),
                      encoding="utf-8")
    assert main(["clean", str(source), "--report"]) == 0
    report = capsys.readouterr().out.split("## Cleaning report", 1)[1]
    line = LECTURE.split("\n").index("Prof. dr. Anna de Vries") + 1
    assert f"- academic-title (line {line}): 'Prof.\\xa0dr.\\xa0Anna de Vries' -> 'prof.\\xa0dr.\\xa0Anna de Vries'" \
        in report
    assert "- heading-label (line " in report and "'I. Agenda' -> 'I] Agenda'" in report
