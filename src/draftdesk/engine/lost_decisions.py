"""Decisions whose effect the merged negotiation does not show: what ``verify`` reports of them.

Under one folder's lock a decision is checked against the state it changes, so it always takes
effect. Decisions taken at once on two clones meet only when git brings them together: an
acceptance may then arrive after its amendment was rejected, withdrawn or made impossible by a
rival's acceptance, or a rejection after the amendment was accepted. The records decide the same
way on every clone (decisions in ``(at, id)`` order, one base text standing), so the decision
that lost is believed but changes nothing; it is named, never shown as taking effect (an
acceptance whose words are not in the text is shown fallen or as its decisions leave it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from draftdesk.engine.amendments import Decision
from draftdesk.engine.lifecycle import decision_key
from draftdesk.engine.outputs import AmendmentState

OVERRULED_BY_ACCEPTANCE = frozenset(("reject", "withdraw"))


def lost(decisions: Iterable[Decision], states: Mapping[str, AmendmentState]) -> list[tuple[Decision, str]]:
    """Each acceptance of an amendment that is not accepted with its words in the text, and each
    rejection or withdrawal taken after its amendment's acceptance, with what became of it."""
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
                why = f": {state.reason}" if state.reason else ""
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
