"""Issue a revision: the chair makes the agreed text the base of the next revision."""

from __future__ import annotations

from pathlib import Path

from draftdesk import storage
from draftdesk.engine.revision import RevisionResult
from draftdesk.engine.revision import issue_revision as revise
from draftdesk.services import checks, stamping
from draftdesk.services.errors import guarded
from draftdesk.services.folder import negotiation, one_writer


@one_writer
def issue_revision(folder: Path, by: str) -> RevisionResult:
    """The chair makes the agreed text the base of Rev.N+1; the old base is kept in revisions/."""
    neg = negotiation(folder)
    checks.chair(neg, by, "issue a revision")
    result = revise(neg, by, stamping.stamp([t for t in (neg.last_event, neg.draft.issued_at) if t]))
    guarded(storage.archive_revision, folder, neg.draft)
    guarded(storage.save_draft, folder, result.draft)
    return result
