"""The chair's ruling on the voting order: one amendment voted before another it competes with.

Rule 130 leaves the order of amendments to the chair's judgement when the rule
of "furthest removed" does not settle it, and a chair may be asked to put one
first. The ruling is kept as a decision of its own (action ``order``), with its
reason, never edited: a later ruling prevails.
"""

from __future__ import annotations

from pathlib import Path

from draftdesk import storage
from draftdesk.engine.amendments import ORDER, Decision
from draftdesk.services import checks, stamping
from draftdesk.services.errors import ServiceError, guarded
from draftdesk.services.folder import load, one_writer, signer


@one_writer
def order(folder: Path, by: str, amendment: str, before: str, reason: str) -> Decision:
    """The chair rules that pending amendment ``amendment`` is voted before ``before``."""
    stored, neg = load(folder)
    checks.chair(neg, by, "rule on the voting order")
    first, then = checks.amendment(neg, amendment), checks.amendment(neg, before)
    if not reason.strip():
        raise ServiceError("a ruling on the voting order is recorded with its reason: give one")
    for aid in (first.id, then.id):
        checks.require(neg, aid, ("tabled",), "put to the vote", stored.decisions)
    if first.id == then.id:
        raise ServiceError(f"{first.id} is not voted on before itself: name the amendment it goes before")
    if not any(first.id in g and then.id in g for g in neg.competing_groups()):
        raise ServiceError(f"{first.id} does not compete with {then.id}: each is voted on separately")
    decision = Decision(
        id=stamping.new_id(by, stamping.ids(stored)),
        amendment=first.id,
        action=ORDER,
        by=by,
        at=stamping.stamp(stamping.times(stored)),
        revision=neg.draft.revision,
        note=" ".join(reason.split()),
        before=then.id,
    )
    guarded(storage.add_decision, folder, decision, signer(folder, by))
    return decision
