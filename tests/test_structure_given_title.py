"""A title the user gives in the TOML is the title the reader meets in the body too: the untitled
first chapter, which takes the document's title, takes the given one (its h1, the contents and the
running head), not the line the finder took for the title."""
from publish.config import SourceConfig
from tests.test_structure import build

SUBMISSION = """NO2ID submission to the
Joint Committee on Human Rights:
Draft (Partial) Immigration and Citizenship Bill 2008

NO2ID
Box 412
19-21 Crawford Street
LONDON

1. NO2ID is a single-issue campaign against the identity card scheme. We welcome the
opportunity to comment on the draft bill and on the powers it would give to officials.

2. The bill would allow the Secretary of State to require biometric information from
anyone who applies for leave to remain, and to keep it for as long as he sees fit.
"""


def test_an_untitled_chapter_takes_the_title_the_user_gives():
    found = build(SUBMISSION, name="no2id")
    given = build(SUBMISSION, SourceConfig(metadata={"title": "Submission on the Immigration Bill"}), name="no2id")
    assert given.metadata.title == "Submission on the Immigration Bill"
    assert [chapter.title for chapter in given.chapters if chapter.title == found.metadata.title] == []
    assert given.chapters[0].title == "Submission on the Immigration Bill"


def test_a_plain_text_with_a_given_title_opens_with_that_title_not_the_file_name():
    doc = build("Dit is gewoon een zin. En nog een.\n", SourceConfig(metadata={"title": "Los"}), name="los-bestand")
    assert doc.chapters[0].title == "Los" and doc.metadata.title == "Los"


MINUTES = """Minutes of the meeting of the Riverside committee

27/07/2025

Present were the chair, the treasurer and four members of the committee. The chair opened the
meeting at half past seven and welcomed everyone to the hall.

Finances

The treasurer reported that the accounts for the first half of the year were in order.
"""


def test_a_first_chapter_titled_with_a_date_alone_takes_the_title_the_user_gives():
    found = build(MINUTES, name="riverside")
    assert found.chapters[0].title == found.metadata.title          # the date gave way to the title found
    given = build(MINUTES, SourceConfig(metadata={"title": "Riverside committee minutes, July"}), name="riverside")
    first = given.chapters[0]
    assert first.title == "Riverside committee minutes, July"
    assert first.byline[0] == "27/07/2025"
    assert [chapter.title for chapter in given.chapters if chapter.title == found.metadata.title] == []
