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
    extras = project["optional-dependencies"]
    bounds = {}
    for requirement in map(Requirement, [*project["dependencies"], *extras["test"]]):
        if requirement.name == project["name"]:         # publish[cluster]: the extras it names
            for extra in requirement.extras:
                bounds.update((canonicalize_name(Requirement(text).name), _lowest(Requirement(text)))
                              for text in extras[extra])
            continue
        bounds[canonicalize_name(requirement.name)] = _lowest(requirement)
    return bounds


def _lowest(requirement: Requirement) -> Version | None:
    return min((Version(spec.version) for spec in requirement.specifier if spec.operator in (">=", "==")),
               default=None)


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
