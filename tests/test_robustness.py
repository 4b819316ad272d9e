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
def test_hostile_epub_passes_epubcheck(tmp_path, epubcheck):
    source = tmp_path / "gevaar.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    assert run_cli("build", source, "-o", tmp_path / "out", "-f", "epub") == 0
    result = epubcheck(tmp_path / "out" / "gevaar" / "gevaar.epub")
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
# SIGINT acts as Ctrl-C does in a terminal even when the suite was started with it ignored (a
# background job of a script, nohup), which Python would otherwise leave ignored in the child.
ANNOUNCING_PUBLISH = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
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
    import dataclasses
    from publish import editions
    editions.EDITIONS["pdf"] = dataclasses.replace(editions.BOOKLET, render=announce(editions.BOOKLET.render))
else:
    build.rename_into_place = announce(build.rename_into_place)
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
    source.write_bytes(FIXTURE.read_bytes() + b"\nNog een alinea.\n")
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
def test_any_text_that_builds_gives_a_valid_epub(tmp_path, epubcheck, text):
    source = tmp_path / "willekeurig.txt"
    source.write_text(text, encoding="utf-8")
    if run_cli("build", source, "-o", tmp_path / "out", "-f", "epub") != 0:
        return                              # refused with a clean error: covered above
    result = epubcheck(tmp_path / "out" / "willekeurig" / "willekeurig.epub")
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


# ----------------------------------------------------------------------------- round two of the red team

def run_publish(*args, cwd=None, timeout=300, **options) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "publish", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout, **options)


def assert_one_line_error(result, *words):
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("publish: error:") and len(result.stderr.splitlines()) == 1, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert all(word in result.stderr for word in words), result.stderr


@pytest.mark.parametrize("name", ["...txt", "..txt"])
def test_a_source_whose_stem_is_a_dot_folder_writes_nothing_outside_outdir(tmp_path, name):
    parent = tmp_path / "P"
    parent.mkdir()
    (parent / "index.html").write_text("mijn eigen pagina")
    source = tmp_path / name
    source.write_bytes(FIXTURE.read_bytes())
    assert_one_line_error(run_publish("build", source, "-o", parent / "outdir", "-f", "html"), name)
    assert sorted(p.name for p in parent.iterdir()) == ["index.html"]          # no outdir, no base.css, no fonts/
    assert (parent / "index.html").read_text() == "mijn eigen pagina"


def test_two_sources_with_one_stem_are_refused_before_anything_is_built(tmp_path):
    sources = []
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        sources.append(tmp_path / folder / "x.txt")
        sources[-1].write_bytes(FIXTURE.read_bytes())
    result = run_publish("build", *sources, "-o", tmp_path / "out", "-f", "html")
    assert_one_line_error(result, str(sources[0]), str(sources[1]), "x")
    assert not (tmp_path / "out" / "x").exists()


def test_one_source_named_twice_is_built_once(tmp_path):
    result = run_publish("build", FIXTURE, FIXTURE, "-o", tmp_path / "out", "-f", "html")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(tmp_path / "out" / "kort-verslag" / "index.html")]


def limit_file_size(size: int):
    """For preexec_fn: no file written may grow beyond size bytes (a full disk, or `ulimit -f`)."""
    import resource

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return limit


def test_a_full_disk_leaves_every_previous_edition_whole(tmp_path):
    source, outdir, folder = rebuild_setup(tmp_path)
    before = snapshot(folder)
    # index.html, the styles and the fonts fit; the EPUB (about 270 kB) does not.
    result = run_publish("build", source, "-o", outdir, preexec_fn=limit_file_size(100_000))
    assert_one_line_error(result, "kort-verslag", "File too large")
    assert snapshot(folder) == before                  # not the new index.html beside the old EPUB
    assert not list(outdir.rglob("*.part"))
    assert run_publish("build", source, "-o", outdir).returncode == 0      # room again: a real rebuild
    assert snapshot(folder)[Path("index.html")] != before[Path("index.html")]


def test_an_outdir_that_is_a_file_is_a_one_line_error(tmp_path):
    (tmp_path / "out").write_text("geen map")
    assert_one_line_error(run_publish("build", FIXTURE, "-o", tmp_path / "out", "-f", "html"), "out")


def test_an_output_folder_that_is_a_file_is_a_one_line_error(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "kort-verslag").write_text("geen map")
    assert_one_line_error(run_publish("build", FIXTURE, "-o", tmp_path / "out", "-f", "html"), "kort-verslag")


def test_a_read_only_outdir_is_a_one_line_error(tmp_path):
    outdir = tmp_path / "out"
    outdir.mkdir()
    # root writes into a folder without write permission; an immutable folder stops root too.
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(outdir)], capture_output=True).returncode != 0:
            pytest.skip("chattr +i is not available here")
    else:
        outdir.chmod(0o555)
    try:
        assert_one_line_error(run_publish("build", FIXTURE, "-o", outdir, "-f", "html"), "out")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(outdir)])
        outdir.chmod(0o755)


HOLD_A_LOCK = """
import fcntl, os, sys, time
descriptor = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.flock(descriptor, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(120)
"""


