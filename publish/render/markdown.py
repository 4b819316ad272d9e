"""Document -> Markdown: the cleaned, structured text that `publish clean` prints."""
from __future__ import annotations

from publish.model import Document
from publish.render import view
from publish.render.templating import render


def render_markdown(doc: Document) -> str:
    data = view.document(doc)
    text = render("markdown/clean.md.j2", data["lang"], d=data)
    while "\n\n\n" in text:   # template whitespace, not content
        text = text.replace("\n\n\n", "\n\n")
    return text
