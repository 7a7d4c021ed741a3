"""What another terminal just did, in a line each for the room: "OSCE tabled an amendment to OP4"."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from draftdesk.engine.merge import Negotiation
from draftdesk.engine.outputs import AmendmentState
from draftdesk.engine.title import TITLE_ID

DONE = {
    "tabled": "{author} tabled",
    "withdrawn": "{author} withdrew",
    "accepted": "{chair} accepted",
    "rejected": "{chair} rejected",
    "fallen": "Fell:",
    "superseded": "{author} revised",
}
"""The line's start, by the status an amendment came to."""


def news(before: Mapping[str, AmendmentState], neg: Negotiation, shown: set[str]) -> list[str]:
    """A line for each amendment of ``shown`` (those the viewer may see) whose status is new since
    ``before`` (the states as they were)."""
    chair = ", ".join(sorted(neg.draft.chair)) or "The chair"
    lines = []
    for aid, state in neg.states().items():
        old = before.get(aid)
        if aid not in shown or (old is not None and old.status == state.status) or state.status not in DONE:
            continue
        amendment = neg.amendments[aid]
        numbered = [neg.label(pid) for pid in amendment.targets if pid in neg.numbers()]
        where = next(iter(numbered), "the title" if TITLE_ID in amendment.targets else "the text")
        start = DONE[state.status].format(author=amendment.author, chair=chair)
        whose = "an" if state.status == "tabled" else f"{amendment.author}'s"
        lines.append(f"{start} {whose} amendment to {where} ({amendment.symbol or aid})")
    return lines


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
