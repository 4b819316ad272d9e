"""Display quotes: a block is hidden as a pull quote only when it repeats whole sentences of a
longer block nearby, stands apart and is set in narrower lines; everything else that repeats
text (provisions, headings, list items, notes, summaries) stays in the reading order."""
from publish.audit import copied_words, words
from publish.clean import clean

from clean_helpers import source

# A paragraph in the body's measure (some 70 characters a line).
BODY = ("De bibliotheek in onze wijk is meer dan een plek om boeken te lenen.\n"
        "Kinderen maken er hun huiswerk, ouderen lezen er de krant en wie een\n"
        "formulier niet begrijpt, vindt er iemand die helpt. Maar een bibliotheek\n"
        "zonder vaste openingstijden verliest haar bezoekers. Daarom vragen wij\n"
        "de gemeente om de zaterdag open te houden.\n")
AFTER = ("Wij hebben daarvoor een plan gemaakt met de school en het buurthuis. De\n"
         "vrijwilligers van de leesclub willen op zaterdag helpen bij de balie.\n")
# The body's fourth sentence, less its first word, in a larger type: three short lines.
QUOTE = "Een bibliotheek zonder vaste\nopeningstijden verliest haar\nbezoekers.\n"


def kinds(text):
    return [(block.kind, block.text) for block in clean(source(text)).blocks]


def hidden(text):
    return [block.text for block in clean(source(text)).blocks if block.kind == "pullquote"]


def test_a_sentence_of_the_body_set_apart_in_narrower_lines_is_a_display_quote():
    blocks = clean(source(f"{BODY}\n{QUOTE}\n{AFTER}")).blocks
    assert [block.kind for block in blocks] == ["paragraph", "pullquote", "paragraph"]
    # its copy stands in the reading order, as the conservation account reads a copy
    quote, body = words(blocks[1].text), words(blocks[0].text)
    assert copied_words(quote, body) == quote
    (change,) = [change for change in clean(source(f"{BODY}\n{QUOTE}\n{AFTER}")).changes if change.kind == "pullquote"]
    assert change.line == 7 and "lines 1-5" in change.reason


def test_a_quote_before_its_body_and_on_the_facing_page_is_found():
    assert hidden(f"{QUOTE}\n\f{BODY}\n{AFTER}") == [
        "Een bibliotheek zonder vaste openingstijden verliest haar bezoekers."]


def test_a_sentence_after_a_glued_note_number_is_a_whole_sentence():
    noted = BODY.replace("die helpt. Maar een", "die helpt.3 Een")
    assert hidden(f"{noted}\n{QUOTE}\n{AFTER}") == [
        "Een bibliotheek zonder vaste openingstijden verliest haar bezoekers."]
    # (a number with a full stop inside ends no sentence: "10.000 Bezoekers" runs on)
    numbered = BODY.replace("die helpt. Maar een", "die helpt aan 10.000 Een")
    assert hidden(f"{numbered}\n{QUOTE}\n{AFTER}") == []


def test_the_same_sentence_in_the_body_measure_is_read_twice_not_hidden():
    # No narrower lines: nothing tells a designed quote from a sentence the author repeats.
    one_line = "Een bibliotheek zonder vaste openingstijden verliest haar bezoekers.\n"
    assert hidden(f"{BODY}\n{one_line}\n{AFTER}") == []
    # nor does a repeat whose lines break where the body's would: set in the body's type
    same_measure = ("Kinderen maken er hun huiswerk, ouderen lezen er de krant en wie een\n"
                    "formulier niet begrijpt, vindt er iemand die helpt.\n")
    assert hidden(f"{BODY}\n{same_measure}\n{AFTER}") == []


def test_part_of_a_sentence_is_no_quote():
    part = "Kinderen maken er hun\nhuiswerk, ouderen lezen\ner de krant.\n"
    assert hidden(f"{BODY}\n{part}\n{AFTER}") == []


def test_a_paraphrase_is_no_copy():
    # the body's words, but not in its order: a reader would miss the words as written
    paraphrase = "Een bibliotheek verliest zonder\nvaste openingstijden haar\nbezoekers.\n"
    assert hidden(f"{BODY}\n{paraphrase}\n{AFTER}") == []


