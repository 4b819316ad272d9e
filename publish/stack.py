"""Room for deep recursion: a workaround for CPython's churn of data-stack chunks.

CPython 3.11 and 3.12 keep the frames' data in chunks of 16 KB and free a chunk as soon as the
frame at its start returns (python/cpython#142183; 3.13 and 3.14 keep one chunk since March 2026).
A recursion that goes up and down across a chunk's edge, as WeasyPrint's layout and drawing do
thousands of times a page, then maps and unmaps 16 KB each time: a 92-page build made 73,000
mmap/munmap pairs and spent 0.7 s in the kernel for them (0.2 s of the 36-page booklet's build).

`with_room_to_recurse` calls a function from a frame that reserves 33,000 slots of data stack.
CPython gives that frame a chunk of its own, rounded up to 512 KB, and every frame the call makes
fits in the rest of it (some 32,000 slots, thousands of frames deep), so no edge is crossed.
"""
from __future__ import annotations

import types
from collections.abc import Callable
from typing import TypeVar

RESERVED_SLOTS = 33_000       # just over a 256 KB chunk (8-byte slots): CPython allocates 512 KB
Result = TypeVar("Result")


def _call(function, args, kwargs):
    return function(*args, **kwargs)


# The same function, its frame asking for RESERVED_SLOTS of evaluation stack it never uses.
_roomy_call = types.FunctionType(_call.__code__.replace(co_stacksize=RESERVED_SLOTS), _call.__globals__)


def with_room_to_recurse(function: Callable[..., Result], *args, **kwargs) -> Result:
    """function(*args, **kwargs), its calls made in a data-stack chunk with room for all of them."""
    return _roomy_call(function, args, kwargs)
