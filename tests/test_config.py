import json

import pytest

from publish.config import load_config
from publish.errors import PublishError
from publish.model import Person


def config_for(tmp_path, toml: str):
    source = tmp_path / "boekje.txt"
    source.write_text("tekst\n", encoding="utf-8")
    (tmp_path / "boekje.toml").write_text(toml, encoding="utf-8")
    return source


def test_no_toml_means_an_empty_config(tmp_path):
    source = tmp_path / "los.txt"
    source.write_text("tekst\n")
    config = load_config(source)
    assert config.metadata == {} and config.authors == () and config.path is None


def test_metadata_and_authors_are_read(tmp_path):
    source = config_for(tmp_path, '''
[metadata]
title = "Voorbij de tweedeling"
year = 2015
contact = ["e-mail: a@b.nl"]

[[metadata.authors]]
name = "Kim Putters"
role = "spreker"

[overrides]
headings = ["Een kop"]
''')
    config = load_config(source)
    assert config.metadata["title"] == "Voorbij de tweedeling"
    assert config.metadata["year"] == 2015
    assert config.authors == (Person("Kim Putters", "spreker"),)
    assert config.headings == ("Een kop",)


def test_syntax_error_names_file_and_line(tmp_path):
    source = config_for(tmp_path, '[metadata]\ntitle = "ok"\nyear = = 3\n')
    with pytest.raises(PublishError) as caught:
        load_config(source)
    assert caught.value.line == 3
    assert "boekje.toml:3" in str(caught.value)


def test_unknown_key_names_key_and_line(tmp_path):
    source = config_for(tmp_path, '[metadata]\ntitle = "ok"\ntitel = "typo"\n')
    with pytest.raises(PublishError) as caught:
        load_config(source)
    assert "titel" in str(caught.value) and caught.value.line == 3


def test_wrong_type_is_refused(tmp_path):
    source = config_for(tmp_path, '[metadata]\nyear = "2015"\n')
    with pytest.raises(PublishError, match=r"year.*must be a whole number, not a string"):
        load_config(source)


def test_a_metadata_key_written_at_the_top_is_told_where_it_belongs(tmp_path):
    """title = "..." above any section (the TOML's commonest slip) names the section it goes under."""
    source = config_for(tmp_path, 'title = "Voorbij de tweedeling"\n')
    with pytest.raises(PublishError, match=r"key 'title': .*put it under \[metadata\]") as error:
        load_config(source)
    assert error.value.line == 1
    source = config_for(tmp_path, 'headings = ["Inleiding"]\n')
    with pytest.raises(PublishError, match=r"put it under \[overrides\]"):
        load_config(source)


def test_authors_written_as_names_are_shown_the_form_they_need(tmp_path):
    """authors = ["An de Vries"]: the error shows that name in the form a list of authors takes."""
    source = config_for(tmp_path, '[metadata]\nauthors = ["An de Vries", "Kim Putters"]\n')
    with pytest.raises(PublishError, match=r'authors = \[\{name = "An de Vries"\}, \{name = "Kim Putters"\}\]'):
        load_config(source)


def test_the_authors_form_keeps_the_authors_written_right_and_a_single_name(tmp_path):
    """The form shown is the whole list: an author already written as a table stays in it; a name
    written as a string, not a list, is shown in the list it needs."""
    source = config_for(tmp_path, '[metadata]\nauthors = ["An de Vries", {name = "Bo", role = "spreker"}]\n')
    shown = r'authors = \[\{name = "An de Vries"\}, \{name = "Bo", role = "spreker"\}\]$'
    with pytest.raises(PublishError, match=shown):
        load_config(source)
    source = config_for(tmp_path, '[metadata]\nauthors = "An de Vries"\n')
    with pytest.raises(PublishError, match=r'must be a list, not a string.*authors = \[\{name = "An de Vries"\}\]'):
        load_config(source)


def test_unknown_section_is_refused(tmp_path):
    source = config_for(tmp_path, '[style]\nfont = "Comic"\n')
    with pytest.raises(PublishError, match="unknown section"):
        load_config(source)


