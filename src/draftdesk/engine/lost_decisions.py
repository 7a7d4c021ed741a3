"""Decisions, and revisions of amendments, whose effect the merged negotiation does not show: what
``verify`` reports of them.

Under one folder's lock a decision is checked against the state it changes, so it always takes
effect. Decisions taken at once on two clones meet only when git brings them together: an
acceptance may then arrive after its amendment was rejected, withdrawn or made impossible by a
rival's acceptance, or a rejection after the amendment was accepted. The records decide the same
way on every clone (decisions in ``(at, id)`` order, one base text standing), so the decision
that lost is believed but changes nothing; it is named, never shown as taking effect (an
acceptance whose words are not in the text is shown fallen or as its decisions leave it). So is a
delegation's revision of its amendment (``supersedes``) that met the amendment's acceptance.
"""

from __future__ import annotations

from collections.abc import Iterable

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.lifecycle import decision_key
from draftdesk.engine.merge import Negotiation

OVERRULED_BY_ACCEPTANCE = frozenset(("reject", "withdraw"))


def lost(decisions: Iterable[Decision], neg: Negotiation) -> list[tuple[Decision, str]]:
    """Each acceptance of an amendment that is not accepted with its words in the text, and each
    rejection or withdrawal taken after its amendment's acceptance, with what became of it."""
    states = neg.states()
    decisions = sorted(decisions, key=decision_key)
    accepted: set[str] = set()
    found = []
    for decision in decisions:
        aid, action = decision.amendment, decision.action
        state = states.get(aid)
        if state is None:
            continue  # its amendment has not arrived: the decision waits for it
        if action == "accept":
            accepted.add(aid)
            if state.status != "accepted":
                why = _why(neg, aid)
                found.append(
                    (
                        decision,
                        f"{decision.by}'s acceptance did not take effect: {aid} is {state.status}{why}",
                    )
                )
        elif action in OVERRULED_BY_ACCEPTANCE and aid in accepted and state.status == "accepted":
            found.append(
                (decision, f"{decision.by}'s {action} did not take effect: {aid} was accepted before")
            )
    return found


def lost_revisions(amendments: Iterable[Amendment], neg: Negotiation) -> list[tuple[Amendment, str]]:
    """Each revision of an amendment accepted meanwhile (on another copy: under one lock an accepted
    amendment cannot be revised), with what became of it."""
    states = neg.states()
    found = []
    for amendment in amendments:
        old, state = states.get(amendment.supersedes), states.get(amendment.id)
        if old is None or state is None or old.status != "accepted" or state.status == "accepted":
            continue
        why = _why(neg, amendment.id)
        old_id = amendment.supersedes
        said = f"{amendment.author}'s revision of {old_id} did not take effect: {old_id} was accepted before "
        found.append((amendment, f"{said}it arrived; {amendment.id} is {state.status}{why}"))
    return found


def _why(neg: Negotiation, aid: str) -> str:
    reason = neg.fall_reason(aid)
    return f": {reason}" if reason else ""
