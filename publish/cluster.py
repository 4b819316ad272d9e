"""Titles as tasks on a Dask distributed cluster (`publish build --scheduler tcp://HOST:PORT`).

The workers run the installed publish package and see the same files as this machine (the
sources, their TOML and pictures, OUTDIR), so each task is the same function the local pool runs,
given absolute paths; the cache, the staged writes and the locks work as they do locally.  A task
whose worker dies is run again by the scheduler; its files are staged and renamed into place, so
a second run leaves the same editions.  Needs the optional dependencies: pip install 'publish[cluster]'.
"""
from __future__ import annotations

from concurrent.futures import Executor, Future
from dataclasses import replace
from pathlib import Path
from typing import Any
from collections.abc import Callable

from publish.errors import PublishError
from publish.manifest import Title
from publish.results import Result


def connect(scheduler: str) -> Executor:
    """A concurrent.futures executor whose tasks run on the cluster at scheduler's address;
    shutting it down closes the connection."""
    try:
        from distributed import Client
    except ImportError:
        raise PublishError("--scheduler needs Dask distributed: pip install 'publish[cluster]'") from None
    try:
        client = Client(scheduler, set_as_default=False)     # waits distributed.comm.timeouts.connect
    except (OSError, ValueError) as error:
        raise PublishError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from None
    return _ClusterExecutor(client)


class _ClusterExecutor(Executor):
    """The client's executor (each title a task, never merged with an equal one: pure=False),
    closing the client when done.  A task gets the title and OUTDIR as absolute paths (a worker
    has a working folder of its own); its result names them as they were given here."""

    def __init__(self, client):
        self.client = client
        self.executor = client.get_executor(pure=False)

    # The override ignored below: the arguments are read (the title and OUTDIR made absolute),
    # which Executor's signature, generic over any callable, cannot say.
    def submit(self, fn: Callable[..., Result], /, *args: Any, **kwargs: Any) -> Future[Any]:  # type: ignore[override]
        """fn(title, outdir, *options), as the local pool runs it."""
        title, outdir, *options = args
        remote = self.executor.submit(fn, replace(title, source=title.source.absolute()), outdir.absolute(), *options)
        given: Future = Future()
        remote.add_done_callback(lambda done: _settle(given, done, title, outdir))
        return given

    def __exit__(self, kind, error, traceback):
        """An interrupt does not wait for the titles still queued: closing the client drops them."""
        self.shutdown(wait=kind is None)
        return False

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.executor.shutdown(wait=wait and not cancel_futures)
        self.client.close()


def _settle(given: Future, remote: Future, title: Title, outdir: Path) -> None:
    if remote.cancelled():                  # the client closed on an interrupt
        given.cancel()
    elif remote.exception() is not None:
        given.set_exception(remote.exception())
    else:
        given.set_result(as_given(remote.result(), title, outdir))


def as_given(result: Result, title: Title, outdir: Path) -> Result:
    """A worker's result with the source, the files and the error naming the paths as given."""
    home, source = outdir.absolute(), title.source.absolute()
    outcome = result.outcome
    error = outcome.error.replace(str(source), str(title.source)) if outcome.error else None
    files = tuple(outdir / path.relative_to(home) for path in outcome.files)
    return replace(result, title=title, outcome=replace(outcome, source=title.source, files=files, error=error))
