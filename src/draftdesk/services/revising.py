"""Issue a revision: the chair makes the agreed text (or a revised text it imports, or the agreed
text with a hand edit of draft.toml adopted) the base of the next revision, as a signed record of
its own (engine/revision_chain.py): one new file, never an edit of draft.toml, so a revision is
never half issued and two clones never conflict."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from draftdesk import signatures, storage
from draftdesk.engine.authority import Believed
from draftdesk.engine.hand_edits import NotAdoptable, adopted
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft
from draftdesk.engine.revision import RevisionResult, changed, holding
from draftdesk.engine.revision import issue_revision as revise
from draftdesk.engine.revision_chain import RevisionRecord
from draftdesk.engine.seals import Signer
from draftdesk.services import checks, stamping
from draftdesk.services.errors import ServiceError, guarded
from draftdesk.services.folder import believing, one_writer, signer


@one_writer
def issue_revision(folder: Path, by: str) -> RevisionResult:
    """The chair makes the agreed text the base of Rev.N+1."""
    trusted, neg, acting = as_chair(folder, by)
    if not changed(neg):
        revision = neg.draft.revision
        raise ServiceError(
            f"nothing to revise: no accepted amendment has changed Rev.{revision} (accept one first)"
        )
    result = revise(neg, by, stamping.stamp([t for t in (neg.last_event, neg.draft.issued_at) if t]))
    record(folder, trusted, acting, result.draft, holding(neg))
    return result


@one_writer
def adopt_hand_edit(folder: Path, by: str) -> RevisionResult | None:
    """The chair adopts the hand edit of draft.toml (engine/hand_edits.py): Rev.N+1 is the agreed
    text with it, signed; then draft.toml's signed text is written back (the edited file kept in
    set-aside/), as the edit is in the revision now. None when the text that stands holds it already
    (a first adoption killed before draft.toml was written back): draft.toml is written back only."""
    trusted, neg, acting = as_chair(folder, by)
    if not signatures.draft_file_edited(trusted):
        raise ServiceError("draft.toml is as it was signed: no change made by hand to adopt")
    founding = trusted.revisions[0].draft
    at = stamping.stamp([t for t in (neg.last_event, neg.draft.issued_at) if t])
    try:
        result = adopted(neg, founding, guarded(storage.load_draft, folder), by, at)
    except NotAdoptable as why:
        raise ServiceError(f"{why}; or `verify --set-aside` writes the signed text back") from None
    if result is not None:
        record(folder, trusted, acting, result.draft, holding(neg))
    guarded(storage.restore_draft_file, folder, founding)
    return result


def as_chair(folder: Path, by: str) -> tuple[Believed, Negotiation, Signer | None]:
    """The folder as read, believed and merged, once ``by`` is known to hold the chair, and how it
    signs (a draft not yet founded is founded first, so its revisions are signed)."""
    _, trusted = believing(folder)
    neg = Negotiation(trusted.draft, trusted.amendments, trusted.decisions)
    checks.chair(neg, by, "issue a revision")
    acting = signer(folder, by)
    if acting is not None and not trusted.founded:
        _, trusted = believing(folder)
        neg = Negotiation(trusted.draft, trusted.amendments, trusted.decisions)
    return trusted, neg, acting


def record(
    folder: Path,
    trusted: Believed,
    acting: Signer | None,
    draft: Draft,
    accepted: frozenset[str],
) -> None:
    """Store ``draft`` as the next base text, revising the one that stands, holding the acceptances
    of ``accepted`` (the caller holds the lock)."""
    by = draft.issued_by
    if trusted.revisions:
        revises = trusted.revisions[-1].id
    else:  # none believed (one_writer signs an old folder's, unless a text file, not believed, is there)
        founding = signatures.founding_text(guarded(storage.load_draft, folder), by)
        revises = guarded(storage.add_revision, folder, founding, acting).stem
    text = RevisionRecord(stamping.new_id(by, ()), by, datetime.now(UTC), revises, draft, accepted)
    guarded(storage.add_revision, folder, text, acting)
