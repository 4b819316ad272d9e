import subprocess
import sys

import pytest

from publish.errors import PublishError
from publish.source import read_source


def write(tmp_path, data: bytes, name="text.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"])
def test_every_line_ending_gives_the_same_lines(tmp_path, newline):
    source = read_source(write(tmp_path, newline.join([b"een", b"twee", b"", b"drie"]) + newline))
    assert source.lines == ("een", "twee", "", "drie")


def test_a_byte_order_mark_is_not_text(tmp_path):
    source = read_source(write(tmp_path, "\ufeffVoorwoord\n".encode("utf-8")))
    assert source.lines == ("Voorwoord",)


def test_form_feeds_stay_in_the_line_as_page_markers(tmp_path):
    assert read_source(write(tmp_path, b"een\n\ftwee\n")).lines == ("een", "\ftwee")


def test_line_numbers_count_from_one(tmp_path):
    source = read_source(write(tmp_path, b"a\nb\n"))
    assert list(source.numbered()) == [(1, "a"), (2, "b")]
    assert source.name == "text"


@pytest.mark.parametrize("data", [b"", b"  \n\n\t \n"])
def test_empty_or_blank_file_is_refused(tmp_path, data):
    with pytest.raises(PublishError, match="empty"):
        read_source(write(tmp_path, data))


def test_missing_file_is_named(tmp_path):
    with pytest.raises(PublishError) as caught:
        read_source(tmp_path / "nope.txt")
    assert "nope.txt" in str(caught.value) and "no such file" in str(caught.value)


def test_directory_is_refused(tmp_path):
    with pytest.raises(PublishError, match="directory"):
        read_source(tmp_path)


def test_binary_file_is_refused(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    with pytest.raises(PublishError, match="binary"):
        read_source(write(tmp_path, png, "photo.txt"))


def test_wrong_encoding_names_line_and_byte(tmp_path):
    path = write(tmp_path, "eerste regel\ntweede caf\u00e9\n".encode("cp1252"))
    with pytest.raises(PublishError) as caught:
        read_source(path)
    error = caught.value
    assert error.line == 2
    assert "0xe9" in str(error) and "--encoding" in str(error)


def test_other_encodings_on_request(tmp_path):
    path = write(tmp_path, "caf\u00e9 \u2013 na\u00efef\n".encode("cp1252"))
    assert read_source(path, encoding="cp1252").lines == ("caf\u00e9 \u2013 na\u00efef",)


def test_unknown_encoding_is_a_clear_error(tmp_path):
    with pytest.raises(PublishError, match="unknown encoding"):
        read_source(write(tmp_path, b"tekst\n"), encoding="klingon")


def test_a_huge_file_is_refused_quickly(tmp_path):
    from publish.source import MAX_SOURCE_BYTES
    path = tmp_path / "dump.txt"
    with open(path, "wb") as stream:
        stream.truncate(MAX_SOURCE_BYTES + 1)       # sparse: no need to write the bytes
    with pytest.raises(PublishError, match="MB"):
        read_source(path)


def test_a_five_megabyte_line_is_refused_with_its_line_number(tmp_path):
    path = write(tmp_path, b"titel\n" + b"woord " * 900_000 + b"\n")
    with pytest.raises(PublishError) as caught:
        read_source(path)
    assert caught.value.line == 2 and "characters long" in str(caught.value)


# Limits apply to what is read, not to the size a file reports: a device, a pipe or a FIFO
# reports none.  Each case runs in a child with a memory limit and a timeout, so reading
# without end fails the test instead of the machine.
def publish_in_child(*args, stdin=None, timeout=60):
    import resource

    def limit_memory():
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))
    return subprocess.run([sys.executable, "-m", "publish", *map(str, args)], input=stdin,
                          capture_output=True, timeout=timeout, preexec_fn=limit_memory)


def assert_one_line_error(result, *words):
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 1 and err.startswith("publish: error:") and len(err.splitlines()) == 1, err
    assert all(word in err for word in words), err


def test_dev_zero_is_refused_without_reading_it():
    assert_one_line_error(publish_in_child("clean", "/dev/zero"), "/dev/zero", "not a regular file")


def test_a_fifo_without_a_writer_is_refused_without_waiting(tmp_path):
    import os
    fifo = tmp_path / "tekst.txt"
    os.mkfifo(fifo)
    assert_one_line_error(publish_in_child("clean", fifo, timeout=30), "not a regular file")


