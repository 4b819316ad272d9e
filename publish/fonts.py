"""The booklet's typefaces: static cuts of the full Source Serif 4 and Source Sans 3.

The fonts bundled in styles/fonts/ are web subsets (the screen preview and the EPUB use them):
they lack old-style figures, small capitals and superior figures. The PDF is set in static
instances of the complete variable fonts from the typefaces' own OFL releases (the PyPI packages
fontpkg-source-serif-4 and fontpkg-source-sans-3), made at first use into a cache folder:
a PDF cannot use a variable font's axes, and a static cut loads and embeds quickly.

Each cut is reduced to the Latin scripts (every OpenType feature kept), instantiated at its weight
and optical size, and given a glyph of its own for the hyphen the layout inserts at a line end
(`INSERTED_HYPHEN`; see publish.render.pdf.soft_hyphens) and for each superior figure that
a character's glyph served (`_own_superior_figures`). A cut is a Modified Version under the
SIL Open Font License, and "Source" is a Reserved Font Name, so the cuts carry a family name of
their own ("Publish Serif", "Publish Sans"); they are made on the user's machine from the
installed packages and never distributed. The same versions give the same bytes every time.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from publish import installed, user_cache

# The character the print stylesheet gives `hyphenate-character`: a private-use code point, so
# its glyph is the inserted hyphen and nothing else, whatever the text contains.
INSERTED_HYPHEN = "\ue0ad"
RECIPE = 2   # raise when a change below changes the cuts' bytes


@dataclass(frozen=True)
class Cut:
    """One static instance: the family and style the stylesheet asks for, and where it comes from."""

    family: str           # the family name of the cut (CSS and the font's own name table)
    style: str            # "normal" or "italic"
    weight: int
    package: str          # the PyPI package holding the variable font
    module: str           # its import name
    file: str             # the variable font inside the package's files/ folder
    axes: tuple[tuple[str, float], ...]

    @property
    def file_name(self) -> str:
        return f"{self.family.replace(' ', '')}-{self.style}-{self.weight}.ttf"

    @property
    def style_name(self) -> str:
        names = {400: "Regular", 600: "Semibold", 700: "Bold"}
        name = names.get(self.weight, str(self.weight))
        if self.style == "italic":
            return "Italic" if self.weight == 400 else f"{name} Italic"
        return name


SERIF = ("Publish Serif", "fontpkg-source-serif-4", "fontpkg_source_serif_4")
SANS = ("Publish Sans", "fontpkg-source-sans-3", "fontpkg_source_sans_3")
# Text is set at 8.5-13.5 pt: one optical size (10 pt) serves it; Source Sans has no opsz axis.
CUTS = (
    Cut(SERIF[0], "normal", 400, SERIF[1], SERIF[2], "SourceSerif4[opsz,wght].ttf", (("wght", 400), ("opsz", 10))),
    Cut(SERIF[0], "italic", 400, SERIF[1], SERIF[2], "SourceSerif4-Italic[opsz,wght].ttf",
        (("wght", 400), ("opsz", 10))),
    Cut(SANS[0], "normal", 400, SANS[1], SANS[2], "SourceSans3[wght].ttf", (("wght", 400),)),
    Cut(SANS[0], "normal", 600, SANS[1], SANS[2], "SourceSans3[wght].ttf", (("wght", 600),)),
    Cut(SANS[0], "normal", 700, SANS[1], SANS[2], "SourceSans3[wght].ttf", (("wght", 700),)),
)

# What the cuts keep of the variable fonts: the Latin of the web subsets (styles/fonts) and the
# punctuation, figures, currency and arrows a Dutch text may use.
UNICODES = (
    *range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x250, 0x300), *range(0x300, 0x370),
    *range(0x1E00, 0x1F00), *range(0x2000, 0x20D0), *range(0x2100, 0x2200), *range(0x2212, 0x2216),
    0xFEFF,
)


class FontsMissing(RuntimeError):
    """The typefaces' packages are not installed."""


def repertoire(family: str) -> frozenset[int]:
    """The code points every cut of `family` (SERIF[0] or SANS[0]) has a glyph for: those of UNICODES
    that each of its variable fonts draws.  UNICODES asks for whole blocks, which the fonts fill only
    in part (Source Serif has no "ĳ" nor "⇒", which Source Sans has; neither font a replacement
    character U+FFFD): the PDF takes the rest from another font."""
    from fontTools.ttLib import TTFont
    held = set(UNICODES)
    for font in sorted({source_font(cut) for cut in CUTS if cut.family == family}):
        held &= TTFont(font, lazy=True).getBestCmap().keys()
    return frozenset(held)


def source_font(cut: Cut) -> Path:
    """The variable font a cut is made from, in its installed package."""
    folder = installed.package_folder(cut.module)
    if folder is None:
        raise FontsMissing(f"the PDF needs the {cut.package} package: pip install {cut.package}")
    return folder / "files" / cut.file


def font_key() -> str:
    """A digest of what the cuts are made of: the recipe, the packages and fontTools."""
    digest = hashlib.sha256(f"recipe {RECIPE}".encode())
    for package, module in sorted({(cut.package, cut.module) for cut in CUTS} | {("fonttools", "fontTools")}):
        digest.update(f"{package} {installed.version(package, module)}\n".encode())
    for cut in CUTS:
        digest.update(repr(cut).encode())
    return digest.hexdigest()[:16]