def test_a_provision_that_differs_from_its_neighbour_in_one_word_stays():
    appointment = ("Een benoeming van een lid van de raad geldt voor vier jaar en gaat in op de\n"
                   "eerste dag van de maand na het besluit. De raad maakt de benoeming bekend.\n")
    # set apart and narrower, but "herbenoeming" is not the word the body has: no copy
    unnumbered = ("Een herbenoeming van een lid\nvan de raad geldt voor vier\n"
                  "jaar en gaat in op de eerste\ndag van de maand na het besluit.\n")
    assert hidden(f"{appointment}\n{unnumbered}\n{AFTER}") == []
    numbered = ("4.2. Een benoeming van een\nlid van de raad geldt voor\nvier jaar en gaat in op de\n"
                "eerste dag van de maand na\nhet besluit.\n")
    assert hidden(f"4.1. {appointment}\n{numbered}\n{AFTER}") == []


def test_a_numbered_or_labelled_block_repeating_the_body_stays():
    # a provision, note or contents entry and the text it repeats, label and all
    provision = BODY.replace("Maar een bibliotheek", "{label} Een bibliotheek")
    for label in ("4.2.", "12", "b)", "II]", "§ 3", "Lid 2", "Artikel 7:"):
        labelled = f"{label} Een bibliotheek zonder\nvaste openingstijden verliest\nhaar bezoekers.\n"
        assert hidden(f"{provision.format(label=label)}\n{labelled}\n{AFTER}") == [], label


def test_a_heading_or_contents_line_repeating_the_body_stays():
    heading = "Een bibliotheek zonder vaste\nopeningstijden\n"      # no sentence: a heading
    assert hidden(f"{BODY}\n{heading}\n{AFTER}") == []
    contents = "Een bibliotheek zonder vaste\nopeningstijden ........ 4\n"
    assert hidden(f"{BODY}\n{contents}\n{AFTER}") == []


def test_a_title_with_a_byline_echoing_a_question_of_the_body_stays():
    asking = BODY.replace("bezoekers. Daarom", "bezoekers. Wie komt er op zaterdag nog lezen? Daarom")
    title = "Wie komt er op zaterdag\nnog lezen?\n\nAnna de Vries\n"
    assert hidden(f"{asking}\n{title}\n{AFTER}") == []


def test_a_list_item_repeating_the_body_stays():
    items = ("• Een bibliotheek zonder vaste\nopeningstijden verliest haar\nbezoekers.\n"
             "• Een tweede punt van de lijst.\n")
    assert [kind for kind, _ in kinds(f"{BODY}\n{items}\n{AFTER}")] == ["paragraph", "item", "item", "paragraph"]


def test_a_block_run_into_the_text_stays():
    # no blank line after it: the next paragraph runs on, as under a heading
    assert hidden(f"{BODY}\n{QUOTE}{AFTER}") == []


def test_a_summary_repeating_a_whole_paragraph_is_no_excerpt():
    short = ("Een bibliotheek zonder vaste openingstijden verliest haar bezoekers. Daarom\n"
             "vragen wij de gemeente om de zaterdag open te houden.\n")
    summary = ("Een bibliotheek zonder vaste\nopeningstijden verliest haar\nbezoekers. Daarom vragen wij\n"
               "de gemeente om de zaterdag\nopen te houden.\n")
    assert hidden(f"{short}\n{summary}\n{AFTER}") == []


def test_a_repeat_pages_away_stays():
    pages = "".join(f"\fOp pagina {page} gaat het over iets anders.\n" for page in range(1, 4))
    assert hidden(f"{BODY}\n{pages}\f{QUOTE}\n{AFTER}") == []


def test_a_block_another_quote_copies_is_body_text():
    # A box of two sentences in a middle measure repeats the body; the quote in the narrowest
    # measure repeats the box (and the body): the box is a copy the quote is taken from, and stays.
    box = ("Een bibliotheek zonder vaste openingstijden\nverliest haar bezoekers. Daarom vragen wij de\n"
           "gemeente om de zaterdag open te houden.\n")
    got = kinds(f"{BODY}\n{box}\n{QUOTE}\n{AFTER}")
    assert [kind for kind, _ in got] == ["paragraph", "paragraph", "pullquote", "paragraph"]
