"""pyproject.toml's lower bounds and tests/constraints-minimum.txt, which pins them for the
minimum-versions run (tools/test_minimum_versions.sh), name the same versions: a requirement
without a pin there would be tested only at its newest version."""
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent


def lower_bounds() -> dict[str, Version | None]:
    """Each requirement of the package and of its tests, and the lowest version it allows."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    bounds = {}
    for text in [*project["dependencies"], *project["optional-dependencies"]["test"]]:
        requirement = Requirement(text)
        lowest = [Version(spec.version) for spec in requirement.specifier if spec.operator in (">=", "==")]
        bounds[canonicalize_name(requirement.name)] = min(lowest, default=None)
    return bounds


def pins() -> dict[str, Version]:
    found = {}
    for line in (ROOT / "tests" / "constraints-minimum.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            requirement = Requirement(line)
            (spec,) = requirement.specifier
            assert spec.operator == "==", line
            found[canonicalize_name(requirement.name)] = Version(spec.version)
    return found


def test_every_requirement_has_a_lower_bound():
    assert [name for name, lowest in lower_bounds().items() if lowest is None] == []


def test_the_constraints_pin_exactly_the_lower_bounds():
    assert pins() == lower_bounds()
