"""A publisher's list as input: folders, globs, .list and .csv manifests (publish/manifest.py)."""
from pathlib import Path

import pytest

from publish.errors import PublishError
from publish.manifest import Title, titles

DEFAULTS = Title(Path(), ("html", "epub", "pdf"), "utf-8")


def texts(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text("Een tekst.\n", encoding="utf-8")
    return [folder / name for name in names]


def test_a_folder_names_its_txt_files_in_order_and_nothing_else(tmp_path):
    texts(tmp_path / "boeken", "b.txt", "a.txt", "a.toml", "notities.md")
    assert [t.source.name for t in titles([tmp_path / "boeken"], DEFAULTS)] == ["a.txt", "b.txt"]


def test_a_glob_matches_txt_files_also_in_subfolders(tmp_path):
    texts(tmp_path / "lijst" / "2019", "x.txt", "x.toml")
    texts(tmp_path / "lijst" / "2020", "y.txt")
    found = titles([tmp_path / "lijst" / "**" / "*.txt"], DEFAULTS)
    assert [t.source.name for t in found] == ["x.txt", "y.txt"]


def test_a_list_manifest_reads_paths_from_its_own_folder_and_skips_comments(tmp_path):
    texts(tmp_path / "boeken", "a.txt", "b.txt")
    manifest = tmp_path / "fonds.list"
    manifest.write_text("# het fonds\nboeken/b.txt\n\n  boeken/a.txt  \n", encoding="utf-8")
    found = titles([manifest], DEFAULTS)
    assert [t.source for t in found] == [tmp_path / "boeken" / "b.txt", tmp_path / "boeken" / "a.txt"]
    assert all(t.formats == DEFAULTS.formats for t in found)


def test_a_csv_manifest_gives_options_per_title_and_the_command_line_the_rest(tmp_path):
    texts(tmp_path, "a.txt", "b.txt", "c.txt")
    manifest = tmp_path / "fonds.csv"
    manifest.write_text("source,formats,encoding\na.txt,\"epub, html\",\nb.txt,,cp1252\nc.txt\n", encoding="utf-8")
    found = {t.source.name: t for t in titles([manifest], DEFAULTS)}
    assert found["a.txt"].formats == ("epub", "html") and found["a.txt"].encoding == "utf-8"
    assert found["b.txt"].formats == DEFAULTS.formats and found["b.txt"].encoding == "cp1252"
    assert found["c.txt"] == Title(tmp_path / "c.txt", DEFAULTS.formats, "utf-8")


@pytest.mark.parametrize("content, message", [
    ("bron,formats\na.txt,html\n", "unknown column 'bron'"),
    ("source,formats\na.txt,docx\n", ":2: unknown format docx"),
    ("source,formats\na.txt,html,epub\n", ":2: more cells than columns; quote a cell"),
])
def test_a_csv_manifest_with_a_wrong_column_or_format_is_refused_by_line(tmp_path, content, message):
    manifest = tmp_path / "fonds.csv"
    manifest.write_text(content, encoding="utf-8")
    with pytest.raises(PublishError, match=message):
        titles([manifest], DEFAULTS)


def test_a_pattern_or_folder_that_names_nothing_stops_the_run_before_building(tmp_path):
    (tmp_path / "leeg").mkdir()
    with pytest.raises(PublishError, match=r"no \.txt file in this folder"):
        titles([tmp_path / "leeg"], DEFAULTS)
    with pytest.raises(PublishError, match=r"the pattern matches no \.txt file"):
        titles([tmp_path / "*.txt"], DEFAULTS)
    manifest = tmp_path / "fonds.list"
    manifest.write_text("a.txt\nnergens/*.txt\n", encoding="utf-8")
    with pytest.raises(PublishError, match=r"fonds.list:2: nergens/\*.txt: the pattern matches no"):
        titles([manifest], DEFAULTS)


def test_a_missing_source_in_a_list_is_a_title_that_fails_later_not_an_error_now(tmp_path):
    manifest = tmp_path / "fonds.list"
    manifest.write_text("ontbreekt.txt\n", encoding="utf-8")
    assert [t.source for t in titles([manifest], DEFAULTS)] == [tmp_path / "ontbreekt.txt"]
