import os

import pytest

from publish.reader import missing_tools


@pytest.fixture(scope="session", autouse=True)
def browser_tools():
    """The browser checks need Playwright, Chromium and epub.js; CI must have them."""
    reason = missing_tools()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser checks unavailable in CI: {reason}")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for a module's checks: starting one takes seconds."""
    from publish.reader import chromium
    with chromium() as shared:
        yield shared
