"""A build leaves the document it made of a source in OUTDIR's cache (publish/document_record.py);
a later build of the same inputs for other editions takes it from there instead of cleaning and
structuring the text and searching it for foreign phrases again, and writes the same bytes; a
record of other inputs, or a damaged one, is ignored."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from publish import build as build_module
from publish import cache, document_record, foreign, languages
from publish.build import build, output_paths
from publish.document_record import Prepared
from publish.render import view

FIXTURE = Path(__file__).parent / "fixtures" / "kort-verslag.txt"
TOML = '[metadata]\ntitle = "Jaarverslag De Linde"\nlanguage = "nl"\n[notes]\n1 = "Een noot."\n'


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "verslag.txt"
    path.write_bytes(FIXTURE.read_bytes() + b"\nHet jaar sloot positief af.1 Het principe is comply or explain.\n")
    path.with_suffix(".toml").write_text(TOML, encoding="utf-8")
    return path


def prepared_of(source: Path) -> Prepared:
    return build_module._prepared(source, "utf-8")


def dated(source: Path, seconds: int) -> None:
    for path in (source, source.with_suffix(".toml")):
        os.utime(path, (seconds, seconds))


def key_of(source: Path) -> str:
    return document_record.document_key(source, "utf-8", build_module.last_modified(source))


def test_a_record_reads_back_as_the_document_made(source, tmp_path):
    prepared = prepared_of(source)
    prepared.phrases["nl"] = {"Het principe is comply or explain.": ((14, 31, "en"),), "Een zin.": ()}
    path = tmp_path / "record.json"
    path.write_bytes(document_record.encoded("k", prepared))
    assert document_record.read(path, "k") == prepared
    assert prepared.document.notes and prepared.document.metadata.title == "Jaarverslag De Linde"


def test_a_record_of_other_inputs_or_damaged_is_ignored(source, tmp_path):
    path = tmp_path / "record.json"
    record = document_record.encoded("k", prepared_of(source))
    path.write_bytes(record)
    assert document_record.read(path, "other") is None
    path.write_bytes(record.replace(b"Jaarverslag", b"Jaarboek"))
    assert document_record.read(path, "k") is None, "a payload that does not match its digest"
    path.write_bytes(record[:len(record) // 2])
    assert document_record.read(path, "k") is None
    assert document_record.read(tmp_path / "none.json", "k") is None


def test_a_text_the_build_knows_is_not_searched_again_and_a_new_one_is_added(monkeypatch):
    searched: list[str] = []

    def search(text, language):
        searched.append(text)
        return ((0, 4, "en"),)
    monkeypatch.setattr(foreign, "foreign_phrases", search)
    with view.phrases_of_build({"nl": {"Een zin.": ()}}) as phrases:
        assert view.foreign_phrases("Een zin.", "nl") == ()
        assert view.foreign_phrases("Nice dag.", "nl") == ((0, 4, "en"),)
    assert searched == ["Nice dag."]
    assert phrases == {"nl": {"Een zin.": (), "Nice dag.": ((0, 4, "en"),)}}


def test_the_key_follows_the_text_its_date_and_the_encoding(source):
    dated(source, 1_000_000_000)
    before = key_of(source)
    dated(source, 1_100_000_000)
    assert key_of(source) != before, "the edition's date is the source's"
    before = key_of(source)
    assert document_record.document_key(source, "latin-1", build_module.last_modified(source)) != before
    source.write_bytes(source.read_bytes() + b"\nNog een zin.\n")
    dated(source, 1_100_000_000)
    assert key_of(source) != before


def test_a_build_of_other_editions_takes_the_document_from_the_record(source, tmp_path, monkeypatch):
    outdir = tmp_path / "out"
    told: list[str] = []
    build(source, outdir, ("html",), warn=told.append, inform=told.append)
    preview = output_paths(source, outdir)["html"]
    first = preview.read_bytes()
    preview.unlink()

    def no_cleaning(*args):
        raise AssertionError("the source was cleaned or searched again although its record was there")
    monkeypatch.setattr(build_module, "load", no_cleaning)
    monkeypatch.setattr(foreign, "foreign_phrases", no_cleaning)
    told_again: list[str] = []
    build(source, outdir, ("html",), warn=told_again.append, inform=told_again.append)
    assert preview.read_bytes() == first
    assert told_again == told and told[0].startswith("language: Dutch")
    assert 'lang="en"' in first.decode("utf-8"), "the foreign phrase the first build found is marked"


def test_a_changed_source_is_cleaned_again(source, tmp_path):
    outdir = tmp_path / "out"
    build(source, outdir, ("html",))
    source.write_bytes(source.read_bytes() + b"\nEen nieuwe alinea met woorden.\n")
    build(source, outdir, ("html",))
    assert "Een nieuwe alinea met woorden." in output_paths(source, outdir)["html"].read_text(encoding="utf-8")


def test_the_key_follows_the_languages_data(source, tmp_path, monkeypatch):
    """The words cleaning reads and the interface labels live in the languages' folders, not in code."""
    copy = shutil.copytree(languages.FOLDER, tmp_path / "languages", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "INPUTS", tuple((copy, pattern) if folder == languages.FOLDER else (folder, pattern)
                                               for folder, pattern in cache.INPUTS))
    before = key_of(source)
    with (copy / "nl" / "language.toml").open("a", encoding="utf-8") as stream:
        stream.write("\n# a new word list entry\n")
    assert key_of(source) != before
