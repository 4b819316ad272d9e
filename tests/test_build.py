import os

import pytest

import dataclasses

from publish import build as build_module
from publish import editions
from publish.build import build, load, output_paths, without_furniture, write_atomically
from publish.errors import PublishError
from publish.report import Change

FIXTURE = os.path.join(os.path.dirname(__file__), "fixtures", "kort-verslag.txt")


def snapshot(folder):
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def leftovers(folder):
    return [p.name for p in folder.rglob("*") if p.name.endswith(".part")]


def test_write_atomically_replaces_the_file(tmp_path):
    target = tmp_path / "a" / "boek.pdf"
    write_atomically(target, b"eerste")
    write_atomically(target, b"tweede")
    assert target.read_bytes() == b"tweede"
    assert leftovers(tmp_path) == []


def test_a_failing_write_keeps_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "boek.pdf"
    write_atomically(target, b"goed")

    def broken_replace(src, dst):
        raise OSError("disk full")
    monkeypatch.setattr(build_module.os, "replace", broken_replace)
    with pytest.raises(PublishError, match=r"boek\.pdf: cannot write the file: disk full"):
        write_atomically(target, b"half")
    assert target.read_bytes() == b"goed"
    assert leftovers(tmp_path) == []


def test_build_writes_the_editions_where_the_contract_says(tmp_path):
    from pathlib import Path
    written = build(Path(FIXTURE), tmp_path, ("html", "epub"))
    paths = output_paths(Path(FIXTURE), tmp_path)
    assert paths["html"] in written and paths["epub"] in written
    assert paths["html"] == tmp_path / "kort-verslag" / "index.html"
    assert paths["epub"].read_bytes()[:2] == b"PK"


def test_a_failed_render_leaves_previous_outputs_untouched(tmp_path, monkeypatch):
    from pathlib import Path
    build(Path(FIXTURE), tmp_path, ("html", "epub"))
    before = snapshot(tmp_path / "kort-verslag")

    def broken(document, edition, target):
        raise RuntimeError("renderer crashed")
    monkeypatch.setitem(editions.EDITIONS, "epub", dataclasses.replace(editions.EPUB, render=broken))
    with pytest.raises(RuntimeError):
        build(Path(FIXTURE), tmp_path, ("html", "epub"))
    after = snapshot(tmp_path / "kort-verslag")
    assert after == before


def test_a_build_spares_the_oldest_generation_while_it_runs_and_restores_the_collector_after(tmp_path, monkeypatch):
    import gc
    from pathlib import Path
    thresholds = gc.get_threshold()
    seen = []

    def render(document, edition, target):
        seen.append(gc.get_threshold())
        raise RuntimeError("renderer crashed")
    monkeypatch.setitem(editions.EDITIONS, "epub", dataclasses.replace(editions.EPUB, render=render))
    with pytest.raises(RuntimeError):
        build(Path(FIXTURE), tmp_path, ("epub",))
    assert seen == [(thresholds[0], thresholds[1], build_module._SPARED)]
    assert gc.get_threshold() == thresholds


def test_a_build_drops_the_layouts_it_made_when_it_ends(tmp_path):
    """Kept, they held their fonts' temporary folder (weasyprint-* in TMPDIR) until the process
    ended, and it was left behind."""
    from pathlib import Path
    from publish.render import pdf
    build(Path(FIXTURE), tmp_path, ("pdf", "epub"))
    assert pdf.print_layout.cache_info().currsize == 0
    assert pdf.written_pdf.cache_info().currsize == 0


def test_a_new_temporary_file_taken_for_a_leftover_before_it_is_locked_is_made_again(tmp_path, monkeypatch):
    """Titles built at once share OUTDIR/.publish-cache: one clearing the leftovers of killed runs
    could remove another's temporary file in the instant between its creation and its lock."""
    from publish.outputs import remove_leftovers
    real_lock, removed = build_module.lock, []

    def lock_after_another_run_cleared_the_folder(descriptor):
        if not removed:
            removed.extend(remove_leftovers(tmp_path))
        real_lock(descriptor)
    monkeypatch.setattr(build_module, "lock", lock_after_another_run_cleared_the_folder)
    write_atomically(tmp_path / "boek.json", b"inhoud")
    assert len(removed) == 1 and (tmp_path / "boek.json").read_bytes() == b"inhoud"
    assert leftovers(tmp_path) == []


def test_the_columns_check_reads_a_row_less_the_folio_run_into_it_not_the_row_removed():
    """A folio run into a table's row by the extraction ('Blad 1 van 2'): the cleaner removes
    the folio, the row stays, and so it does for the columns check; a whole line removed is left
    empty (its form feed kept); words removed from a line's middle leave it as it is."""
    row = "Offerte opvragen bij drie aannemers     Jan       1 mei       Blad 1 van 2"
    lines = [row, "\f   Blad 2 van 2", "Zie bijlage 3 van 4 voor de cijfers"]
    removals = [Change("page-number", 1, "Blad 1 van 2", ""), Change("page-number", 2, "Blad 2 van 2", ""),
                Change("page-number", 3, "3 van 4", "")]
    assert without_furniture(lines, removals) == [row[:-len("Blad 1 van 2")] + " " * len("Blad 1 van 2"),
                                                  "\f   " + " " * len("Blad 2 van 2"), lines[2]]


def test_an_action_list_with_a_folio_run_into_its_first_row_is_read_across(tmp_path):
    """Review 26h: Dutch minutes whose action list's cells run on, a folio run into its first
    row; the check found nothing, the row being left out whole."""
    table = ["Actie                                   Wie       Wanneer",
             "Offerte opvragen bij drie aannemers     Jan       1 mei       Blad 1 van 2",
             "voor het nieuwe dak",
             "Notulen rondsturen naar alle leden      Petra     15 april",
             "Zaal reserveren voor de ALV in het      Kees      1 juni",
             "dorpshuis"]
    lines = ["Notulen bestuursvergadering 12 maart 2024", "",
             "Aanwezig: Jan Jansen (voorzitter), Petra de Vries (secretaris), Kees de Wit.", "",
             "1. Opening", "De voorzitter opent de vergadering om 20.00 uur en heet iedereen welkom.", "",
             "2. Actielijst", "", *table, "3. Sluiting", "De voorzitter sluit de vergadering om 22.00 uur.",
             "Volgende vergadering: 9 april 2024.", "", "", " " * 62 + "Blad 2 van 2"]
    source = tmp_path / "notulen.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert load(source).document.side_by_side.cells_run_on == ((1, 11), (1, 14))
