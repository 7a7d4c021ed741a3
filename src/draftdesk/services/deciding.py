"""Decide: table, co-sponsor, accept, reject, withdraw or reinstate an amendment, if the rules allow.

Only the author tables and withdraws; anyone but the author co-sponsors; only
the chair accepts, rejects and reinstates. A decision is checked against the
folder as read under its lock, so two taken at the same moment take turns.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from draftdesk.engine.amendments import ACTIONS, Decision
from draftdesk.engine.causes import PAST
from draftdesk.engine.division import divided
from draftdesk.engine.merge import Negotiation
from draftdesk.services import checks, stamping, tabling
from draftdesk.services.errors import ServiceError
from draftdesk.services.folder import check_signing, load, one_writer, signer
from draftdesk.services.known import Known, unchanged

ALLOWED: dict[str, tuple[str, ...]] = {
    "table": ("draft",),
    "withdraw": ("draft", "tabled"),
    "cosponsor": ("tabled",),
    "reinstate": ("withdrawn", "rejected"),
    "accept": ("tabled",),
    "reject": ("tabled",),
}
"""The statuses each action may be taken on."""
DONE = {action: PAST[action] for action in ACTIONS}


class Taken(NamedTuple):
    """A decision as stored, the statuses before it and the merged state after it, read under the lock."""

    decision: Decision
    before: dict[str, str]
    after: Negotiation
    voted_first: str = ""
    """The pending rival the voting order puts first, when an amendment voted later was accepted."""


@one_writer
def take(
    folder: Path, by: str, amendment: str, action: str, note: str = "", parts: Iterable[int] = ()
) -> Taken:
    """Record ``by``'s ``action`` on an amendment, checked against the folder as read under its lock.
    ``parts``: the question was divided, and the parts named were accepted (or rejected), the others
    not (:func:`draftdesk.engine.division.divided`).

    Two decisions taken at the same moment take turns: the second is checked
    against the first, and refused with what happened ("… fell when … was
    accepted a moment ago") instead of being stored to change nothing.
    """
    stored, neg = load(folder)
    before = {aid: state.status for aid, state in neg.states().items()}
    ids, times = stamping.ids(stored), stamping.times(stored)
    decision = _checked(neg, stored.decisions, by, amendment, action, note, ids, times, parts)
    first = _voted_first(neg, decision.amendment) if decision.action == "accept" else ""
    tabling.store(folder, decision, signer(folder, by))
    neg.add_decision(decision)
    return Taken(decision, before, neg, first)


def _voted_first(neg: Negotiation, amendment: str) -> str:
    """The amendment its competing group votes on first, if not this one (rule 130 or the chair's ruling)."""
    group = next((g for g in neg.competing_groups() if amendment in g), [amendment])
    return group[0] if group[0] != amendment else ""


def tabling_note(neg: Negotiation, decision: Decision) -> str:
    """For a private draft tabled after the chair issued a revision, that its numbers are not today's:
    "RUS-… was written on Rev.2: OP210, now OP209 (the text is Rev.3 now)", else ""."""
    if decision.action != "table":
        return ""
    from draftdesk.engine.amendment_list import written_on_older  # only when a draft is tabled

    older = written_on_older(neg, neg.amendments[decision.amendment])
    return f"{decision.amendment} was {older} (the text is Rev.{neg.draft.revision} now)" if older else ""


def decide(
    folder: Path,
    by: str,
    amendment: str,
    action: str,
    note: str = "",
    *,
    shown: Decision | None = None,
    known: Known | None = None,
    parts: Iterable[int] = (),
) -> Decision:
    """Record ``by``'s ``action`` on an amendment if the rules allow it on the folder as read under its
    lock (see :func:`take`); returns the decision as stored.

    A caller that shows the decision before it is stored (the TUI) made it with :func:`new_decision` on
    the state it holds, and passes it as ``shown`` with ``known``, what that state was made from
    (:func:`.known.known`): while the folder still holds just that (:func:`.known.unchanged`), the
    check made on it stands and ``shown`` is stored as it is, signed as ``known.signing`` says.
    Otherwise the rules are checked again on the folder loaded whole (refused, saying what happened,
    if another act came first), and the decision is stamped after every event there.
    """
    if shown is None:
        return take(folder, by, amendment, action, note, parts).decision
    return _store_shown(folder, shown, known)


def new_decision(
    folder: Path,
    by: str,
    amendment: str,
    action: str,
    note: str = "",
    *,
    current: Negotiation | None = None,
    parts: Iterable[int] = (),
) -> Decision:
    """``by``'s ``action`` on an amendment, checked against the rules, not yet stored.

    ``current`` is the caller's merged state of the folder, if it keeps one
    fresh (the TUI, through its watcher): checked against instead of loading
    the folder again. It is not changed. This check lets the TUI show the
    decision at once; :func:`decide` checks it again under the lock as it stores it.
    Such a caller has made sure it may sign as ``by`` (:func:`.folder.check_signing`).
    """
    if current is None:
        check_signing(folder, by)
        stored, neg = load(folder)
        ids, times = stamping.ids(stored), stamping.times(stored)
        return _checked(neg, stored.decisions, by, amendment, action, note, ids, times, parts)
    times = [] if current.last_event is None else [current.last_event]
    # the ids are looked up, not copied: thousands of them at each decision
    return _checked(current, (), by, amendment, action, note, current.amendments.keys(), times, parts)


@one_writer
def _store_shown(folder: Path, decision: Decision, known: Known | None) -> Decision:
    """:func:`decide`'s store of a decision the caller shows already, under the folder's lock."""
    if known is not None and unchanged(folder, known):
        tabling.store(folder, decision, known.signing.signer)
        return decision
    acting = signer(folder, decision.by)
    stored, neg = load(folder)
    taken = stamping.ids(stored)
    checked = _checked(
        neg,
        stored.decisions,
        decision.by,
        decision.amendment,
        decision.action,
        decision.note,
        taken,
        (),
        decision.parts,
    )
    stored_as = decision._replace(
        id=checked.id if decision.id in taken else decision.id,
        at=stamping.after(decision.at, stamping.times(stored)),
        revision=neg.draft.revision,
    )
    tabling.store(folder, stored_as, acting)
    return stored_as


def _checked(
    neg: Negotiation,
    history: Iterable[Decision],
    by: str,
    amendment: str,
    action: str,
    note: str,
    taken: Collection[str],
    times: Iterable[datetime],
    parts: Iterable[int] = (),
) -> Decision:
    """The decision, if the rules allow it on ``neg``; ``history`` (the decisions read) explains a
    refusal that another act has just caused; ``parts``: see :func:`take`."""
    if action not in ACTIONS:
        raise ServiceError(f"unknown action {action!r} (use {', '.join(ACTIONS)})")
    org = checks.org(neg, by)
    target = checks.amendment(neg, amendment)
    aid, author = target.id, target.author
    if action in ("accept", "reject", "reinstate") and not org.is_chair:
        raise ServiceError(f"only the chair may {action} an amendment; {by} does not hold the chair")
    if action in ("table", "withdraw") and by != author:
        raise ServiceError(f"{aid} is {author}'s amendment: only its author may {action} it")
    if action == "cosponsor":
        if by == author:
            raise ServiceError(f"{aid} is {by}'s own amendment: its author cannot co-sponsor it")
        if by in neg.state(aid).cosponsors:
            raise ServiceError(f"{by} already co-sponsors {aid}")
    checks.require(neg, aid, ALLOWED[action], DONE[action], history)
    adopted: tuple[int, ...] = ()
    if parts:
        if action not in ("accept", "reject"):
            raise ServiceError(f"only an acceptance or a rejection divides an amendment, not a {action}")
        try:
            action, adopted = divided(target, action, parts)
        except ValueError as err:
            raise ServiceError(f"{aid} cannot be divided so: {err}") from None
    return Decision(
        id=stamping.new_id(by, taken),
        amendment=aid,
        action=action,  # type: ignore[arg-type]
        by=by,
        at=stamping.stamp(times),
        revision=neg.draft.revision,
        note=note.strip(),
        parts=adopted,
    )
