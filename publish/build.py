"""Orchestration: source -> Document -> the requested editions, each written atomically into OUTDIR."""
from __future__ import annotations

import errno
import gc
import os
import re
import signal
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from publish import document_record, editions, layout_record
from publish.document_record import Prepared
from publish.errors import PublishError
from publish.impose import Imposition, impose
from publish.model import Document
from publish.report import Change, in_source_order
from publish.outputs import PART_SUFFIX, PRINT_FOLDER, lock, output_stem
from publish.render import view

if TYPE_CHECKING:
    from publish.clean import Cleaned

@dataclass(frozen=True)
class Loaded:
    """A source taken through reading, cleaning and structuring."""

    document: Document
    cleaned: Cleaned

    @property
    def changes(self) -> tuple[Change, ...]:
        """Every change made to the text, in source order: the cleaner's and structuring's."""
        return in_source_order(self.cleaned.changes, self.document.changes)


def load(source_path: Path, encoding: str = "utf-8") -> Loaded:
    """Read, clean and structure one source (with its optional TOML)."""
    # Imported here: a build that finds the document's record (document_record) needs none of them.
    from publish.clean import clean
    from publish.config import load_config
    from publish.languages import choose
    from publish.source import columns_side_by_side, read_source
    from publish.structure import structure
    source = read_source(source_path, encoding)
    config = load_config(source.path)
    cleaned = clean(source, choose("\n".join(source.lines), config.metadata.get("language")))
    document = replace(structure(cleaned, config, source.name), modified=last_modified(source.path),
                       pictures=config.pictures,
                       side_by_side=columns_side_by_side(without_furniture(source.lines, cleaned.removals)))
    if not document.chapters and cleaned.blocks:
        raise PublishError("no readable text to publish: no letter or digit in the text's first lines", source.path)
    if not document.chapters:
        removed = len(cleaned.removals)
        raise PublishError(f"no text left to publish: cleaning removed all {removed} line(s) as page "
                           "furniture (page numbers, running heads, credits); see `publish clean --report`",
                           source.path)
    return Loaded(document, cleaned)


def without_furniture(lines: Sequence[str], removals: Sequence[Change]) -> list[str]:
    """The source's lines less the text the cleaner removed as page furniture, each removal left
    as spaces (the other text keeps its columns, a form feed stays and pages stay pages): the
    reading order the editions have is the one to check, and a running foot of three columns
    repeated on every page is none of the text's tables."""
    kept = list(lines)
    for change in removals:
        kept[change.line - 1] = _cut(kept[change.line - 1], change.before)
    return kept


def _cut(line: str, removed: str) -> str:
    """The line with the removed words (the log gives them with single spaces) blanked where they
    open or close it: a folio run into a table's row goes, the row stays.  Words standing
    elsewhere in the line leave it as it is: in doubt, the text is checked."""
    words = r"\s+".join(map(re.escape, removed.split()))
    if not words:
        return line
    found = re.search(rf"^\s*({words})(?!\S)", line) or re.search(rf"(?<!\S)({words})\s*$", line)
    if found is None:
        return line
    return line[:found.start(1)] + " " * (found.end(1) - found.start(1)) + line[found.end(1):]


def _prepared(source_path: Path, encoding: str) -> Prepared:
    """The document of a source read, cleaned and structured, with its language line and warnings."""
    from publish.notices import notices     # imported here, as load's stages are
    loaded = load(source_path, encoding)
    return Prepared(loaded.document, loaded.cleaned.language.describe(),
                    tuple(notices(loaded.cleaned, loaded.document, source_path)))


def _document_key(source_path: Path, encoding: str) -> str | None:
    """The key of the source's document record; None when the source cannot be read for it (then
    reading it again for the build says why)."""
    if not source_path.is_file():
        return None
    try:
        return document_record.document_key(source_path, encoding, last_modified(source_path))
    except (OSError, PublishError):
        return None


def last_modified(source_path: Path) -> int:
    """When the source or its TOML last changed (whole seconds): the edition's modification date."""
    toml = source_path.with_suffix(".toml")
    return int(max(path.stat().st_mtime for path in (source_path, toml) if path.exists()))


