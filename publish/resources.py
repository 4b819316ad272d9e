"""Where publish's templates, stylesheets and fonts are: inside the installed package.

They are kept at the top of the repository (templates/, styles/); publish/templates and
publish/styles link to them, and the wheel and the sdist carry them there as package data
(pyproject.toml). So an installed, an editable and a checked-out publish all find them in the
package, through importlib.resources. (A setuptools package-dir mapping would spare the links,
but an editable install cannot import a mapped folder that has no __init__.py:
pypa/setuptools#4248.)
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _folder(name: str) -> Path:
    """The package's folder `name`, as a real path: WeasyPrint, Jinja2 and the file watcher
    read files from the file system (pip installs a package as files, never zipped)."""
    found = files("publish") / name
    if not isinstance(found, Path) or not found.is_dir():
        raise RuntimeError(f"publish is installed without its {name}/ folder ({found}): reinstall it")
    return found.resolve()


PACKAGE_DIR = _folder(".")
TEMPLATES_DIR = _folder("templates")
STYLES_DIR = _folder("styles")
FONTS_DIR = STYLES_DIR / "fonts"
