"""publish.stack: a call with room to recurse gives the same results, and its recursion maps no memory."""
from __future__ import annotations

import sys

import pytest

from publish.stack import with_room_to_recurse


def test_the_call_gives_the_functions_result_and_raises_its_errors():
    assert with_room_to_recurse(divmod, 17, 5) == (3, 2)
    assert with_room_to_recurse(sorted, [3, 1, 2], reverse=True) == [3, 2, 1]
    with pytest.raises(ZeroDivisionError):
        with_room_to_recurse(divmod, 1, 0)


def _descend(depth: int) -> int:
    return 0 if depth == 0 else 1 + _descend(depth - 1)


def _up_and_down(times: int, depth: int) -> int:
    """A recursion that crosses several 16 KB chunk edges on the way down and up, `times` times."""
    return sum(_descend(depth) for _ in range(times))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts page faults with getrusage (Linux)")
def test_a_recursion_under_the_call_maps_no_new_memory_however_often_it_goes_up_and_down():
    import resource
    with_room_to_recurse(_up_and_down, 1, 400)           # the first descent may touch the chunk's pages
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    assert with_room_to_recurse(_up_and_down, 500, 400) == 500 * 400
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
    assert faults < 100, f"{faults} page faults: the recursion left the reserved chunk"
