"""The cleaned text for `publish clean`: structure visible in plain Markdown."""
from publish.render.markdown import render_markdown


def test_structure_is_markdown(realistic):
    text = render_markdown(realistic)
    assert text.startswith("---\ntitle: \"Voorbij de tweedeling\"\n")
    assert "\n# Voorwoord\n\n*Pauline Meurs*\n" in text
    assert "\n## Kwaliteit van leven in Nederland\n" in text
    assert "\n### Sociale binding\n" in text
    assert "\n- Zorg voor gemengde wijken.\n" in text
    assert "\n1. eerste punt\n2. tweede punt\n" in text
    assert "<!-- pull quote: repeats a sentence of the text -->\n> Verschillen tussen mensen zijn geen probleem.\n" \
        in text
    assert "<!-- lede -->\nVan een eenduidige tweedeling" in text
    assert "\n\n\n" not in text


def test_note_refs_are_footnotes_when_the_notes_exist(realistic, annotated):
    assert "in de wijk^1." in render_markdown(realistic)
    annotated_text = render_markdown(annotated)
    assert "in de wijk[^1]." in annotated_text
    assert "\n[^1]: SCP, De sociale staat van Nederland 2015.\n" in annotated_text


def test_a_paragraph_that_looks_like_a_list_stays_a_paragraph(small):
    from dataclasses import replace
    from documents import para
    chapter = replace(small.chapters[0], blocks=(para("- geen lijst maar een gedachtestreepje"),
                                                 para("# geen kop")))
    text = render_markdown(replace(small, chapters=(chapter,)))
    assert "\n\\- geen lijst" in text and "\n\\# geen kop" in text


def test_raw_html_and_links_in_the_text_stay_text_in_markdown(small):
    import re
    from dataclasses import replace
    from documents import para
    hostile = ("Een <script>alert(1)</script> en <img src=x onerror=alert(1)> en <!-- weg --> en "
               "[klik](javascript:alert(1)) en ![beeld](javascript:x) en [a][b] en <javascript:alert(1)>.")
    chapter = replace(small.chapters[0], title="<b>Kop</b> [x](javascript:y)", byline=("<i>An</i>",),
                      blocks=(para(hostile), para("[b]: javascript:alert(1)")))
    text = render_markdown(replace(small, chapters=(chapter,)))
    body = text.split("\n---\n", 1)[1]
    assert not re.search(r"(?<!\\)<[A-Za-z/!?]", body), body          # no tag, comment or autolink opens
    assert not re.search(r"(?<!\\)\]\s*[(\[:]", body), body         # no inline, reference or defined link
    assert "\\<script>alert(1)\\</script>" in body and "[klik\\](javascript:alert(1))" in body
    assert "\n\\[b\\]: javascript:alert(1)\n" in body or "\n[b\\]: javascript:alert(1)\n" in body


def test_ordinary_brackets_and_comparisons_are_left_as_written(small):
    from dataclasses import replace
    from documents import para
    chapter = replace(small.chapters[0], blocks=(para("Zie [1] en [...] hierboven; 3 < 5 en a<5 blijven staan."),))
    markdown = render_markdown(replace(small, chapters=(chapter,)))
    assert "\nZie [1] en [...] hierboven; 3 < 5 en a<5 blijven staan.\n" in markdown


def test_an_ordered_list_keeps_the_source_numbers(small):
    from dataclasses import replace
    from publish.model import BulletList, ListItem, Text
    lists = (BulletList((ListItem((Text("de kosten"),), (1, 1)),), (1, 1), ordered=True, start=2),
             BulletList((ListItem((Text("de zaal"),), (2, 2)), ListItem((Text("de reis"),), (3, 3))), (2, 3),
                        ordered=True, start=3, numbering="a"),
             BulletList((ListItem((Text("vooraf"),), (4, 4)), ListItem((Text("daarna"),), (5, 5))), (4, 5),
                        ordered=True, start=4, numbering="I"))
    text = render_markdown(replace(small, chapters=(replace(small.chapters[0], blocks=lists),)))
    assert "\n2. de kosten\n" in text
    assert "\nc. de zaal\nd. de reis\n" in text
    assert "\nIV. vooraf\nV. daarna\n" in text


def test_sub_items_are_indented_under_their_item():
    from documents import nested_list_document
    text = render_markdown(nested_list_document())
    assert ("\n1. Het bestuur vergadert.\n2. Het bestuur stelt de agenda op.\n3. Het bestuur benoemt:\n"
            "   a. de voorzitter;\n   b. de penningmeester.\n4. Het bestuur legt verantwoording af.\n"
            "5.\n   - in de zaal\n   - op het plein\n6. Het bestuur treedt af.\n") in text


def test_markers_on_a_chapter_title_and_byline_are_footnote_references(small):
    from dataclasses import replace

    from publish.model import Note, Text
    chapter = replace(small.chapters[0], title_refs=((3, 2),), byline_refs=((0, 11, 3),))
    text = render_markdown(replace(small, chapters=(chapter,), notes=tuple(Note(n, (Text(f"Noot {n}."),))
                                                                          for n in (1, 2, 3))))
    assert "\n# Eén[^2] hoofdstuk\n" in text and "\n*An de Vries[^3]*\n" in text


def test_a_scene_break_is_a_markdown_thematic_break(small):
    from dataclasses import replace
    from documents import para
    chapter = replace(small.chapters[0], blocks=(para("Het eerste deel."), para("/" * 95), para("Het tweede deel.")))
    assert "\nHet eerste deel.\n\n* * *\n\nHet tweede deel.\n" in render_markdown(replace(small, chapters=(chapter,)))
