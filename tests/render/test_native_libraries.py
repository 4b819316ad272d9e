"""WeasyPrint's native libraries: opened by their sonames, without a compiler search per name."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the sonames are Linux's")

COUNT_CHILD_PROCESSES = """
import sys
children = []
sys.addaudithook(lambda event, args: children.append(args) if event == "subprocess.Popen" else None)
"""


def _run(script: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", COUNT_CHILD_PROCESSES + textwrap.dedent(script)],
                          capture_output=True, text=True, timeout=120, check=True)


def test_rendering_a_pdf_starts_no_child_process_to_find_the_libraries():
    ran = _run("""
        import ctypes.util
        search = ctypes.util.find_library
        from publish.render import pdf
        from weasyprint.text.ffi import pango
        print(len(children), ctypes.util.find_library is search, pango.pango_version())
    """)
    started, search_restored, pango_version = ran.stdout.split()
    assert started == "0"
    assert search_restored == "True"
    assert int(pango_version) > 10000     # 1.44 or later: a real Pango answered


def test_a_system_whose_sonames_do_not_open_directly_still_finds_the_libraries_by_searching():
    # Opening a library fails while the search is switched off, as on a system with other names.
    ran = _run("""
        import ctypes.util, cffi
        open_library = cffi.FFI.dlopen
        def dlopen(self, name, flags=0):
            if ctypes.util.find_library("c") is None:
                raise OSError(f"cannot load library {name!r}")
            return open_library(self, name, flags)
        cffi.FFI.dlopen = dlopen
        import publish.render.native_libraries
        from weasyprint.text.ffi import pango
        print("searched" if children else "not searched", pango.pango_version())
    """)
    assert ran.stdout.split()[0] == "searched"
    assert "WeasyPrint could not import" not in ran.stdout + ran.stderr
