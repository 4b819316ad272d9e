"""The EPUB's package metadata as data: accessibility claims and how roles map to MARC relators."""
from __future__ import annotations

from dataclasses import dataclass

from publish.languages.messages import N_

# EPUB Accessibility 1.1 discovery metadata every edition earns, one (property, value) per row,
# each with its definition and the reason it holds for every book publish makes.
ACCESSIBILITY: tuple[tuple[str, str], ...] = (
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#accessMode : the text, and the cover picture
    ("schema:accessMode", "textual"),
    ("schema:accessMode", "visual"),
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#accessModeSufficient : the cover has a text alternative
    ("schema:accessModeSufficient", "textual"),
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#accessibilityFeature
    ("schema:accessibilityFeature", "structuralNavigation"),     # every chapter opens with an h1; h2/h3 nest
    ("schema:accessibilityFeature", "tableOfContents"),          # the nav document lists every chapter
    ("schema:accessibilityFeature", "displayTransformability"),  # relative sizes; reflows at 400 % (tested)
    ("schema:accessibilityFeature", "alternativeText"),          # the cover image has a text alternative
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#accessibilityHazard : text and one still picture
    ("schema:accessibilityHazard", "none"),
)

# Claimed only when the source's reading order is known to be right: not where its text layer
# sets printed columns side by side on its lines (Document.side_by_side), which are read across.
READING_ORDER_FEATURES: tuple[tuple[str, str], ...] = (
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#readingOrder : spine order is the text's order
    ("schema:accessibilityFeature", "readingOrder"),
)

# The check `publish check` runs for the evidence behind readingOrder (publish.check
# .columns_side_by_side): named here once, for the check and for the summary templates, which say
# what a passed check covers.
COLUMNS_CHECK = "columns-side-by-side"

# Claimed only when the EPUB has page-break markers and a page list (of the PDF booklet);
# pageBreakSource naming that edition is added beside them.
PAGE_LIST_FEATURES: tuple[tuple[str, str], ...] = (
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#pageBreakMarkers (replaces printPageNumbers)
    ("schema:accessibilityFeature", "pageBreakMarkers"),
    # https://www.w3.org/2021/a11y-discov-vocab/latest/#pageNavigation : the nav's page-list
    ("schema:accessibilityFeature", "pageNavigation"),
)

# https://www.w3.org/TR/epub-a11y-11/#sec-conf-reporting : the conformance claim, made only
# together with a11y:certifiedBy (who evaluated the edition) and only for an edition that passed
# that evaluation (see Certification).
CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA"
# The party that runs the checks and so makes the claim: this tool.
CERTIFIER = "publish"

# https://www.w3.org/2021/a11y-discov-vocab/latest/#accessibilitySummary : written per book from
# the template publish/languages/<code>/summary.txt.j2 of the book's language (SUMMARY).
SUMMARY = "summary.txt.j2"


@dataclass(frozen=True)
class Certification:
    """The checks an edition passed, as (check, version) with the names `publish.validate` and
    `publish.reader` give their results; given to the EPUB renderer only by `publish check`,
    after every check passed on that very edition. The summary templates say what each covers."""

    checks: tuple[tuple[str, str], ...]
    certifier: str = CERTIFIER


# A person's role (the TOML's free text) names a MARC relator in the vocabulary of the book's
# language (language.toml, [render.roles]); the relator decides the Dublin Core element: the authors
# are creators, everyone else a contributor.  https://www.loc.gov/marc/relators/relaterm.html
ROLES_KEY = "render.roles"
CREATOR_RELATORS = frozenset({"aut"})
DEFAULT_RELATOR = "aut"

# Landmarks of the nav document: (epub:type, label); the labels are msgids, translated and the
# hrefs filled in by the renderer.
LANDMARKS: tuple[tuple[str, str], ...] = (
    ("cover", N_("Cover")),
    ("toc", N_("Contents")),
    ("bodymatter", N_("Start of the text")),
)
