"""Import: a plain-text document becomes a new draft folder."""

from __future__ import annotations

import re
from pathlib import Path

from draftdesk import storage
from draftdesk.engine.importing import ImportFailed, decode_document, import_text
from draftdesk.services.errors import ServiceError, guarded


def import_document(
    source: Path, drafts: Path, *, slug: str | None = None, chair: str | None = None
) -> tuple[Path, list[str]]:
    """Import a plain-text document as a new draft folder ``drafts/<slug>``; returns it and the warnings."""
    name = slug or _slug(source.stem)
    if not name or "/" in name or name.startswith("."):
        raise ServiceError(f"not a usable draft name: {name!r} (give --slug)")
    folder = drafts / name
    if folder.exists():
        raise ServiceError(f"{folder} already exists: choose another --slug")
    try:
        data = source.read_bytes()
    except OSError as err:
        raise ServiceError(f"{source}: cannot read: {err.strerror or err}") from None
    try:
        result = import_text(decode_document(data), slug=name, chair=chair)
    except ImportFailed as err:
        raise ServiceError(f"{source}: {err}") from None
    guarded(storage.create, folder, result.draft)
    return folder, list(result.warnings)


def _slug(stem: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
