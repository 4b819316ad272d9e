"""The suite's own order (tests/conftest.py): a checkout that has recorded no test times deals the tests
by the times tests/test-seconds.json keeps; its own record, once made, comes first."""
import importlib.util
import json
import sys
from pathlib import Path
from types import SimpleNamespace

CONFTEST = Path(__file__).parent / "conftest.py"


def suite_conftest():
    """tests/conftest.py as a module of its own (pytest imports every conftest under one name)."""
    spec = importlib.util.spec_from_file_location("suite_conftest", CONFTEST)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module             # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


class Cache:
    def __init__(self, recorded: dict):
        self.recorded = recorded

    def get(self, key, default):
        return self.recorded


def test_a_fresh_checkout_deals_by_the_kept_times_and_its_own_record_comes_first():
    conftest = suite_conftest()
    kept = json.loads(conftest.TEST_SECONDS.read_text(encoding="utf-8"))
    slowest = max(kept, key=kept.get)
    fresh = conftest.recorded_seconds(SimpleNamespace(cache=Cache({})))
    assert fresh(slowest) == kept[slowest] > 60
    assert fresh("tests/test_new.py::test_not_timed_yet") == conftest.UNTIMED_SECONDS
    assert conftest.recorded_seconds(SimpleNamespace(cache=None))(slowest) == kept[slowest]
    rerun = conftest.recorded_seconds(SimpleNamespace(cache=Cache({slowest: 1.5})))
    assert rerun(slowest) == 1.5
