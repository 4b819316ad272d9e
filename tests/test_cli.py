"""The command line as a user meets it: a real process, its output and exit status."""
import subprocess
import sys
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "kort-verslag.txt"


def publish(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "publish", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=300)


def assert_one_line_error(result, *fragments):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_help_explains_the_commands():
    result = publish("--help")
    assert result.returncode == 0
    for word in ("build", "clean", "OCR"):
        assert word in result.stdout


def test_build_help_names_the_options():
    result = publish("build", "--help")
    assert result.returncode == 0
    assert "--outdir" in result.stdout and "html,epub,pdf" in result.stdout


def test_missing_file_is_a_one_line_error(tmp_path):
    result = publish("build", tmp_path / "nergens.txt", "-o", tmp_path / "out")
    assert_one_line_error(result, "nergens.txt", "no such file")
    assert not (tmp_path / "out").exists()


def test_empty_file_is_a_one_line_error(tmp_path):
    empty = tmp_path / "leeg.txt"
    empty.write_text("")
    result = publish("clean", empty)
    assert_one_line_error(result, "leeg.txt", "empty")


def test_unknown_format_is_refused(tmp_path):
    result = publish("build", FIXTURE, "-f", "docx", "-o", tmp_path)
    assert result.returncode == 2 and "unknown format docx" in result.stderr


def test_build_a_text_without_toml(tmp_path):
    source = tmp_path / "verslag.txt"
    source.write_bytes(FIXTURE.read_bytes())
    result = publish("build", source, "-o", tmp_path / "out", "-f", "html,epub")
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "out" / "verslag"
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert '<html lang="nl"' in html and "<main" in html
    assert "koffieochtend" in html
    assert (folder / "verslag.epub").stat().st_size > 1000


def test_clean_prints_markdown_and_the_report():
    result = publish("clean", FIXTURE, "--report")
    assert result.returncode == 0, result.stderr
    assert "koffieochtend" in result.stdout
    assert "Fotografie: Jan Jansen" not in result.stdout.split("## Cleaning report")[0]
    report = result.stdout.split("## Cleaning report")[1]
    assert "Fotografie: Jan Jansen" in report and "line 22" in report


def test_check_goes_on_with_the_other_titles_when_one_cannot_be_checked(tmp_path, monkeypatch, capsys):
    """A title whose editions cannot be checked (an EPUB on disk that this source did not build)
    fails alone: the titles after it are still checked, and the exit status says one failed."""
    from publish import check
    from publish.cli import main
    from publish.errors import PublishError
    sources = [tmp_path / f"{name}.txt" for name in ("eerste", "tweede")]
    for source in sources:
        source.write_bytes(FIXTURE.read_bytes())
    checked = []

    def check_built(source, outdir, encoding, formats):
        checked.append(source.name)
        if source.name == "eerste.txt":
            raise PublishError("the EPUB on disk was not built from this source; run publish build again", source)
        return {}, None
    monkeypatch.setattr(check, "check_built", check_built)
    code = main(["check", *map(str, sources), "-f", "html", "-o", str(tmp_path / "out")])
    assert code == 1 and checked == ["eerste.txt", "tweede.txt"]
    assert "eerste.txt: the EPUB on disk was not built from this source" in capsys.readouterr().err


def test_check_prints_the_builds_warnings(tmp_path, monkeypatch, capsys):
    """A character no font of the machine has is named by the build, before the PDF/UA checker
    finds the empty box it printed."""
    from publish import check, fonts
    from publish.cli import main
    source = tmp_path / "oogst.txt"
    source.write_text("Verslag van de oogst\n\nDe oogst was goed \u2705 en iedereen was blij met de appels.\n")
    monkeypatch.setattr(fonts, "machine_has_glyph", lambda character: False)
    monkeypatch.setattr(check, "check_built", lambda source, outdir, encoding, formats: ({}, None))
    assert main(["check", str(source), "-f", "html", "-o", str(tmp_path / "out")]) == 0
    warned = capsys.readouterr().err
    assert "oogst.txt: 1 character(s) no font of this machine has a glyph for (U+2705 (1x; line 3))" in warned
