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