def test_a_pipe_is_refused_like_a_file_over_the_limit():
    from publish.source import MAX_SOURCE_BYTES
    piped = b"woord " * (MAX_SOURCE_BYTES // 6 + 2**20)        # 40 MB was once accepted through a pipe
    assert_one_line_error(publish_in_child("clean", "/dev/stdin", stdin=piped), "not a regular file")


def test_the_size_limit_counts_the_bytes_read_not_the_size_the_file_reports(monkeypatch):
    from pathlib import Path
    from publish import source as source_module
    status = Path("/proc/self/status")                 # reports size 0, holds about a kilobyte
    assert status.stat().st_size == 0
    monkeypatch.setattr(source_module, "MAX_SOURCE_BYTES", 100)
    with pytest.raises(PublishError, match="over 100 bytes"):
        read_source(status)


def test_a_file_that_cannot_be_read_is_a_one_line_error(tmp_path):
    # /proc/self/mem is a regular file whose first byte is unmapped memory: reading it fails
    # with an I/O error, even for root (who reads a file without permissions).
    result = publish_in_child("build", "/proc/self/mem", "-o", tmp_path / "out")
    assert_one_line_error(result, "/proc/self/mem", "cannot read the file")


def test_a_file_without_read_permission_is_a_one_line_error(tmp_path):
    import os
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = write(tmp_path, b"tekst\n")
    path.chmod(0)
    assert_one_line_error(publish_in_child("build", path, "-o", tmp_path / "out"), "permission denied")


@pytest.mark.parametrize("codec", ["rot13", "hex", "base64", "zlib", "bz2", "uu", "quopri", "punycode", "idna",
                                   "unicode_escape", "undefined"])
def test_a_codec_that_is_not_a_text_encoding_is_refused(tmp_path, codec):
    with pytest.raises(PublishError, match="not a text encoding"):
        read_source(write(tmp_path, b"Een gewone tekst.\n"), encoding=codec)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-32"])
def test_utf_16_and_32_are_read_although_their_bytes_hold_nuls(tmp_path, codec):
    path = write(tmp_path, "Voorwoord\nEen café in Zeeuws-Vlaanderen.\n".encode(codec))
    assert read_source(path, encoding=codec).lines == ("Voorwoord", "Een café in Zeeuws-Vlaanderen.")


def test_a_nul_character_in_the_decoded_text_is_still_binary(tmp_path):
    with pytest.raises(PublishError, match="binary"):
        read_source(write(tmp_path, "tekst\x00meer\n".encode("utf-16")), encoding="utf-16")


def test_a_carriage_return_inside_lines_ending_in_line_feeds_separates_words(tmp_path):
    # Some print drivers write TAB CR SPACE NO-BREAK SPACE between words; the lines end in LF.
    data = "Een\t\r \u00a0korte\t\r \u00a0zin.\nTweede\t\r \u00a0regel.\n".encode("utf-8")
    lines = read_source(write(tmp_path, data)).lines
    assert len(lines) == 2
    assert lines[0].split() == ["Een", "korte", "zin."]


def test_ligatures_kept_as_presentation_forms_are_read_as_their_letters(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("De ﬁnanciële ﬂexibiliteit van de eﬃciënte stichting.\n", encoding="utf-8")
    assert read_source(path).lines == ("De financiële flexibiliteit van de efficiënte stichting.",)


def test_adobes_private_use_figures_are_read_as_their_digits(tmp_path):
    path = tmp_path / "blad.txt"
    path.write_text("Zo\u2019n \uf6dc27 computers, \uf731\uf739\uf738\uf734 en binnen \uf6dc0 dagen.\n",
                    encoding="utf-8")
    assert read_source(path).lines == ("Zo\u2019n 127 computers, 1984 en binnen 10 dagen.",)


def test_the_symbol_fonts_bullet_is_read_as_a_bullet_other_symbol_glyphs_stay(tmp_path):
    # U+F0B7 is the Symbol font's bullet, which no font of the booklet draws (an empty box in the
    # PDF, which PDF/UA forbids); a Wingdings square (U+F0A7) or arrow (U+F0E0) means another thing
    # in Symbol, so it stays for the build's warning.
    path = tmp_path / "brochure.txt"
    path.write_text("We delen onze zorg met:\n\uf0b7 de ouders\n\uf0a7 de leraars \uf0e0 de school\n", encoding="utf-8")
    assert read_source(path).lines == ("We delen onze zorg met:", "• de ouders", "\uf0a7 de leraars \uf0e0 de school")
