"""The one error type users see: a message naming the file (and line where it applies)."""
from __future__ import annotations


class PublishError(Exception):
    """A failure the user can act on; the CLI prints it as one line and exits non-zero."""

    def __init__(self, message: str, path: object = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{where}{self.message}"