def test_leftovers_of_killed_runs_are_removed_and_nothing_else(tmp_path):
    outdir = tmp_path / "out"
    assert run_cli("build", FIXTURE, "-o", outdir, "-f", "html") == 0
    folder = outdir / "kort-verslag"
    leftovers = [folder / ".index.html.k1ll3d_9.part", folder / "fonts" / ".a.woff2.abcdefgh.part",
                 outdir / ".publish-cache" / ".kort-verslag.json.12345678.part"]
    others = [folder / "aantekeningen.part", folder / ".index.html.part", outdir / ".x.abcdefgh.part"]
    for path in leftovers + others:
        path.write_bytes(b"half geschreven")
    live = folder / ".kort-verslag.epub.l1v3l1v3.part"            # another build writing right now
    holder = subprocess.Popen([sys.executable, "-c", HOLD_A_LOCK, str(live)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = run_publish("build", FIXTURE, "-o", outdir, "-f", "html")
        assert result.returncode == 0 and "unchanged" in result.stderr, result.stderr   # cleared on a no-op too
        assert [path.exists() for path in leftovers] == [False] * len(leftovers)
        assert all(path.exists() for path in others) and live.exists()
    finally:
        holder.kill()
        holder.wait()


# Runs `publish` with every worker stopping, for good, right after it has staged an EPUB:
# it prints "staged" and sleeps, holding its temporary files, until something ends it.
STALLING_PUBLISH = """
import os, sys, time
import publish.build as build
stage = build._stage
def stalling(path, data):
    staged = stage(path, data)
    if path.suffix == ".epub":
        print("staged", os.getpid(), flush=True)
        time.sleep(300)
    return staged
build._stage = stalling
from publish.cli import main
sys.exit(main(sys.argv[1:]))
"""


def alive(pid: int) -> bool:
    """Running or stopped; a zombie (dead, not yet reaped by whoever adopted it) is not alive."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers end with their parent on Linux")
def test_kill_9_of_a_parallel_build_ends_its_workers_and_the_next_run_clears_their_leftovers(tmp_path):
    import time
    sources = [tmp_path / f"deel{n}.txt" for n in range(3)]
    for source in sources:
        source.write_bytes(FIXTURE.read_bytes())
    outdir = tmp_path / "out"
    errors = tmp_path / "stderr.txt"
    with errors.open("w") as stderr:
        parent = subprocess.Popen([sys.executable, "-c", STALLING_PUBLISH, "build", *map(str, sources), "-o",
                                   str(outdir), "-f", "html,epub", "-j", "2"],
                                  stdout=subprocess.PIPE, stderr=stderr, text=True)
    staged = [parent.stdout.readline() for _ in range(2)]
    # (It once ended before staging under a loaded CI machine; what it said then is the lead.)
    assert all(line.startswith("staged") for line in staged), (staged, parent.poll(), errors.read_text())
    workers = [int(line.split()[1]) for line in staged]
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 15
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    survivors = [pid for pid in workers if alive(pid)]
    for pid in survivors:                                         # a failing run leaves no orphans
        os.kill(pid, signal.SIGKILL)
    assert not survivors, "workers outlived their parent"
    assert not list(outdir.rglob("*.epub"))                       # none renamed into place
    assert list(outdir.rglob("*.part"))                           # the killed run's temporary files
    result = run_publish("build", *sources, "-o", outdir, "-f", "html,epub")
    assert result.returncode == 0, result.stderr
    assert not list(outdir.rglob("*.part"))
    assert len(list(outdir.rglob("*.epub"))) == 3


# The red team's "internal error" cases, through the whole command (the cache reads the
# source and TOML before the build does): each is a one-line error naming what is wrong.
TOML_CASES = {
    "directory": (None, "is a directory"),
    "nested 3,000 deep": ("[metadata]\ncontact = " + "[" * 3000 + "]" * 3000 + "\n", "nested too deeply"),
    "control character in language": ('[metadata]\nlanguage = "nl\\u0007"\n', "U+0007"),
    "not a language": ('[metadata]\nlanguage = "not a language"\n', "BCP 47"),
    "empty title": ('[metadata]\ntitle = " "\n', "empty"),
    "empty author": ('[[metadata.authors]]\nname = ""\n', "empty"),
}


@pytest.mark.parametrize("case", TOML_CASES)
def test_a_bad_toml_is_a_one_line_error_through_the_whole_command(tmp_path, case):
    toml, words = TOML_CASES[case]
    source = tmp_path / "boekje.txt"
    source.write_bytes(FIXTURE.read_bytes())
    if toml is None:
        source.with_suffix(".toml").mkdir()
    else:
        source.with_suffix(".toml").write_text(toml, encoding="utf-8")
    result = run_publish("build", source, "-o", tmp_path / "out", "-f", "html,epub")
    assert_one_line_error(result, "boekje.toml", words)
    assert not list((tmp_path / "out").rglob("*.epub"))


def test_a_toml_year_after_2107_builds_a_valid_epub(tmp_path, epubcheck):
    source = tmp_path / "boekje.txt"
    source.write_bytes(FIXTURE.read_bytes())
    source.with_suffix(".toml").write_text("[metadata]\nyear = 2108\n", encoding="utf-8")
    result = run_publish("build", source, "-o", tmp_path / "out", "-f", "epub")
    assert result.returncode == 0, result.stderr
    checked = epubcheck(tmp_path / "out" / "boekje" / "boekje.epub")
    assert checked.valid, [m.message for m in checked.messages]


@pytest.mark.parametrize("codec", ["rot13", "base64", "zlib", "punycode"])
def test_a_codec_that_is_no_text_encoding_is_a_one_line_error_through_the_whole_command(tmp_path, codec):
    assert_one_line_error(run_publish("build", FIXTURE, "-o", tmp_path / "out", "--encoding", codec, "-f", "html"),
                          "not a text encoding")


def test_a_utf_16_source_builds_through_the_whole_command(tmp_path):
    source = tmp_path / "verslag.txt"
    source.write_bytes(FIXTURE.read_text(encoding="utf-8").encode("utf-16"))
    result = run_publish("build", source, "-o", tmp_path / "out", "--encoding", "utf-16", "-f", "html")
    assert result.returncode == 0, result.stderr
    assert "koffieochtend" in (tmp_path / "out" / "verslag" / "index.html").read_text(encoding="utf-8")