def cache_root() -> Path:
    """$PUBLISH_FONT_CACHE, else publish/fonts under $XDG_CACHE_HOME (or ~/.cache)."""
    if os.environ.get("PUBLISH_FONT_CACHE"):
        return Path(os.environ["PUBLISH_FONT_CACHE"])
    return user_cache.folder("fonts")


@lru_cache(maxsize=1)
def print_fonts() -> Path:
    """The folder holding every cut, made on first use (a minute or two, once per machine)."""
    folder = cache_root() / font_key()
    folder.mkdir(parents=True, exist_ok=True)
    for cut in CUTS:
        target = folder / cut.file_name
        if not target.is_file():
            _write_atomically(target, make_cut(cut))
    licence = folder / "OFL.txt"
    if not licence.is_file():
        _write_atomically(licence, (source_font(CUTS[0]).parent.parent / "LICENSE").read_bytes())
    return folder


def make_cut(cut: Cut) -> bytes:
    """The static instance `cut` as TrueType bytes: subset, instantiated, hyphen added, renamed."""
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    font = TTFont(source_font(cut), recalcTimestamp=False)
    options = subset.Options(layout_features=["*"], name_IDs=["*"], name_languages=["*"],
                             notdef_outline=True, hinting=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    font = instancer.instantiateVariableFont(font, dict(cut.axes), static=True)
    _add_inserted_hyphen(font)
    _own_superior_figures(font)
    _rename(font, cut)
    font["head"].modified = font["head"].created     # no clock in the bytes
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _add_inserted_hyphen(font) -> None:
    """A copy of the hyphen glyph, reached only from INSERTED_HYPHEN."""
    name = _copy_glyph(font, font.getBestCmap()[ord("-")], "hyphen.inserted")
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap[ord(INSERTED_HYPHEN)] = name


def _own_superior_figures(font) -> None:
    """The superior figures the note numbers are set in (font-variant-position: super, the `sups`
    feature) become glyphs of their own where a character reaches the same glyph: Source's `sups`
    turns '1', '2' and '3' into the glyphs of '¹', '²' and '³'. A PDF maps each glyph to one text,
    the first it was shaped from, so in a text that also prints 'inno³' the note number 35 read
    as '³5' and joined the word before it ('naming³5')."""
    reached = set(font.getBestCmap().values())
    gsub = font["GSUB"].table
    copies: dict[str, str] = {}
    for record in gsub.FeatureList.FeatureRecord:
        if record.FeatureTag != "sups":
            continue
        for index in record.Feature.LookupListIndex:
            for table in gsub.LookupList.Lookup[index].SubTable:
                mapping = getattr(getattr(table, "ExtSubTable", table), "mapping", {})
                for figure, superior in mapping.items():
                    if superior in reached:
                        if superior not in copies:
                            copies[superior] = _copy_glyph(font, superior, f"{superior}.sups")
                        mapping[figure] = copies[superior]


def _copy_glyph(font, glyph: str, name: str) -> str:
    """A new glyph `name` drawn as `glyph`, at the end of the glyph order; its name."""
    order = font.getGlyphOrder() + [name]
    font["glyf"].glyphs[name] = font["glyf"][glyph]
    font.setGlyphOrder(order)
    font["glyf"].glyphOrder = order
    font["hmtx"].metrics[name] = font["hmtx"].metrics[glyph]
    font["maxp"].numGlyphs = len(order)
    return name


def _rename(font, cut: Cut) -> None:
    """The cut's own family name in every name record that names the font (IDs 1-4, 6, 16, 17)."""
    source_family = font["name"].getDebugName(16) or font["name"].getDebugName(1)
    full = f"{cut.family} {cut.style_name}"
    postscript = f"{cut.family.replace(' ', '')}-{cut.style_name.replace(' ', '')}"
    names = {1: cut.family, 2: cut.style_name, 3: f"publish;{postscript}", 4: full, 6: postscript,
             16: cut.family, 17: cut.style_name}
    table = font["name"]
    table.names = [record for record in table.names if record.nameID not in (*names, 21, 22, 25)]
    for name_id, text in names.items():
        table.setName(text, name_id, 3, 1, 0x409)
    table.setName(f"Derived by publish from {source_family} (SIL Open Font License 1.1)", 5, 3, 1, 0x409)


def _write_atomically(path: Path, data: bytes) -> None:
    """Two builds making the same cut at once both write the same bytes; a rename is atomic."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def font_faces_css() -> str:
    """@font-face rules for the cuts, by absolute file URL (the PDF fetcher serves this folder)."""
    folder = print_fonts()
    rules = []
    for cut in CUTS:
        rules.append(f'@font-face {{ font-family: "{cut.family}"; font-style: {cut.style}; '
                     f'font-weight: {cut.weight}; src: url("{(folder / cut.file_name).as_uri()}"); }}')
    return "\n".join(rules) + "\n"


@cache
def machine_has_glyph(character: str) -> bool | None:
    """Whether a font of this machine that fontconfig knows, where WeasyPrint looks for a glyph the
    booklet's fonts lack, has one for `character`; None when that cannot be asked (no fc-list)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        found = subprocess.run([fc_list, f":charset={ord(character):x}", "family"], capture_output=True,
                               text=True, timeout=30, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return bool(found.stdout.strip())