def output_paths(source_path: Path, outdir: Path) -> dict[str, Path]:
    """Where each edition of a source goes: OUTDIR/<stem>/<the edition's file name>."""
    stem = output_stem(source_path)
    return editions.output_paths(stem, outdir / stem)


# Collections of the oldest generation a build may set off: none (gc.set_threshold's third
# number counts collections of the middle one; a build makes some hundreds).
_SPARED = 1_000_000


@contextmanager
def oldest_generation_spared():
    """While a build runs, Python's cyclic garbage collector leaves its oldest generation alone
    (the young ones are collected as ever).  What a build keeps lives until it ends (the
    document, the booklet's layout: boxes by the million, shared by the PDF and the EPUB), so
    each full collection walked all of it again for nothing: 0.11 s CPU of a 92-page report's
    full build, 2.5 % (the one set off by importing WeasyPrint, one in the layout, one while the
    EPUB's pages are rendered); some 6 s of a 928-page anthology's 48.  The price: the garbage the
    layout leaves in cycles (some 60,000 objects for those 92 pages) waits until the build
    ends, which raises the peak memory (the same at 92 pages, 5 MB more at 324, 79 MB or 13 %
    more at 928; still linear in pages)."""
    young, middle, oldest = gc.get_threshold()
    gc.set_threshold(young, middle, _SPARED)
    try:
        yield
    finally:
        gc.set_threshold(young, middle, oldest)


@contextmanager
def layouts_dropped():
    """When a build ends, the layouts it made are dropped (render.pdf.forget_layouts): its
    editions shared them, the next build has another document.  A build that laid nothing out
    never loaded render.pdf, and does not load it (and WeasyPrint) for this."""
    try:
        yield
    finally:
        if (pdf := sys.modules.get("publish.render.pdf")) is not None:
            pdf.forget_layouts()


@oldest_generation_spared()
@layouts_dropped()
def build(source_path: Path, outdir: Path, formats: tuple[str, ...] | None = None,
          encoding: str = "utf-8", progress: Callable[[str], None] = lambda step: None,
          imposition: Imposition | None = None, warn: Callable[[str], None] = lambda message: None,
          print_html: bool = False, inform: Callable[[str], None] = lambda line: None) -> list[Path]:
    """Build the requested editions of one source (default: the table's default ones); returns
    the files written.  `inform` hears which language the text was taken to be in, and why.
    The document, that line, the warnings and the foreign phrases of its texts come from the
    record a build of the same inputs left in OUTDIR's cache, else from reading, cleaning and
    structuring the source (and rendering), and are recorded (publish.document_record).

    With an imposition, each imposable edition is also written imposed 2-up for saddle stitching;
    with print_html, the booklet's input to WeasyPrint is written into <stem>/print/
    (render.pdf.print_sources).  An EPUB takes the booklet's layout from the record a build of
    the same inputs left in OUTDIR's cache, else lays it out and leaves the record
    (publish.layout_record).

    Everything is rendered in memory first and only then written, each file to a temporary
    name beside its target and renamed into place, so a failure never leaves a half-written
    or damaged edition behind.
    """
    progress("reading and cleaning")
    record, key = document_record.record_path(outdir, source_path), _document_key(source_path, encoding)
    found = document_record.read(record, key) if key else None
    prepared = found or _prepared(source_path, encoding)
    document = prepared.document
    inform(prepared.language)
    for notice in prepared.warnings:
        warn(notice)
    targets = output_paths(source_path, outdir)
    rendered: dict[Path, bytes] = {}
    chosen = editions.chosen(formats or editions.defaults())
    with room_for_temporary_files(source_path), view.phrases_of_build(prepared.phrases), \
            layout_record.recorded(source_path, outdir, encoding, document, chosen) as recording:
        for edition in chosen:
            progress(f"rendering {edition.name}")
            target = targets[edition.name]
            rendered.update(edition.render(document, edition, target))
            if imposition and edition.imposable:
                progress(f"imposing the {edition.name} edition on sheets")
                rendered[editions.imposed_path(target)] = impose(
                    rendered[target], imposition, partial(_named_warning, warn, target.name))
        if print_html:
            from publish.render.pdf import print_sources
            progress("writing the print HTML")
            folder = targets["pdf"].parent / PRINT_FOLDER
            rendered.update({folder / name: data for name, data in print_sources(document, folder.parent.name).items()})
        if recording:
            rendered.update(recording.files())      # written with the editions, all or none
        if key and not found:
            rendered[record] = document_record.encoded(key, prepared)
    progress("writing")
    write_files(rendered)
    return list(rendered)


