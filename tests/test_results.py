"""A list run as a publisher meets it: the results file, the exit status, and a run that resumes."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SEED = Path(__file__).parent.parent / "seeds" / "heermalezing-2015.txt"
FIXTURE = Path(__file__).parent / "fixtures" / "kort-verslag.txt"


def publish(folder: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "publish", "build", *map(str, args)], cwd=folder,
                          capture_output=True, text=True, timeout=300)


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_failing_titles_do_not_stop_the_others_and_the_exit_status_counts_them(tmp_path):
    books = tmp_path / "boeken"
    books.mkdir()
    for name in ("a", "b"):
        (books / f"{name}.txt").write_bytes(FIXTURE.read_bytes())
    (books / "leeg.txt").write_text("")
    (books / "binair.txt").write_bytes(b"\x00\x01")
    manifest = tmp_path / "fonds.csv"            # b gets its booklet too
    manifest.write_text("source,formats\nboeken/a.txt\nboeken/b.txt,\"html,pdf\"\nboeken/leeg.txt\n"
                        "boeken/binair.txt\n", encoding="utf-8")
    result = publish(tmp_path, manifest, "-f", "html", "-o", "out", "--results", "uit.jsonl")
    assert result.returncode == 2, result.stderr
    assert "2 of 4 titles failed" in result.stderr
    records = {Path(r["source"]).name: r for r in lines(tmp_path / "uit.jsonl")}
    assert sorted(records) == ["a.txt", "b.txt", "binair.txt", "leeg.txt"]
    assert records["a.txt"]["status"] == "built" and records["a.txt"]["editions"] == ["out/a/index.html"]
    assert records["a.txt"]["words"] > 50 and records["a.txt"]["pages"] is None      # no PDF asked
    assert records["a.txt"]["peak_memory_mb"] > 10 and records["a.txt"]["error"] is None
    from pypdf import PdfReader
    assert records["b.txt"]["pages"] == len(PdfReader(tmp_path / "out" / "b" / "b.pdf").pages) > 1
    assert records["leeg.txt"]["status"] == "failed" and "empty" in records["leeg.txt"]["error"]

    (books / "leeg.txt").write_bytes(FIXTURE.read_bytes())           # fixed; the others unchanged
    again = publish(tmp_path, manifest, "-f", "html", "-o", "out", "--results", "uit.jsonl")
    assert again.returncode == 1 and "unchanged" in again.stderr
    rerun = {Path(r["source"]).name: r for r in lines(tmp_path / "uit.jsonl")}
    assert len(rerun) == 4 and rerun["a.txt"] == records["a.txt"]    # kept, with its first build's figures
    assert rerun["leeg.txt"]["status"] == "built" and rerun["binair.txt"]["status"] == "failed"


def test_a_results_file_that_is_not_one_is_refused_before_anything_is_built(tmp_path):
    (tmp_path / "verslag.txt").write_bytes(FIXTURE.read_bytes())
    (tmp_path / "fonds.csv").write_text("source\nverslag.txt\n", encoding="utf-8")
    result = publish(tmp_path, "verslag.txt", "-o", "out", "--results", "fonds.csv")
    assert result.returncode == 1 and "fonds.csv:1: is not a results file" in result.stderr
    assert (tmp_path / "fonds.csv").read_text(encoding="utf-8") == "source\nverslag.txt\n"
    assert not (tmp_path / "out").exists()


def test_a_killed_list_resumes_and_builds_every_title_once(tmp_path):
    books = tmp_path / "boeken"
    books.mkdir()
    for n in range(6):
        (books / f"titel{n}.txt").write_bytes(SEED.read_bytes())
    command = [sys.executable, "-m", "publish", "build", "boeken", "-f", "html", "-o", "out",
               "--results", "uit.jsonl"]
    run = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = tmp_path / "uit.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and run.poll() is None:
        if results.exists() and len(results.read_text(encoding="utf-8").splitlines()) >= 2:
            break
        time.sleep(0.01)
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    before = lines(results)                                           # valid JSON Lines after a kill
    assert 2 <= len(before) < 6
    built = {r["source"]: {p: os.stat(tmp_path / p).st_mtime_ns for p in r["editions"]} for r in before}

    resumed = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    after = lines(results)
    assert sorted(r["source"] for r in after) == [f"boeken/titel{n}.txt" for n in range(6)]
    for record in after:
        if record["source"] in built:                                 # not built again
            assert {p: os.stat(tmp_path / p).st_mtime_ns for p in record["editions"]} == built[record["source"]]
        else:                                                         # built now, or finished as it was killed
            assert record["status"] in ("built", "unchanged")
    assert not list((tmp_path / "out").rglob("*.part"))


def test_check_needs_the_epub_and_the_pdf_and_says_so_before_building(tmp_path):
    (tmp_path / "verslag.txt").write_bytes(FIXTURE.read_bytes())
    result = publish(tmp_path, "verslag.txt", "-f", "html,epub", "-o", "out", "--check")
    assert result.returncode == 1 and not (tmp_path / "out").exists()
    assert "--check validates the EPUB and the PDF, which are not built for verslag.txt" in result.stderr


@pytest.mark.validators
def test_check_puts_the_verdict_in_the_results_and_an_unchanged_title_is_not_checked_again(tmp_path):
    (tmp_path / "verslag.txt").write_bytes(FIXTURE.read_bytes())
    first = publish(tmp_path, "verslag.txt", "-o", "out", "--check", "--results", "uit.jsonl")
    (record,) = lines(tmp_path / "uit.jsonl")
    verdict = record["check"]
    assert set(verdict["editions"]) == {"epub", "pdf", "html"}
    assert verdict["passed"] == all(verdict["editions"].values()) == verdict["certified"]
    assert first.returncode == (0 if verdict["passed"] else 1), first.stderr
    epub = (tmp_path / "out" / "verslag" / "verslag.epub").read_bytes()

    again = publish(tmp_path, "verslag.txt", "-o", "out", "--check", "--results", "uit.jsonl")
    assert "unchanged, kept" in again.stderr and again.returncode == first.returncode
    assert lines(tmp_path / "uit.jsonl") == [record]                # its first line, not a second check
    assert (tmp_path / "out" / "verslag" / "verslag.epub").read_bytes() == epub   # the claim kept


def test_a_rerun_keeps_an_unchanged_titles_failed_check_and_fails_with_it(tmp_path):
    """A title whose editions failed --check and did not change since is not checked again, but
    the rerun reports the recorded verdict: it fails as the first run did, naming the edition."""
    (tmp_path / "verslag.txt").write_bytes(FIXTURE.read_bytes())
    built = publish(tmp_path, "verslag.txt", "-o", "out", "--results", "uit.jsonl")
    assert built.returncode == 0, built.stderr
    (record,) = lines(tmp_path / "uit.jsonl")
    record["check"] = {"passed": False, "editions": {"epub": False, "pdf": True, "html": True}, "certified": False}
    (tmp_path / "uit.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    again = publish(tmp_path, "verslag.txt", "-o", "out", "--check", "--results", "uit.jsonl")
    assert "unchanged, kept" in again.stderr
    assert again.returncode == 1 and "the epub edition(s) do not conform" in again.stderr, again.stderr
    assert lines(tmp_path / "uit.jsonl") == [record]


def test_a_bug_met_by_one_title_fails_that_title_only(tmp_path, monkeypatch):
    from dataclasses import replace

    from publish import editions
    from publish.batch import build_titles
    from publish.manifest import Title
    sources = [tmp_path / f"{name}.txt" for name in ("goed", "fout")]
    for source in sources:
        source.write_bytes(FIXTURE.read_bytes())
    (tmp_path / "fout.toml").write_text('[metadata]\ntitle = "Breekt de renderer"\n', encoding="utf-8")
    preview = editions.EDITIONS["html"]

    def fragile(document, edition, target):
        if document.metadata.title == "Breekt de renderer":
            raise RuntimeError("renderer crashed")
        return preview.render(document, edition, target)
    monkeypatch.setitem(editions.EDITIONS, "html", replace(preview, render=fragile))
    monkeypatch.delenv("PUBLISH_DEBUG", raising=False)
    good, bad = build_titles([Title(source, ("html",)) for source in sources], tmp_path / "out", jobs=1)
    assert good.status == "built" and bad.status == "failed"
    assert bad.outcome.error.endswith("fout.txt: internal error: RuntimeError: renderer crashed "
                                      "(set PUBLISH_DEBUG=1 for a traceback)")


def test_titles_are_measured_only_for_a_results_file(tmp_path, monkeypatch):
    """Pages and words are what the results file shows: without one, a (no-op) rebuild does not
    open the booklet to count its pages."""
    from publish import results
    from publish.batch import build_titles
    from publish.manifest import Title
    source = tmp_path / "verslag.txt"
    source.write_bytes(FIXTURE.read_bytes())
    [built] = build_titles([Title(source, ("html", "pdf"))], tmp_path / "out", jobs=1)
    assert built.pages and built.words                            # measured, as for a results file

    def no_count(pdf):
        raise AssertionError("the booklet was opened to count pages nobody asked for")
    monkeypatch.setattr(results, "_pages", no_count)
    [again] = build_titles([Title(source, ("html", "pdf"))], tmp_path / "out", jobs=1, measure=False)
    assert again.status == "unchanged" and again.pages is None and again.words is None
