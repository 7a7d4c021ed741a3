"""Import: a document (plain text or Word .docx) becomes a new draft folder, or the next revision
of a draft."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from draftdesk import signatures, storage
from draftdesk.engine.revision import RevisionResult, differs, holding
from draftdesk.engine.title import title_paragraph
from draftdesk.services import stamping
from draftdesk.services.errors import ServiceError, guarded
from draftdesk.services.folder import one_writer
from draftdesk.services.revising import as_chair, record

if TYPE_CHECKING:
    from draftdesk.engine.importing import ImportResult


def import_document(
    source: Path, drafts: Path, *, slug: str | None = None, chair: str | None = None
) -> tuple[Path, list[str]]:
    """Import a document (plain text or .docx) as a new draft folder ``drafts/<slug>``; returns it and
    the warnings."""
    name = slug or _slug(source.stem)
    if not name or "/" in name or name.startswith("."):
        raise ServiceError(f"not a usable draft name: {name!r} (give --slug)")
    folder = drafts / name
    if folder.exists():
        raise ServiceError(f"{folder} already exists: choose another --slug")
    result = _read(source, slug=name, chair=chair)
    guarded(storage.create, folder, result.draft)
    guarded(signatures.found, folder)  # this machine gets a key for each organization the import made
    return folder, list(result.warnings)


@one_writer
def import_revision(folder: Path, by: str, source: Path) -> tuple[RevisionResult, list[str]]:
    """The chair makes a revised text of the draft (its Rev.1, a new text of the same draft) the
    base of its next revision: each paragraph keeps the id of the one it revises, so amendments
    still find their paragraph (or fall with the reason); a signed record in revisions/, as
    :func:`~draftdesk.services.revising.issue_revision` makes."""
    from draftdesk.engine.importing.alignment import as_revision_of

    trusted, neg, acting = as_chair(folder, by)
    result = _read(source, slug=neg.draft.slug, chair=None)
    draft, concordance = as_revision_of(neg.draft, result.draft)
    if not differs(title_paragraph(draft), draft.paragraphs, neg.draft):
        raise ServiceError(f"nothing to revise: {source.name} is Rev.{neg.draft.revision} as it stands")
    draft = replace(draft, issued_by=by, issued_at=stamping.stamp([t for t in (neg.last_event,) if t]))
    record(folder, trusted, acting, draft, holding(neg))  # the revised text holds them all
    return RevisionResult(draft, concordance), list(result.warnings)


def _read(source: Path, *, slug: str, chair: str | None) -> ImportResult:
    """The document imported; the importer is imported here, at the first import, not with every
    command (docs/performance.md)."""
    from draftdesk.engine.importing import ImportFailed, decode_document, import_text
    from draftdesk.engine.importing.decode import refuse_unreadable
    from draftdesk.engine.importing.docx import import_docx

    try:
        data = source.read_bytes()
    except OSError as err:
        raise ServiceError(f"{source}: cannot read: {err.strerror or err}") from None
    try:
        refuse_unreadable(data, str(source))
        if zipfile.is_zipfile(BytesIO(data)):
            return import_docx(data, slug=slug, chair=chair)
        return import_text(decode_document(data, name=str(source)), slug=slug, chair=chair)
    except ImportFailed as err:
        raise ServiceError(f"{source}: {err}") from None


def _slug(stem: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