def _named_warning(warn: Callable[[str], None], name: str, notice: str) -> None:
    warn(f"{name}: {notice}")


@contextmanager
def room_for_temporary_files(source_path: Path):
    """Rendering writes temporary files (WeasyPrint's font files); a full disk or a file size
    limit there is the user's to fix, so it is a one-line error, not an internal one."""
    try:
        yield
    except OSError as error:
        if error.errno not in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            raise
        raise PublishError(f"no room for the layout's temporary files: {error.strerror}", source_path) from None


@contextmanager
def interrupts_deferred():
    """Ctrl-C and SIGTERM wait until the block ends: the editions are renamed into place all
    or none, never the new PDF beside the old EPUB.  (Renaming takes milliseconds.)"""
    if not hasattr(signal, "pthread_sigmask"):          # not on Windows: renames are not deferred there
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def write_atomically(path: Path, data: bytes) -> None:
    """Write data to a temporary file in the same folder, then rename it over path."""
    write_files({path: data})


def write_files(files: dict[Path, bytes]) -> None:
    """Write every file to a temporary name beside its target, and only when all of them are
    complete rename them into place (Ctrl-C and SIGTERM waiting for the renames).  A full disk,
    a size limit or an interrupt while writing leaves the previous files, every one of them,
    as they were, and no temporary file behind.  PublishError names the file that failed."""
    staged: list[tuple[Path, Path, int]] = []          # (temporary, target, locked descriptor)
    try:
        for path, data in files.items():
            staged.append(_stage(path, data))
        with interrupts_deferred():
            rename_into_place([(temporary, target) for temporary, target, _ in staged])
    finally:
        for temporary, _, descriptor in staged:
            temporary.unlink(missing_ok=True)          # gone already when renamed
            os.close(descriptor)


def rename_into_place(renames: list[tuple[Path, Path]]) -> None:
    for temporary, target in renames:
        try:
            os.replace(temporary, target)
        except OSError as error:
            raise PublishError(f"cannot write the file: {error.strerror or error}", target) from None


def _locked_temporary(path: Path) -> tuple[int, Path]:
    """A new temporary file beside path, locked.  Another run clearing the leftovers of killed
    runs may take it for one and remove it in the instant before the lock is taken; then it is
    made again (the lock waits while that run holds it, so the check after it is reliable)."""
    while True:
        try:
            descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=PART_SUFFIX)
        except OSError as error:
            raise PublishError(f"cannot write in the folder: {error.strerror or error}", path.parent) from None
        try:
            lock(descriptor)
            if os.stat(name).st_ino == os.fstat(descriptor).st_ino:
                return descriptor, Path(name)
        except FileNotFoundError:
            pass
        except BaseException as error:  # also Ctrl-C while the lock waits: never leave a temporary file
            Path(name).unlink(missing_ok=True)
            os.close(descriptor)
            if isinstance(error, OSError):
                raise PublishError(f"cannot write the file: {error.strerror or error}", path) from None
            raise
        os.close(descriptor)


def _stage(path: Path, data: bytes) -> tuple[Path, Path, int]:
    """A complete, synced temporary copy of data beside path, locked while this process lives
    (so another run can tell a leftover of a killed run from a file being written)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PublishError(f"cannot create the folder: {error.strerror or error}",
                           error.filename or path.parent) from None
    if path.parent.is_symlink() or path.is_symlink():
        raise PublishError("refusing to write through a symbolic link", path)
    descriptor, temporary = _locked_temporary(path)
    try:
        with os.fdopen(descriptor, "wb", closefd=False) as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
    except BaseException as error:      # also Ctrl-C / SIGTERM: never leave a temporary file
        temporary.unlink(missing_ok=True)
        os.close(descriptor)
        if isinstance(error, OSError):  # a full disk, a size limit (EFBIG), an I/O error
            raise PublishError(f"cannot write the file: {error.strerror or error}", path) from None
        raise
    return temporary, path, descriptor
