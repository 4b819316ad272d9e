"""WeasyPrint imported with its native libraries (Pango, HarfBuzz, fontconfig) opened by their sonames.

WeasyPrint tries each library under a list of names (Windows' and macOS' first), and cffi hands
every name it cannot open directly to ctypes.util.find_library, which on Linux runs `ldconfig -p`,
then gcc, then ld, once per name (Kozea/WeasyPrint#1125): some fifteen child processes and
0.25 s of CPU before the first page, in every process that renders a PDF. The names WeasyPrint
tries last are the Linux sonames themselves ("libpango-1.0.so.0"), which the dynamic linker opens
without a search, exactly as it would open what find_library returns. So on Linux the import
runs without the search first, and with it when that fails (a system with other names).

Importing this module imports WeasyPrint; import it before any `from weasyprint import ...`.
"""
from __future__ import annotations

import contextlib
import ctypes.util
import importlib
import io
import sys
from collections.abc import Iterator


@contextlib.contextmanager
def _without_library_search() -> Iterator[None]:
    search = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        yield
    finally:
        ctypes.util.find_library = search


def _forget_weasyprint() -> None:
    """Drop a half-done import, so the next one starts again from the top."""
    for name in [name for name in sys.modules if name == "weasyprint" or name.startswith("weasyprint.")]:
        del sys.modules[name]


def import_weasyprint() -> None:
    """Import WeasyPrint, on Linux without the library search when the sonames open directly."""
    if "weasyprint" in sys.modules or not sys.platform.startswith("linux"):
        importlib.import_module("weasyprint")
        return
    try:
        # WeasyPrint prints its installation advice before it gives up; the search below still may not.
        with _without_library_search(), contextlib.redirect_stdout(io.StringIO()):
            importlib.import_module("weasyprint")
    except OSError:
        _forget_weasyprint()
        importlib.import_module("weasyprint")


import_weasyprint()
