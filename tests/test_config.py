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
    with pytest.raises(PublishError, match="year.*must be a whole number, not a string"):
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
