"""Decisions on a private draft, which lives in its author's config folder until tabled.

Withdrawing a private draft keeps the decision beside it, private too. Tabling one publishes it:
the ``table`` decision, then the amendment itself, go into the draft folder, signed, and the
private copy is removed. That is three writes; a mark written first (storage/private.py) lets
the next act of this user, under the folder's lock, finish a tabling cut short (its decision
stored: the amendment is published) or drop it (no decision stored: the draft stays private).
The decision goes first so that an amendment is never in the shared folder without being tabled.
"""

from __future__ import annotations

from pathlib import Path

from draftdesk import signatures, storage
from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.seals import Signer
from draftdesk.services.errors import ServiceError, guarded
from draftdesk.storage import private


def private_drafts(folder: Path) -> dict[str, Amendment]:
    """This user's private drafts of the folder not yet in the draft folder, by id (the caller
    holds the lock)."""
    drafts = private.load_private(folder, [])[0]
    if not drafts:
        return {}
    shared = storage.record_ids(folder, shared_only=True)[0]
    return {a.id: a for a in drafts if a.id not in shared}


def store(folder: Path, decision: Decision, acting: Signer | None) -> None:
    """Store a checked decision (the caller holds the folder's lock)."""
    draft = private_drafts(folder).get(decision.amendment)
    if draft is None:
        guarded(storage.add_decision, folder, decision, acting)
    elif decision.by != draft.author or decision.action not in ("withdraw", "table"):
        # withdrawn unseen, a draft is "withdrawn": the chair on this user's machine could reinstate it
        raise ServiceError(
            f"{draft.id} is {draft.author}'s private draft, never tabled: only its author may table it"
        )
    elif decision.action == "withdraw":
        guarded(private.add_private, folder, decision)
    else:
        guarded(private.mark_tabling, folder, draft.id, decision.id)
        guarded(storage.add_decision, folder, decision, acting)
        _publish(folder, draft, acting)


def _publish(folder: Path, draft: Amendment, acting: Signer | None) -> None:
    """The draft (not in the draft folder yet: the caller read it under the lock) put there."""
    guarded(storage.add_amendment, folder, draft, acting)
    private.forget(folder, draft.id, tabled=True)


def settle(folder: Path) -> None:
    """Finish or drop this user's tablings of the folder cut short (the caller holds the lock)."""
    marks = private.tabling(folder)
    if not marks:
        return
    decided = storage.record_ids(folder, shared_only=True)[1]
    drafts = private_drafts(folder)
    for aid, did in marks.items():
        draft = drafts.get(aid)
        if draft is not None and did in decided:
            _publish(folder, draft, guarded(signatures.signer, folder, draft.author))
        else:
            private.forget(folder, aid, tabled=did in decided)
