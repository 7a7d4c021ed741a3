"""What another terminal just did, in a line each for the room: who did what to which paragraph
("OSCE tabled an amendment to OP4", "MEX withdrew its new paragraph after OP2")."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Set

from draftdesk.engine.amendments import ORDER, Action, Amendment, Decision, Status
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.outputs import AmendmentState
from draftdesk.engine.title import TITLE_ID
from draftdesk.tui.amendment_text import divided

DECIDED: dict[Status, tuple[Action, str]] = {
    "withdrawn": ("withdraw", "withdrew"),
    "accepted": ("accept", "accepted"),
    "rejected": ("reject", "rejected"),
}
"""A status a decision brings: the decision's action (whose ``by`` names the actor) and its verb."""
NAMED = 3
"""How many paragraphs a line names for an amendment of several changes ("… and 8 more")."""


def news(before: Mapping[str, AmendmentState], neg: Negotiation, shown: set[str]) -> list[str]:
    """A line for each change, since ``before`` (the states as they were), to the status or the
    co-sponsors of an amendment of ``shown`` (those the viewer may see); a fall says why, after
    the decision that made it fall."""
    revised = {neg.amendments[aid].supersedes for aid in shown if aid not in before}
    lines: list[str] = []
    falls: list[str] = []
    for aid, state in neg.states().items():
        old = before.get(aid)
        if aid not in shown or aid in revised:  # its revision says so itself
            continue
        amendment = neg.amendments[aid]
        cited = f"({amendment.symbol or aid})"
        if old is None or old.status != state.status:
            line = _status_line(neg, amendment, state.status, old.status if old else None)
            reason = neg.fall_reason(aid) if state.status == "fallen" else divided(neg, aid)
            why = f": {reason}" if reason else ""
            (falls if state.status == "fallen" else lines).extend([f"{line} {cited}{why}"] if line else [])
        for org in state.cosponsors:
            if old is not None and org not in old.cosponsors:
                lines.append(f"{org} co-sponsored {_whose(neg, amendment, org)} {cited}")
    return lines + falls


def rulings(known: Set[str], neg: Negotiation, shown: Iterable[str]) -> list[str]:
    """A line for each ruling on the voting order on an amendment of ``shown`` that is not among
    ``known`` (the decisions' ids as they were), oldest first: rulings change no status."""
    found = [d for aid in shown for d in neg.decisions(aid) if d.action == ORDER and d.id not in known]
    return [ruled(neg, decision) for decision in sorted(found, key=lambda d: (d.at, d.id))]


def ruled(neg: Negotiation, decision: Decision) -> str:
    """ "SEECF ruled that A/C.3/80/L.5 is voted before UNDP's amendment to OP4: closer to the original"."""
    first, then = (
        called(neg, aid) if aid in neg.amendments else aid for aid in (decision.amendment, decision.before)
    )
    return f"{decision.by} ruled that {first} is voted before {then}: {decision.note}"


def _status_line(neg: Negotiation, amendment: Amendment, status: Status, was: Status | None) -> str:
    """ "EU revised its amendment to OP4", "PGA accepted MEX's new paragraph after OP2"…; "" when
    the status is not news (a private draft)."""
    author, what = amendment.author, described(neg, amendment, as_tabled=status == "accepted")
    if status == "tabled" and was in ("withdrawn", "rejected"):
        by = _by(neg, amendment, "reinstate")
        return f"{by} reinstated {_whose(neg, amendment, by)}"
    if status == "tabled":
        if amendment.supersedes:
            return f"{author} revised its {what}"
        return f"{author} tabled {'an' if what[0] in 'aeiou' else 'a'} {what}"
    if status == "superseded":  # by a revision the viewer does not see
        return f"{author} revised its {what}"
    if status == "fallen":
        return f"{author}'s {what} fell"
    if status in DECIDED:
        action, verb = DECIDED[status]
        by = _by(neg, amendment, action)
        return f"{by} {verb} {_whose(neg, amendment, by, status == 'accepted')}"
    return ""


def _by(neg: Negotiation, amendment: Amendment, action: Action) -> str:
    """Who took the latest ``action`` on the amendment (the author, should no record say)."""
    taken = [d for d in neg.decisions(amendment.id) if d.action == action]
    return max(taken, key=lambda d: (d.at, d.id)).by if taken else amendment.author


def _whose(neg: Negotiation, amendment: Amendment, actor: str, as_tabled: bool = False) -> str:
    """The amendment as "its amendment to OP4" when ``actor`` is the author, else as "EU's …"."""
    owner = "its" if actor == amendment.author else f"{amendment.author}'s"
    return f"{owner} {described(neg, amendment, as_tabled)}"


def called(neg: Negotiation, aid: str) -> str:
    """An amendment as the room calls it: its document symbol ("A/C.3/80/L.56"), else "UNDP's
    amendment to OP4"."""
    amendment = neg.amendments[aid]
    return amendment.symbol or f"{amendment.author}'s {described(neg, amendment)}"


def org_name(neg: Negotiation, code: str) -> str:
    """The organization's name as the room knows it, with the code the screen shows it by
    ("Belarus (BLR)"); the code alone when it has no other name."""
    name = next((org.name for org in neg.draft.orgs if org.code == code), "")
    return f"{name} ({code})" if name and name != code else code


def described(neg: Negotiation, amendment: Amendment, as_tabled: bool = False) -> str:
    """What an amendment does, as a noun the room knows it by: "amendment to OP4", "amendment to
    the title", "new paragraph after OP2", "deletion of OP9", "move of OP5 to after OP7";
    several changes: "amendment to PP4, PP15, PP16 and 8 more".

    Paragraphs are numbered as the text stands now (as the screen shows them), or ``as_tabled``
    (an accepted amendment, whose own change renumbered them) and when no longer in it."""

    def where(pid: str) -> str:
        number = None if as_tabled else neg.numbers().get(pid)
        if pid == TITLE_ID:
            return "the title"
        return number.label if number else amendment.cited_as(pid) or neg.label(pid)

    def after(pid: str) -> str:
        return f"after {where(pid)}" if pid else "at the start"

    ops = amendment.ops
    if len(ops) == 1 and ops[0].kind != "modify":
        op = ops[0]
        if op.kind == "insert":
            return f"new {'sub-item' if op.new_kind == 'sub-item' else 'paragraph'} {after(op.after)}"
        return (
            f"deletion of {where(op.target)}"
            if op.kind == "delete"
            else f"move of {where(op.target)} to {after(op.after)}"
        )
    places = list(
        dict.fromkeys(f"new {after(op.after)}" if op.kind == "insert" else where(op.target) for op in ops)
    )
    if len(places) > NAMED:
        return f"amendment to {', '.join(places[:NAMED])} and {len(places) - NAMED} more"
    head, last = places[:-1], places[-1]
    return f"amendment to {', '.join(head)} and {last}" if head else f"amendment to {last}"


def left_out(paths: Iterable[str], neg: Negotiation) -> list[str]:
    """The record files among ``paths`` (just changed) that the folder, loaded whole, did not
    believe or could not read: ``kind/<id>.toml``, for a line naming each (verify says why)."""
    known = {"amendments": neg.amendments.keys(), "decisions": neg.decision_ids()}
    found = []
    for path in sorted(set(paths)):
        kind, name = os.path.basename(os.path.dirname(path)), os.path.basename(path)
        record = kind in known and name.endswith(".toml") and not name.startswith(".")
        if record and name.removesuffix(".toml") not in known[kind] and os.path.lexists(path):
            found.append(f"{kind}/{name}")
    return found
