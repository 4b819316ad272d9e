"""Hand-built Documents for the renderer tests: a tiny one, a realistic booklet and a hostile one."""
from __future__ import annotations

from publish.model import (
    BulletList, Chapter, Document, Heading, ListItem, Metadata, Note, NoteRef, Paragraph, Person, PullQuote, Text,
)

L = (1, 1)   # source lines do not matter to a renderer
MODIFIED = 1_600_000_000   # when a source file would have last changed (2020-09-13)


def para(*parts, style="body") -> Paragraph:
    return Paragraph(tuple(Text(p) if isinstance(p, str) else NoteRef(p) for p in parts), L, style)


def small_document() -> Document:
    return Document(
        metadata=Metadata(title="Klein boekje", authors=(Person("An de Vries", "auteur"),), year=2020),
        chapters=(Chapter("een", "Eén hoofdstuk", ("An de Vries",), (para("Een zin met een noot", 1, "."),), (1, 3)),),
        modified=MODIFIED,
    )


SENTENCE = ("De scheidslijnen lopen dwars door elkaar heen: tussen stad en land, tussen hoog- en laagopgeleid, "
            "tussen etnische groepen, tussen mensen met en zonder een sociaal netwerk. ")


def body(n: int, seed: str = "") -> tuple[Paragraph, ...]:
    return tuple(para(seed + SENTENCE * (2 + i % 3)) for i in range(n))


def booklet(notes: bool = False) -> Document:
    """The shapes of the Heermalezing: foreword, lecture with sections, lists and notes, a co-lecture."""
    foreword = Chapter(
        "voorwoord", "Voorwoord", ("Pauline Meurs",),
        (para("Van een eenduidige tweedeling in de Nederlandse maatschappij is geen sprake.", style="lede"),)
        + body(6)
        + (para("Pauline Meurs", style="signature"), para("Voorzitter Enneüs Heermalezing", style="signature")),
        (10, 60), kind="foreword")
    lecture = Chapter(
        "lezing", "Voorbij de tweedeling",
        ("Prof. dr. Kim Putters", "Directeur van het Sociaal en Cultureel Planbureau"),
        (para("Dames en heren, hartelijk dank voor de gelegenheid om hier de lezing te mogen uitspreken.",
              style="lede"),
         para("Burgers worden opgeroepen actief te zijn in een doe-democratie, voor de leefbaarheid in de wijk", 1,
              ". Maar welke groepen blijven daarbij achter?"))
        + body(5)
        + (Heading(2, (Text("Kwaliteit van leven in Nederland"),), L),
           para("Laten we eerst kijken naar hoe het met Nederland gaat", 2, ". Eigenlijk gaat het heel goed."))
        + body(6)
        + (PullQuote((Text("Verschillen tussen mensen zijn geen probleem."),), L),)
        + body(4)
        + (Heading(2, (Text("Binding in dorpen en steden anno 2015"),), L),
           Heading(3, (Text("Sociale binding"),), L))
        + body(5)
        + (BulletList((ListItem((Text("Beslis niet vóór mensen wat er nodig is, maar help inwoners samen duurzame "
                                      "oplossingen te vinden."),), L),
                       ListItem((Text("Investeer in plekken waar mensen elkaar ontmoeten."),), L),
                       ListItem((Text("Zorg voor gemengde wijken."),), L)), L),)
        + body(8)
        + (Heading(2, (Text("Tot slot"),), L),) + body(4),
        (61, 400))
    coreferaat = Chapter(
        "coreferaat", "De participatiesamenleving maakt tweedeling scherper", ("Sofie Vriends",),
        body(7)
        + (BulletList((ListItem((Text("eerste punt"),), L), ListItem((Text("tweede punt"),), L)), L, ordered=True),)
        + body(3), (401, 600))
    return Document(
        metadata=Metadata(
            title="Voorbij de tweedeling", subtitle="Werken aan maatschappelijke waarde",
            series="Enneüs Heermalezing 2015", publisher="de Alliantie", year=2015,
            authors=(Person("prof. dr. Kim Putters", "lezing"), Person("Sofie Vriends", "coreferaat"),
                     Person("Pauline Meurs", "voorwoord")),
            contact=("Inge van Reisen (bestellen boekjes)", "e-mail: ivanreisen@de-alliantie.nl",
                     "www.de-alliantie.nl"),
            description="De Enneüs Heermalezing 2015."),
        chapters=(foreword, lecture, coreferaat),
        notes=((Note(1, (Text("SCP, De sociale staat van Nederland 2015."),)),
                Note(2, (Text("Zie ook hoofdstuk 3."),))) if notes else ()),
        source_name="booklet.txt",
        modified=MODIFIED,
    )


HOSTILE = "<script>alert('x')</script> ]]> & {{ 7*7 }} {% raw %} \u202eRTL\u202c zero\u200bwidth \x00\x07\x1b bell"


def hostile_document() -> Document:
    return Document(
        metadata=Metadata(title=HOSTILE, subtitle=HOSTILE, series=HOSTILE, publisher=HOSTILE,
                          authors=(Person(HOSTILE, HOSTILE),), contact=(HOSTILE,), description=HOSTILE),
        chapters=(Chapter("x\"><script>", HOSTILE, (HOSTILE,),
                          (para(HOSTILE), Heading(2, (Text(HOSTILE),), L), PullQuote((Text(HOSTILE),), L),
                           BulletList((ListItem((Text(HOSTILE),), L),), L)), (1, 2)),),
        front_lines=(HOSTILE,),
        notes=(Note(1, (Text(HOSTILE),)),),
        modified=MODIFIED,
    )


def nested_list_document() -> Document:
    """A numbered list whose third item announces lettered sub-items and whose fifth has none
    of its own text but its sub-items ("5. (a) ..."): the outer numbering goes on after them."""
    def item(text: str, sub: BulletList | None = None) -> ListItem:
        return ListItem((Text(text),) if text else (), L, sub)
    lettered = BulletList((item("de voorzitter;"), item("de penningmeester.")), L, ordered=True, numbering="a")
    bulleted = BulletList((item("in de zaal"), item("op het plein")), L)
    steps = BulletList((item("Het bestuur vergadert."), item("Het bestuur stelt de agenda op."),
                        item("Het bestuur benoemt:", lettered), item("Het bestuur legt verantwoording af."),
                        item("", bulleted), item("Het bestuur treedt af.")), L, ordered=True)
    chapter = Chapter("reglement", "Reglement", (), (para("Het bestuur heeft zes taken."), steps), (1, 12))
    return Document(metadata=Metadata(title="Reglement"), chapters=(chapter,), modified=MODIFIED)
