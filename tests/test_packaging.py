"""publish as a user installs it: the sdist and the wheel built from this checkout, the wheel
installed with its dependencies into a fresh virtual environment outside the checkout, and both
seeds built by that environment's `publish` command from another folder.

The builds' environments and the installation are made by uv (a test dependency), which resolves
the same requirements from the same index as pip in a tenth of the time.
Slow (it builds, and installs every dependency): `python -m pytest -m wheel` runs it alone.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from uv import find_uv_bin

from publish.build import output_paths
from publish.clean.tokens import WORD

pytestmark = pytest.mark.wheel

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
# Nothing from this checkout may reach the installed package but what the wheel carries.
ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}


def run(*command, cwd: Path) -> str:
    result = subprocess.run([str(part) for part in command], cwd=cwd, env=ENVIRONMENT,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, f"{command}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result.stdout


def copy_of_the_checkout(target: Path) -> Path:
    """The files git sees (tracked or new, not ignored), links kept as links: a build/ or
    *.egg-info/ left by an earlier build would feed setuptools files pyproject.toml does not name."""
    listed = run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT)
    for name in filter(None, listed.split("\0")):
        source, copy = ROOT / name, target / name
        if source.is_symlink() or source.is_file():
            copy.parent.mkdir(parents=True, exist_ok=True)
            if source.is_symlink():
                copy.symlink_to(os.readlink(source))
            else:
                shutil.copy2(source, copy)
    return target


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """The sdist and the wheel, built as a release would be: the wheel from the sdist."""
    source = copy_of_the_checkout(tmp_path_factory.mktemp("source"))
    folder = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--installer", "uv", "--outdir", folder, source, cwd=folder)
    return folder


@pytest.fixture(scope="module")
def installed(dist, tmp_path_factory) -> Path:
    """The bin/ folder of a fresh virtual environment holding the wheel and its dependencies."""
    environment = tmp_path_factory.mktemp("venv")
    uv = find_uv_bin()
    run(uv, "venv", "--quiet", "--python", sys.executable, environment, cwd=environment)
    (wheel,) = dist.glob("publish-*.whl")
    run(uv, "pip", "install", "--quiet", "--python", environment / "bin" / "python", wheel, cwd=environment)
    return environment / "bin"


def test_the_sdist_and_the_wheel_carry_the_templates_styles_and_fonts(dist):
    (sdist,) = dist.glob("publish-*.tar.gz")
    (wheel,) = dist.glob("publish-*.whl")
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    in_wheel = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("templates", "styles"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file():
                name = f"publish/{path.relative_to(ROOT)}"
                assert name in in_sdist and name in in_wheel, name


def test_the_installed_package_finds_its_resources_in_itself(installed, tmp_path):
    where = run(installed / "python", "-c",
                "from publish import resources; print(resources.TEMPLATES_DIR); print(resources.STYLES_DIR)",
                cwd=tmp_path).split()
    for folder in map(Path, where):
        assert folder.is_relative_to(installed.parent) and not folder.is_relative_to(ROOT), folder


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_the_installed_command_builds_a_seed_from_another_folder(installed, seed, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run(installed / "publish", "build", seed, "-o", tmp_path / "out", cwd=elsewhere)
    paths = output_paths(seed, tmp_path / "out")
    assert paths["pdf"].read_bytes().startswith(b"%PDF-")
    assert zipfile.ZipFile(paths["epub"]).read("mimetype") == b"application/epub+zip"
    page = paths["html"].read_text(encoding="utf-8")
    shown = set(WORD.findall(html.unescape(re.sub(r"<[^>]+>", " ", page))))
    words = set(WORD.findall(seed.read_text(encoding="utf-8")))
    # Words may go: removed credits and running heads, halves of words joined at a line-end hyphen.
    assert len(words - shown) <= len(words) // 50, sorted(words - shown)
    # The installed package renders what the checkout renders.
    run(sys.executable, "-m", "publish", "build", seed, "-o", tmp_path / "checkout", "-f", "html", cwd=elsewhere)
    assert page == output_paths(seed, tmp_path / "checkout")["html"].read_text(encoding="utf-8")
