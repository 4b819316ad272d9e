"""Page furniture: page numbers and folios, photo credits, stamps and running heads and feet;
real numbers and the lines of the body stay.

Every rule removes a line only on evidence a careful editor would accept, and names it in the
change's reason: a folio pattern at a page edge, a credit's opening word, a stamp's wording with
its date or address, the same line at the same page edge on several pages.
"""
from publish.clean.artifacts.credits import remove_photo_credits
from publish.clean.artifacts.ligatures import remove_ligature_letters
from publish.clean.artifacts.margin_fields import remove_margin_fields
from publish.clean.artifacts.page_numbers import folios_in, remove_page_numbers
from publish.clean.artifacts.patterns import Furniture, furniture
from publish.clean.artifacts.rules import RULE, remove_rules
from publish.clean.artifacts.running_heads import remove_running_heads
from publish.clean.artifacts.section_labels import remove_section_labels
from publish.clean.artifacts.stamps import remove_stamps


__all__ = ["RULE", "Furniture", "folios_in", "furniture", "remove_ligature_letters", "remove_margin_fields",
           "remove_page_numbers", "remove_photo_credits", "remove_rules", "remove_running_heads",
           "remove_section_labels", "remove_stamps"]
