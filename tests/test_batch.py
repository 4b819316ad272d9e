import subprocess
import sys
import tempfile
from pathlib import Path

from publish.batch import build_all, build_one

FIXTURE = Path(__file__).parent / "fixtures" / "kort-verslag.txt"


def copy_fixture(folder: Path, name: str = "verslag") -> Path:
    source = folder / f"{name}.txt"
    source.write_bytes(FIXTURE.read_bytes())
    return source


def test_an_unchanged_source_is_not_rebuilt(tmp_path):
    source = copy_fixture(tmp_path)
    first = build_one(source, tmp_path / "out", ("html", "epub"), "utf-8")
    second = build_one(source, tmp_path / "out", ("html", "epub"), "utf-8")
    assert not first.reused and second.reused
    assert first.files == second.files


def test_a_changed_toml_or_damaged_output_rebuilds(tmp_path):
    source = copy_fixture(tmp_path)
    outdir = tmp_path / "out"
    build_one(source, outdir, ("html",), "utf-8")
    source.with_suffix(".toml").write_text('[metadata]\ntitle = "Nieuwe titel"\n', encoding="utf-8")
    rebuilt = build_one(source, outdir, ("html",), "utf-8")
    assert not rebuilt.reused
    assert "Nieuwe titel" in (outdir / "verslag" / "index.html").read_text(encoding="utf-8")
    (outdir / "verslag" / "index.html").write_text("beschadigd")
    assert not build_one(source, outdir, ("html",), "utf-8").reused


def test_a_fresh_outdir_is_a_cold_build(tmp_path):
    source = copy_fixture(tmp_path)
    build_one(source, tmp_path / "a", ("html",), "utf-8")
    assert not build_one(source, tmp_path / "b", ("html",), "utf-8").reused


def test_several_sources_build_in_parallel_and_failures_are_reported(tmp_path):
    good = [copy_fixture(tmp_path, f"deel{i}") for i in range(3)]
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    outcomes = build_all(good + [empty], tmp_path / "out", ("html",), "utf-8", jobs=2)
    assert [o.source for o in outcomes] == good + [empty]
    assert all(o.error is None and o.files for o in outcomes[:3])
    assert "leeg.txt" in outcomes[3].error and "empty" in outcomes[3].error


def test_parallel_builds_leave_no_font_folders_in_the_temporary_folder(tmp_path, monkeypatch):
    # Each laid-out booklet holds a folder of font files (weasyprint-*) that goes when the layout
    # is freed; a pool worker ends without the interpreter's clean-up and left its last one.
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))     # the forked workers inherit it
    sources = [copy_fixture(tmp_path, f"deel{i}") for i in range(2)]
    outcomes = build_all(sources, tmp_path / "out", ("pdf",), "utf-8", jobs=2)
    assert [o.error for o in outcomes] == [None, None]
    assert list(temporary.glob("weasyprint-*")) == []


def build_in(folder: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "publish", "build", *map(str, args)], cwd=folder,
                          capture_output=True, text=True, timeout=300)


def test_the_cache_checks_the_outputs_of_this_outdir_from_any_working_folder(tmp_path):
    import shutil
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    copy_fixture(first)
    assert build_in(first, "verslag.txt", "-o", "out", "-f", "html,epub").returncode == 0
    shutil.copytree(first / "out", second / "out")               # the same files, in another folder
    (first / "out" / "verslag" / "verslag.epub").unlink()
    result = build_in(second, first / "verslag.txt", "-o", first / "out", "-f", "html,epub")
    assert result.returncode == 0 and "unchanged" not in result.stderr, result.stderr
    assert (first / "out" / "verslag" / "verslag.epub").is_file()


def test_a_copied_outdir_with_a_missing_edition_is_rebuilt(tmp_path):
    import shutil
    source = copy_fixture(tmp_path)
    assert build_one(source, tmp_path / "out", ("html", "epub"), "utf-8").files
    shutil.copytree(tmp_path / "out", tmp_path / "kopie")
    (tmp_path / "kopie" / "verslag" / "verslag.epub").unlink()
    outcome = build_one(source, tmp_path / "kopie", ("html", "epub"), "utf-8")
    assert not outcome.reused and (tmp_path / "kopie" / "verslag" / "verslag.epub").is_file()


def test_a_reused_build_lists_its_files_as_a_fresh_one_does(tmp_path):
    source = copy_fixture(tmp_path)
    fresh = build_one(source, tmp_path / "out", ("html", "epub"), "utf-8")
    reused = build_one(source, tmp_path / "out", ("html", "epub"), "utf-8")
    assert reused.reused and reused.files == fresh.files


def test_any_deleted_or_altered_output_is_restored_by_the_next_build(tmp_path):
    source = copy_fixture(tmp_path)
    outdir = tmp_path / "out"
    build_one(source, outdir, ("html", "epub"), "utf-8")
    folder = outdir / "verslag"
    originals = {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
    for n, path in enumerate(sorted(originals)):
        if n % 2:
            path.unlink()
        else:
            path.write_bytes(b"beschadigd")
        outcome = build_one(source, outdir, ("html", "epub"), "utf-8")
        assert not outcome.reused, path
        assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()} == originals, path
