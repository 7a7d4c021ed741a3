"""A draft folder on disk: load it whole, create it, add to it.

Layout (docs/architecture.md): ``draft.toml``, ``revisions/rev-N.toml``,
``amendments/<id>.toml``, ``decisions/<id>.toml``. Amendments and decisions are
immutable: each is created once, exclusively, and never rewritten, so two
delegates (or two git clones) never write the same file. Everything written is
first checked by the same decoder that loads it, so a write can never make the
folder unreadable.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import tomlkit
from tomlkit.exceptions import ParseError

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.model import Draft

from . import atomic
from .decode import Invalid, amendment_from, decision_from, draft_from
from .encode import amendment_data, decision_data, draft_data, dumps, update_draft
from .errors import StorageError, key_line, syntax_error

DRAFT_FILE = "draft.toml"
AMENDMENTS = "amendments"
DECISIONS = "decisions"
REVISIONS = "revisions"

T = TypeVar("T", Amendment, Decision)


class Stored(NamedTuple):
    """Everything a draft folder holds, as the engine wants it."""

    draft: Draft
    amendments: list[Amendment]
    decisions: list[Decision]


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8")
    except FileNotFoundError:
        raise StorageError(path, "not found") from None
    except UnicodeDecodeError as error:
        raise StorageError(path, f"not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise StorageError(path, f"cannot read: {error.strerror or error}") from None
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise syntax_error(path, text, error) from None


def _invalid(path: Path, text: str, problem: Invalid) -> StorageError:
    return StorageError(path, problem.message, key_line(text, problem.table, problem.index, problem.key))


def _objects(folder: Path, decode: Callable[[dict[str, Any]], T]) -> list[T]:
    """Every ``<id>.toml`` in ``folder`` (sorted by name), each id checked against its file name."""
    try:
        names = sorted(os.listdir(folder))
    except FileNotFoundError:
        return []
    found: list[T] = []
    for name in names:
        if name.startswith(".") or not name.endswith(".toml"):
            continue  # writers' temporary files, editors' backups
        path = folder / name
        text, data = _read(path)
        try:
            record = decode(data)
        except Invalid as problem:
            raise _invalid(path, text, problem) from None
        if record.id != name[:-5]:
            raise StorageError(
                path, f"id {record.id!r} does not match the file name", key_line(text, key="id")
            )
        found.append(record)
    return found


def load(folder: Path) -> Stored:
    """The draft, its amendments and decisions; StorageError on the first bad file."""
    folder = Path(folder)
    path = folder / DRAFT_FILE
    if not path.is_file():
        raise StorageError(folder, "not a draft folder (no draft.toml)")
    text, data = _read(path)
    try:
        draft = draft_from(data, folder.resolve().name)
    except Invalid as problem:
        raise _invalid(path, text, problem) from None
    return Stored(
        draft, _objects(folder / AMENDMENTS, amendment_from), _objects(folder / DECISIONS, decision_from)
    )


def _valid(path: Path, data: dict[str, Any], decode: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    """``data``, unless the loader would refuse it: then StorageError, and nothing is written."""
    try:
        decode(data)
    except Invalid as problem:
        raise StorageError(path, f"refused to write: {problem.message}") from None
    return data


def _draft_text(path: Path, draft: Draft) -> str:
    return dumps(_valid(path, draft_data(draft), lambda data: draft_from(data, draft.slug)))


def _record_text(path: Path, record: Amendment | Decision) -> str:
    if isinstance(record, Amendment):
        return dumps(_valid(path, amendment_data(record), amendment_from))
    return dumps(_valid(path, decision_data(record), decision_from))


def _object_path(folder: Path, kind: str, record_id: str) -> Path:
    """``folder/kind/<id>.toml``; an id that is not a plain file name is refused."""
    if not record_id or record_id.startswith(".") or any(c in record_id for c in "/\\:\0"):
        raise StorageError(folder / kind, f"{record_id!r} cannot be used as a file name")
    return folder / kind / f"{record_id}.toml"


def _add(folder: Path, kind: str, record: Amendment | Decision) -> Path:
    folder = Path(folder)
    if not (folder / DRAFT_FILE).is_file():
        raise StorageError(folder, "not a draft folder (no draft.toml)")
    path = _object_path(folder, kind, record.id)
    text = _record_text(path, record)
    with contextlib.suppress(FileExistsError):
        path.parent.mkdir()
    atomic.create(path, text)
    return path


def add_amendment(folder: Path, amendment: Amendment) -> Path:
    """Store a new amendment; StorageError if one with its id exists (never overwritten)."""
    return _add(folder, AMENDMENTS, amendment)


def add_decision(folder: Path, decision: Decision) -> Path:
    """Store a new decision; StorageError if one with its id exists (never overwritten)."""
    return _add(folder, DECISIONS, decision)


def save_draft(folder: Path, draft: Draft) -> None:
    """Rewrite draft.toml atomically; a hand-edited file keeps its comments and layout."""
    path = Path(folder) / DRAFT_FILE
    try:
        existing = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        atomic.replace(path, _draft_text(path, draft))
        return
    except (OSError, UnicodeDecodeError) as error:
        raise StorageError(path, f"cannot read: {error}") from None
    try:
        document = tomlkit.parse(existing)
    except ParseError as error:
        raise StorageError(path, f"cannot update a file that is not valid TOML: {error}") from None
    _valid(path, draft_data(draft), lambda data: draft_from(data, draft.slug))
    update_draft(document, draft)
    atomic.replace(path, tomlkit.dumps(document))


def archive_revision(folder: Path, draft: Draft) -> Path:
    """Keep the base text of revision ``draft.revision`` as revisions/rev-N.toml (never overwritten)."""
    path = Path(folder) / REVISIONS / f"rev-{draft.revision}.toml"
    text = _draft_text(path, draft)
    try:
        path.parent.mkdir(exist_ok=True)
    except OSError as error:
        raise StorageError(path.parent, f"cannot create: {error.strerror or error}") from None
    atomic.create(path, text)
    return path


def create(
    folder: Path, draft: Draft, amendments: Iterable[Amendment] = (), decisions: Iterable[Decision] = ()
) -> None:
    """A new draft folder, appearing whole: written in a hidden sibling folder, then renamed.

    StorageError if ``folder`` already holds anything. Files inside the hidden
    folder need no atomic dance (nobody sees them yet); each is fsynced before the rename.
    """
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise StorageError(folder, "already exists and is not empty")
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = folder.with_name(f".{folder.name}.{secrets.token_hex(4)}{atomic.TEMP_SUFFIX}")
        staging.mkdir()
    except OSError as error:
        raise StorageError(folder, f"cannot create: {error.strerror or error}") from None
    try:
        _write_new(staging / DRAFT_FILE, _draft_text(folder / DRAFT_FILE, draft))
        for kind, records in ((AMENDMENTS, amendments), (DECISIONS, decisions)):
            (staging / kind).mkdir()
            for record in records:
                path = _object_path(folder, kind, record.id)
                _write_new(staging / kind / path.name, _record_text(path, record), path)
        os.rename(staging, folder)
    except OSError as error:
        raise StorageError(folder, f"cannot create: {error.strerror or error}") from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    atomic.sync_folder(folder.parent)


def _write_new(path: Path, text: str, shown: Path | None = None) -> None:
    try:
        with open(path, "x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except FileExistsError:
        raise StorageError(shown or path, "given twice: ids must be unique") from None
