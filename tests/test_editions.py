"""Editions are data: a row added to the table (publish/editions.py) is offered on the command line,
built, cached, kept by the batch runner and checked by `publish check`, with nothing else changed."""
import dataclasses
from pathlib import Path

import pytest

from publish import cache, check, editions
from publish.batch import build_one
from publish.check import Validators, check_editions
from publish.cli import parser
from publish.editions import EDITIONS, Edition
from publish.validate import ValidatorResult

FIXTURE = Path(__file__).parent / "fixtures" / "kort-verslag.txt"


def _render_outline(document, edition, target):
    from publish.render.markdown import render_markdown
    return {target: render_markdown(document).encode("utf-8")}


def _has_a_title(document, path, browser):
    return (ValidatorResult("outline title", "\ntitle: " in path.read_text(encoding="utf-8"), target=str(path)),)


# A throw-away edition: the cleaned text as Markdown beside the other editions.
OUTLINE = Edition("outline", "{stem}-outline.md", "the cleaned text as Markdown (a test row)", _render_outline,
                  checks="outline-title")


@pytest.fixture
def outline(monkeypatch):
    monkeypatch.setitem(EDITIONS, "outline", OUTLINE)
    monkeypatch.setitem(check.VALIDATORS, "outline-title", Validators(_has_a_title))


@pytest.fixture
def source(tmp_path):
    copy = tmp_path / "verslag.txt"
    copy.write_bytes(FIXTURE.read_bytes())
    return copy


def test_a_new_row_is_a_choice_of_build_and_check_named_in_their_help(outline, capsys):
    for command in ("build", "check"):
        with pytest.raises(SystemExit):
            parser().parse_args([command, "--help"])
        shown = " ".join(capsys.readouterr().out.split())   # argparse wraps the help
        assert "html,epub,pdf" in shown and "outline: the cleaned text as Markdown (a test row)" in shown
        assert parser().parse_args([command, "-f", "outline,html"]).formats == ("outline", "html")


def test_an_unknown_edition_is_refused_naming_the_table(capsys):
    with pytest.raises(SystemExit):
        parser().parse_args(["build", "-f", "outline"])
    assert "choose from " + ",".join(EDITIONS) in capsys.readouterr().err


def test_a_new_row_is_built_kept_by_the_batch_runner_and_cached(outline, source, tmp_path):
    outdir = tmp_path / "out"
    first = build_one(source, outdir, ("outline", "html"), "utf-8")
    target = outdir / "verslag" / "verslag-outline.md"
    assert first.error is None and not first.reused
    assert first.files == (outdir / "verslag" / "index.html", target)    # the table's order; no styles or fonts
    assert 'title: "Jaarverslag Buurthuis De Linde"' in target.read_text(encoding="utf-8")
    second = build_one(source, outdir, ("outline", "html"), "utf-8")
    assert second.reused and second.files == first.files
    target.write_text("beschadigd", encoding="utf-8")
    assert not build_one(source, outdir, ("outline", "html"), "utf-8").reused


def test_a_changed_row_is_a_changed_cache_key(outline, source, monkeypatch):
    before = cache.input_key(source, ("outline",), "utf-8")
    monkeypatch.setitem(EDITIONS, "outline", dataclasses.replace(OUTLINE, file_name="{stem}.md"))
    assert cache.input_key(source, ("outline",), "utf-8") != before
    from publish.impose import Imposition
    assert cache.input_key(source, ("html",), "utf-8") != cache.input_key(source, ("html",), "utf-8", Imposition())
    assert cache.input_key(source, ("html",), "utf-8", Imposition()) != \
        cache.input_key(source, ("html",), "utf-8", Imposition(creep_mm=0.1))


def test_publish_check_runs_the_validators_the_row_names(outline, source, tmp_path):
    from publish.build import load, output_paths
    outdir = tmp_path / "out"
    build_one(source, outdir, ("outline",), "utf-8")
    reports = check_editions(load(source).document, {"outline": output_paths(source, outdir)["outline"]})
    assert list(reports) == ["outline"] and reports["outline"].passed
    assert [result.name for result in reports["outline"].results] == ["outline title"]


def test_an_edition_without_validators_is_not_reported(outline, source, monkeypatch, tmp_path):
    monkeypatch.setitem(EDITIONS, "outline", dataclasses.replace(OUTLINE, checks=None))
    assert check_editions(None, {"outline": tmp_path / "verslag-outline.md"}) == {}


def test_every_row_names_known_validators_and_editions_it_needs():
    for edition in EDITIONS.values():
        assert edition.checks is None or edition.checks in check.VALIDATORS
        assert set(edition.needs) <= set(EDITIONS)
    assert editions.defaults() == ("html", "epub", "pdf")


def test_a_file_an_edition_is_made_with_is_a_cache_input(source, monkeypatch, tmp_path):
    """The press edition's CMYK profile (named in the environment) is part of its cache key."""
    profile = tmp_path / "drukker.icc"
    profile.write_bytes(b"eerste")
    monkeypatch.setenv(editions.OUTPUT_PROFILE, str(profile))
    before = {name: cache.input_key(source, (name,), "utf-8") for name in ("press", "pdf")}
    profile.write_bytes(b"tweede")
    assert cache.input_key(source, ("press",), "utf-8") != before["press"]
    assert cache.input_key(source, ("pdf",), "utf-8") == before["pdf"]      # the booklet is not made with it
