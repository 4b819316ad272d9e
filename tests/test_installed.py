from importlib import metadata

import pytest

from publish import installed


@pytest.mark.parametrize(("distribution", "module"), [("fonttools", "fontTools"), ("wordfreq", "wordfreq"),
                                                      ("fontpkg-source-serif-4", "fontpkg_source_serif_4")])
def test_the_version_is_the_one_importlib_metadata_reads(distribution, module):
    # fontpkg-source-serif-4 is 4.004, whose dist-info folder is named 4.4
    assert installed.version(distribution, module) == metadata.version(distribution)


def test_a_package_that_is_not_installed_is_missing():
    assert installed.version("no-such-distribution", "no_such_module") == "missing"
    assert installed.package_folder("no_such_module") is None
