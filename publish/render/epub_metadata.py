"""The EPUB's package metadata as data: accessibility claims and how roles map to MARC relators."""
from __future__ import annotations

# EPUB Accessibility 1.1 discovery metadata, one (property, value) per row, each with its definition.
# Only features this edition really has are claimed.
ACCESSIBILITY: tuple[tuple[str, str], ...] = (
    # https://www.w3.org/TR/epub-a11y-11/#sec-conf-reporting
    ("dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"),
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#accessMode : all content is text; the cover is an image
    ("schema:accessMode", "textual"),
    ("schema:accessMode", "visual"),
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#accessModeSufficient : text alone conveys everything
    ("schema:accessModeSufficient", "textual"),
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#accessibilityFeature
    ("schema:accessibilityFeature", "structuralNavigation"),     # h1-h3 headings, sections with roles
    ("schema:accessibilityFeature", "tableOfContents"),          # nav document
    ("schema:accessibilityFeature", "readingOrder"),             # spine order = reading order; pull quotes hidden
    ("schema:accessibilityFeature", "displayTransformability"),  # reflowable, CSS only, no fixed sizes forced
    ("schema:accessibilityFeature", "alternativeText"),          # the cover image has a text alternative
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#accessibilityHazard
    ("schema:accessibilityHazard", "none"),
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#accessibilitySummary
    ("schema:accessibilitySummary",
     "Deze uitgave is volledig tekstueel en gemaakt volgens EPUB Accessibility 1.1 en WCAG 2.2 niveau AA. "
     "Een inhoudsopgave en koppen per hoofdstuk en paragraaf maken navigeren eenvoudig; de leesvolgorde "
     "volgt de tekst. Lettertype, lettergrootte en kleuren kunnen door de lezer worden aangepast. "
     "Streamers (uitgelichte citaten die een zin uit de tekst herhalen) worden door voorleessoftware "
     "overgeslagen, zodat geen zin twee keer wordt voorgelezen. De omslag heeft een tekstalternatief."),
)

# Claimed only when the EPUB has page-break markers and a page list (of the PDF booklet);
# pageBreakSource naming that edition is added beside them.
PAGE_LIST_FEATURES: tuple[tuple[str, str], ...] = (
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#pageBreakMarkers (replaces printPageNumbers)
    ("schema:accessibilityFeature", "pageBreakMarkers"),
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#pageNavigation : the nav's page-list
    ("schema:accessibilityFeature", "pageNavigation"),
)

# Free-text roles from the TOML -> (Dublin Core element, MARC relator code).
# https://www.loc.gov/marc/relators/relaterm.html
ROLES: dict[str, tuple[str, str]] = {
    "auteur": ("creator", "aut"),
    "lezing": ("creator", "aut"),
    "spreker": ("creator", "aut"),
    "coreferaat": ("creator", "aut"),
    "afzender": ("creator", "aut"),
    "voorwoord": ("contributor", "aui"),     # author of introduction
    "inleiding": ("contributor", "aui"),
    "nawoord": ("contributor", "aft"),       # author of afterword
    "redactie": ("contributor", "edt"),
    "redacteur": ("contributor", "edt"),
    "vertaling": ("contributor", "trl"),
    "illustraties": ("contributor", "ill"),
    "fotografie": ("contributor", "pht"),
    "voorzitter": ("contributor", "mod"),    # moderator
}
DEFAULT_ROLE = ("creator", "aut")

# Landmarks of the nav document: (epub:type, label); hrefs are filled in by the renderer.
LANDMARKS: tuple[tuple[str, str], ...] = (
    ("cover", "Omslag"),
    ("toc", "Inhoud"),
    ("bodymatter", "Begin van de tekst"),
)
