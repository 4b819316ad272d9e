"""Page furniture: page numbers and folios, photo credits, stamps and running heads and feet;
real numbers and the lines of the body stay.

Every rule removes a line only on evidence a careful editor would accept, and names it in the
change's reason: a folio pattern at a page edge, a credit's opening word, a stamp's wording with
its date or address, the same line at the same page edge on several pages.

The passes, one module each, in the cleaner's order: section_labels, page_numbers (with the
folios found after them), ligatures, credits, stamps, running_heads, margin_fields and rules.
What they share: patterns (the furniture's forms, a page number's among them, and a language's
wording), pages (a page's span and edges), edits (removing lines with their reasons) and keys
(what copies are compared by); publish.clean.lines gives where the pages start and the lines a
gate finds.  The running heads pass reads its evidence in repeats, stacks, head_copies,
running_feet and chapter_heads (head_copies reads repeats and stacks, running_feet repeats), the
folios at the page edges in folios and a rule's form in rules; page_numbers reads folios, and
section_labels a body line's look in repeats.  The printed contents (publish.clean.contents)
removes its lines and tells folios from entries with this package's surface below.
"""
from publish.clean.artifacts.credits import remove_photo_credits
from publish.clean.artifacts.edits import drop_lines
from publish.clean.artifacts.folios import folio_reason
from publish.clean.artifacts.ligatures import remove_ligature_letters
from publish.clean.artifacts.margin_fields import remove_margin_fields
from publish.clean.artifacts.page_numbers import folios_in, remove_page_numbers
from publish.clean.artifacts.patterns import Furniture, furniture
from publish.clean.artifacts.rules import RULE, remove_rules
from publish.clean.artifacts.running_heads import remove_running_heads
from publish.clean.artifacts.section_labels import remove_section_labels
from publish.clean.artifacts.stamps import remove_stamps


__all__ = [
    "RULE",
    "Furniture",
    "drop_lines",
    "folio_reason",
    "folios_in",
    "furniture",
    "remove_ligature_letters",
    "remove_margin_fields",
    "remove_page_numbers",
    "remove_photo_credits",
    "remove_rules",
    "remove_running_heads",
    "remove_section_labels",
    "remove_stamps",
]
