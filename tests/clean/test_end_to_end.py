from publish.clean import clean
from clean_helpers import source


def test_clean_gives_blocks_changes_and_suspicious_words():
    cleaned = clean(source("Titel\n\nDit is een zin die door-\nloopt. Oorsponkelijke tekst.\n\n12\n"))
    assert [block.text for block in cleaned.blocks] == ["Titel", "Dit is een zin die doorloopt. Oorsponkelijke tekst."]
    kinds = {change.kind for change in cleaned.changes}
    assert {"hyphen-join", "page-number"} <= kinds
    assert ("Oorsponkelijke", 4) in cleaned.suspicious