def test_urls_are_refused_outside_contact_lines(tmp_path):
    source = config_for(tmp_path, '[metadata]\ndescription = "https://evil.example/x.css"\n')
    with pytest.raises(PublishError, match="URLs are not allowed"):
        load_config(source)


def test_author_without_name_is_refused(tmp_path):
    source = config_for(tmp_path, '[[metadata.authors]]\nrole = "spreker"\n')
    with pytest.raises(PublishError, match="needs a name"):
        load_config(source)


def test_notes_table_supplies_note_texts_by_number(tmp_path):
    config = load_config(config_for(tmp_path, '[notes]\n2 = "Zie ook hoofdstuk 3."\n1 = " CBS, 2018. "\n'))
    assert config.notes == ((1, "CBS, 2018."), (2, "Zie ook hoofdstuk 3."))


@pytest.mark.parametrize("toml, message", [
    ('[notes]\neen = "x"\n', "note number from 1 to 999"),
    ('[notes]\n0 = "x"\n', "note number from 1 to 999"),
    ('[notes]\n1 = ""\n', "non-empty string"),
    ('[notes]\n1 = 5\n', "non-empty string"),
    ('notes = "x"\n', "must be a table"),
])
def test_bad_notes_are_refused_with_the_key_named(tmp_path, toml, message):
    with pytest.raises(PublishError, match=message):
        load_config(config_for(tmp_path, toml))


# Round two of the red team: every TOML value that could end in an invalid EPUB with exit 0,
# and every TOML shape that crashed or ran without end, is a one-line error naming the file.
def refused(tmp_path, toml: str, *words):
    with pytest.raises(PublishError) as caught:
        load_config(config_for(tmp_path, toml))
    message = str(caught.value)
    assert "boekje.toml" in message and "\n" not in message
    assert all(word in message for word in words), message
    return caught.value


@pytest.mark.parametrize("language", ["not a language", "nederlands", "nl_NL", "x", "nl-", "nl\x07"])
def test_a_language_that_is_not_a_bcp_47_tag_is_refused(tmp_path, language):
    refused(tmp_path, f"[metadata]\nlanguage = {json.dumps(language)}\n", "language")


@pytest.mark.parametrize("language", ["nl", "en-GB", "nl-BE", "de-AT", "fr-CA"])
def test_a_bcp_47_tag_of_a_supported_language_is_accepted(tmp_path, language):
    assert load_config(config_for(tmp_path, f'[metadata]\nlanguage = "{language}"\n')).metadata["language"] == language


@pytest.mark.parametrize("language", ["fy", "zh-Hant-TW"])
def test_a_valid_tag_of_a_language_the_tool_does_not_support_is_refused(tmp_path, language):
    refused(tmp_path, f'[metadata]\nlanguage = "{language}"\n', "is not supported; the supported languages are")


@pytest.mark.parametrize("toml", ['[metadata]\ntitle = ""\n', '[metadata]\ntitle = "  \\t "\n',
                                  '[metadata]\ntitle = "\\u200b"\n',
                                  '[[metadata.authors]]\nname = ""\n', '[[metadata.authors]]\nname = " "\n'])
def test_an_empty_title_or_author_name_is_refused(tmp_path, toml):
    refused(tmp_path, toml, "empty")


@pytest.mark.parametrize("key", ["title", "subtitle", "series", "publisher", "description"])
def test_control_characters_in_a_string_are_refused(tmp_path, key):
    refused(tmp_path, f'[metadata]\n{key} = "Voor\\u0007bij"\n', key, "U+0007")


def test_control_characters_in_lists_and_author_names_are_refused(tmp_path):
    refused(tmp_path, '[metadata]\ncontact = ["ok", "e-mail:\\u001b[31m"]\n', "contact", "U+001B")
    refused(tmp_path, '[[metadata.authors]]\nname = "Kim\\u0085Putters"\n', "authors", "U+0085")
    refused(tmp_path, '[overrides]\nheadings = ["Een\\uffffkop"]\n', "headings", "U+FFFF")


