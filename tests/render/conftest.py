import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from documents import booklet, hostile_document, small_document


@pytest.fixture(scope="session")
def small():
    return small_document()


@pytest.fixture(scope="session")
def realistic():
    return booklet()


@pytest.fixture(scope="session")
def annotated():
    """The realistic booklet with the text of its notes."""
    return booklet(notes=True)


@pytest.fixture(scope="session")
def hostile():
    return hostile_document()
