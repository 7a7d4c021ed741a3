"""StorageError: every bad file is reported as ``path:line:col: message``, never a traceback.

Files are edited by hand, so an error must say where to look. tomllib reports
the position of a syntax error in its message; for a well-formed file with bad
content, :func:`key_line` finds the line of the offending key in the raw text
(best effort: only computed once something is wrong, so loading stays fast).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

_POSITION_RE = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_END_OF_DOCUMENT_RE = re.compile(r"\s*\(at end of document\)\s*$")


class StorageError(Exception):
    """A file that cannot be read or written, with the position of the problem when known."""

    def __init__(self, path: Path, message: str, line: int | None = None, col: int | None = None) -> None:
        self.path = path
        self.message = message
        self.line = line
        self.col = col
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return f"{where}: {self.message}"


class NewerRecord(StorageError):
    """A record file written by a newer DraftDesk: left out here, but never taken for a bad one."""


def syntax_error(path: Path, text: str, error: tomllib.TOMLDecodeError) -> StorageError:
    """The TOML syntax error, its "(at line L, column C)" turned into ``path:L:C``."""
    message = str(error)
    match = _POSITION_RE.search(message)
    if match:
        return StorageError(path, message[: match.start()], int(match[1]), int(match[2]))
    match = _END_OF_DOCUMENT_RE.search(message)
    if match:
        return StorageError(path, message[: match.start()] + " at end of file", text.count("\n") + 1)
    return StorageError(path, message)


def key_line(text: str, table: str | None = None, index: int = 0, key: str | None = None) -> int | None:
    """Line (1-based) of ``key`` in the ``index``-th ``[[table]]`` (or ``[table]``) of ``text``.

    With no ``table`` the key is looked for among the top-level keys. When the key
    is not there (a missing key), the table's header line is the best answer.
    None when nothing is found.
    """
    lines = text.splitlines()
    start = 0
    if table is not None:
        header = re.compile(rf"^\s*\[\[?\s*{re.escape(table)}\s*\]\]?\s*(#.*)?$")
        found = [n for n, line in enumerate(lines) if header.match(line)]
        if index >= len(found):
            return None
        start = found[index] + 1
    if key is not None:
        key_re = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for n in range(start, len(lines)):
            if lines[n].lstrip().startswith("["):
                break
            if key_re.match(lines[n]):
                return n + 1
    return start if table is not None else None