def test_tabs_and_line_breaks_in_a_description_are_text(tmp_path):
    config = load_config(config_for(tmp_path, '[metadata]\ndescription = """Een\\tboekje\nover de stad."""\n'))
    assert config.metadata["description"] == "Een\tboekje\nover de stad."


@pytest.mark.parametrize("year", [0, 999, 10000, -2015])
def test_a_year_that_is_not_four_digits_is_refused(tmp_path, year):
    refused(tmp_path, f"[metadata]\nyear = {year}\n", "year", "1000")


def test_a_year_after_2107_is_accepted(tmp_path):
    assert load_config(config_for(tmp_path, "[metadata]\nyear = 2108\n")).metadata["year"] == 2108


def test_an_overlong_title_is_refused(tmp_path):
    from publish.config import MAX_TEXT_CHARS
    refused(tmp_path, f'[metadata]\ntitle = "{"a" * (MAX_TEXT_CHARS + 1)}"\n', "title", f"{MAX_TEXT_CHARS:,}")


def test_too_many_contact_lines_are_refused(tmp_path):
    from publish.config import MAX_LIST_ITEMS
    lines = ", ".join(['"regel"'] * (MAX_LIST_ITEMS + 1))
    refused(tmp_path, f"[metadata]\ncontact = [{lines}]\n", "contact", f"{MAX_LIST_ITEMS}")


def test_too_many_authors_are_refused(tmp_path):
    from publish.config import MAX_LIST_ITEMS
    refused(tmp_path, '[[metadata.authors]]\nname = "Een"\n' * (MAX_LIST_ITEMS + 1), "authors")


def test_a_toml_over_the_size_limit_is_refused_before_parsing(tmp_path):
    from publish.config import MAX_CONFIG_BYTES
    refused(tmp_path, "# " + "x" * MAX_CONFIG_BYTES + "\n", "over")


def test_a_toml_nested_thousands_deep_is_refused(tmp_path):
    refused(tmp_path, "[metadata]\ncontact = " + "[" * 3000 + "]" * 3000 + "\n", "nested")


def test_lists_nested_in_a_contact_list_are_refused(tmp_path):
    refused(tmp_path, "[metadata]\ncontact = " + "[" * 100 + "\"x\"" + "]" * 100 + "\n", "contact", "list of strings")


def test_a_toml_that_is_a_directory_is_refused(tmp_path):
    source = tmp_path / "boekje.txt"
    source.write_text("tekst\n", encoding="utf-8")
    (tmp_path / "boekje.toml").mkdir()
    with pytest.raises(PublishError, match=r"boekje\.toml: is a directory"):
        load_config(source)


def test_a_toml_that_is_a_fifo_is_refused_without_waiting(tmp_path):
    import os
    source = tmp_path / "boekje.txt"
    source.write_text("tekst\n", encoding="utf-8")
    os.mkfifo(tmp_path / "boekje.toml")
    with pytest.raises(PublishError, match="not a regular file"):
        load_config(source)


def test_a_toml_with_a_byte_order_mark_is_read(tmp_path):
    source = tmp_path / "boekje.txt"
    source.write_text("tekst\n", encoding="utf-8")
    (tmp_path / "boekje.toml").write_bytes('\ufeff[metadata]\ntitle = "Met BOM"\n'.encode("utf-8"))
    assert load_config(source).metadata["title"] == "Met BOM"


def test_a_toml_that_is_not_utf_8_is_refused_with_its_line(tmp_path):
    source = tmp_path / "boekje.txt"
    source.write_text("tekst\n", encoding="utf-8")
    (tmp_path / "boekje.toml").write_bytes('[metadata]\ntitle = "café"\n'.encode("cp1252"))
    with pytest.raises(PublishError, match="not valid UTF-8") as caught:
        load_config(source)
    assert caught.value.line == 2
