"""Each amendment's state as the merge leaves it, kept, and derived again only where a change marks it.

Most amendments neither fell nor compete: their state is the one their decisions give them (the
merge's ``base`` states). One that fell is "fallen" (why is worked out when asked:
``Negotiation.fall_reason``); one in a competing group names its rivals and its rank in the voting
order (engine/competition.py).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import NamedTuple

from draftdesk.engine.agreed_text import OpFailed
from draftdesk.engine.competition import Competition
from draftdesk.engine.outputs import AmendmentState


class Merged(NamedTuple):
    """What the states are derived from: the results of the merge."""

    base: Mapping[str, AmendmentState]
    """Each amendment's state as its decisions leave it."""
    fallen: Mapping[str, OpFailed]
    """The amendments that fell on this text, with why."""
    fell_before: Mapping[str, str]
    """The amendments that had fallen when this revision was issued, with why (``Draft.fallen``)."""
    competition: Competition


class AmendmentStates:
    """The states derived so far, and which of them a change has made stale since."""

    def __init__(self) -> None:
        self.states: dict[str, AmendmentState] = {}
        self._stale: set[str] | None = None
        """The ids to derive again; None: every one (nothing derived yet, or a full merge)."""

    def mark(self, ids: Iterable[str]) -> None:
        if self._stale is not None:
            self._stale.update(ids)

    def current(self, merged: Merged, ids: Collection[str]) -> dict[str, AmendmentState]:
        """The state of every amendment of ``ids``, by id, derived again where stale."""
        if self._stale is None or self._stale or not merged.competition.settled():
            self._derive(merged, ids)
        return self.states

    def _derive(self, merged: Merged, ids: Collection[str]) -> None:
        merged.competition.groups()
        self.mark(merged.competition.take_changed())
        if self._stale is None:  # every state, in id order
            base = merged.base
            self.states = states = {aid: base[aid] for aid in sorted(ids)}
            for aid in merged.fallen.keys() | merged.competition.ranks.keys() | merged.fell_before.keys():
                states[aid] = _state(merged, aid)
        else:
            for aid in self._stale:
                self.states[aid] = _state(merged, aid)
            if len(self.states) != len(ids):
                self.states = dict(sorted(self.states.items()))
        self._stale = set()


def _state(merged: Merged, aid: str) -> AmendmentState:
    base = merged.base[aid]
    status = base.status
    ranks = merged.competition.ranks
    standing = status in ("tabled", "accepted")
    if aid not in merged.fallen and aid in merged.fell_before and standing:
        return AmendmentState(aid, "fallen", (), 0, base.cosponsors)
    if aid in merged.fallen and standing:
        status = "fallen"
    elif aid not in ranks:  # neither fell nor competes: as its decisions leave it
        return base
    if aid not in ranks:  # in no competing group: no rivals
        return AmendmentState(aid, status, (), 0, base.cosponsors)
    rivals = merged.competition.rivals(aid)
    return AmendmentState(aid, status, rivals, ranks[aid], base.cosponsors)
