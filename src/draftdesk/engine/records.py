"""The amendments and decisions of one draft, kept as the merge looks them up.

By id, by the paragraphs an amendment names, by the amendment a decision is on,
and by the amendment a revised one supersedes. What only an incremental merge
asks for (the paragraph index, the set of decision ids, the latest event) is
worked out when first asked and then kept up, so a one-off merge (a CLI
command) never builds it.
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from datetime import datetime

from draftdesk.engine.amendments import ORDER, Amendment, Decision
from draftdesk.engine.lifecycle import DecisionKey, Folded, decision_key, fold, initial_status, tabled_at
from draftdesk.engine.outputs import AmendmentState
from draftdesk.engine.voting import Ruling

_NONE: frozenset[str] = frozenset()


class Records:
    """Every amendment and decision recorded so far (records are immutable: only added)."""

    def __init__(self, amendments: Iterable[Amendment], decisions: Iterable[Decision]) -> None:
        self.amendments: dict[str, Amendment] = {}
        self.decisions: dict[str, list[Decision]] = {}
        """By the amendment they are on, in the order they were recorded."""
        self.superseders: dict[str, set[str]] = {}
        """The amendments that revise each amendment."""
        self._index: dict[str, set[str]] | None = None  # see naming
        self._decision_ids: set[str] | None = None  # see decision_ids
        self._last: DecisionKey | None = None  # see latest_decision
        self._last_known = False
        self._last_created: datetime | None = None  # see last_event
        self._rulings: dict[DecisionKey, Ruling] = {}  # the chair's on the voting order, see rulings
        self.add_amendments(amendments)
        self.add_decisions(decisions)

    def add_amendments(self, amendments: Iterable[Amendment]) -> None:
        """Record amendments (a merge records thousands: one loop, not a call each)."""
        registry, index, superseders = self.amendments, self._index, self.superseders
        for amendment in amendments:
            registry[amendment.id] = amendment
            if index is not None:
                _add_to_index(index, amendment)
            if amendment.supersedes:
                superseders.setdefault(amendment.supersedes, set()).add(amendment.id)
            if self._last_created is not None and amendment.created > self._last_created:
                self._last_created = amendment.created

    def add_decisions(self, decisions: Iterable[Decision]) -> None:
        """Record decisions (a merge records thousands: one loop, not a call each)."""
        ids, by_amendment = self._decision_ids, self.decisions
        known, last = self._last_known, self._last
        for decision in decisions:
            if ids is not None:
                ids.add(decision.id)
            if decision.amendment in by_amendment:
                by_amendment[decision.amendment].append(decision)
            else:
                by_amendment[decision.amendment] = [decision]
            if known and (last is None or decision_key(decision) > last):
                last = decision_key(decision)
            if decision.action == ORDER:
                self._rulings[decision_key(decision)] = Ruling(
                    decision.amendment, decision.before, decision.note
                )
        self._last = last

    def rulings(self) -> list[Ruling]:
        """The chair's rulings on the voting order, in the order they were made. A ruling on an
        amendment holds for the version that revises it: it is the same proposal, revised."""
        return [
            Ruling(self.latest_version(r.first), self.latest_version(r.then), r.reason)
            for r in (self._rulings[key] for key in sorted(self._rulings))
        ]

    def latest_version(self, aid: str) -> str:
        """The amendment that last revised ``aid`` (``aid`` itself when none has)."""
        seen = {aid}
        while revisions := self.superseders.get(aid, set()) - seen:
            aid = max(revisions, key=lambda s: (self.amendments[s].created, s))
            seen.add(aid)
        return aid

    def tabled(self, aid: str) -> datetime:
        """When an amendment was tabled (a private draft: when its author tabled it)."""
        amendment = self.amendments[aid]
        return tabled_at(amendment, self.decisions.get(aid, ())) or amendment.created

    def naming(self, paragraph_id: str) -> Set[str]:
        """The amendments whose operations name a paragraph."""
        if self._index is None:
            self._index = {}
            for amendment in self.amendments.values():
                _add_to_index(self._index, amendment)
        return self._index.get(paragraph_id, _NONE)

    def first_acceptance(self, aid: str) -> Decision | None:
        """The first acceptance of an amendment (an acceptance is final: the one it stands on)."""
        taken = (d for d in self.decisions.get(aid, ()) if d.action == "accept")
        return min(taken, key=decision_key, default=None)

    def decision_ids(self) -> Set[str]:
        if self._decision_ids is None:
            self._decision_ids = {d.id for decisions in self.decisions.values() for d in decisions}
        return self._decision_ids

    def latest_decision(self) -> DecisionKey | None:
        """The latest decision's key."""
        if not self._last_known:
            keys = (decision_key(d) for decisions in self.decisions.values() for d in decisions)
            self._last = max(keys, default=None)
            self._last_known = True
        return self._last

    def last_event(self) -> datetime | None:
        """When the latest amendment was made or decision taken."""
        if self._last_created is None and self.amendments:
            self._last_created = max(a.created for a in self.amendments.values())
        last = self.latest_decision()
        decided = last[0] if last else None
        return max((t for t in (self._last_created, decided) if t is not None), default=None)

    def fold(self, aid: str, revision: int) -> Folded:
        """The amendment's status as its decisions (and any revised amendment tabled) leave it."""
        decisions = self.decisions
        superseded_at: datetime | None = None
        if aid in self.superseders:
            times = [tabled_at(self.amendments[s], decisions.get(s, ())) for s in self.superseders[aid]]
            superseded_at = min((t for t in times if t is not None), default=None)
        return fold(self.amendments[aid], decisions.get(aid, ()), revision, superseded_at)

    def as_decided(self, revision: int) -> tuple[dict[str, AmendmentState], dict[str, Decision]]:
        """Every amendment's state as its decisions leave it, and the acceptances that change
        revision ``revision``'s text, by amendment.

        The decided amendments come first, in the order their decisions were read; the others,
        most of them, have nothing to fold. Each state is built once, as the AmendmentState the
        merge reports unless the amendment fell or competes.
        """
        registry, superseders = self.amendments, self.superseders
        base: dict[str, AmendmentState] = {}
        accepted: dict[str, Decision] = {}
        for aid, decisions in self.decisions.items():
            if aid in registry:
                if aid in superseders:
                    status, cosponsors, acceptance = self.fold(aid, revision)
                else:  # what fold does, without looking the decisions up again
                    status, cosponsors, acceptance = fold(registry[aid], decisions, revision)
                base[aid] = AmendmentState(aid, status, (), 0, cosponsors)
                if acceptance is not None:
                    accepted[aid] = acceptance
        for aid, amendment in registry.items():
            if aid not in base:
                if aid in superseders:
                    status, cosponsors, _ = self.fold(aid, revision)
                else:
                    status, cosponsors = initial_status(amendment), tuple(amendment.cosponsors)
                base[aid] = AmendmentState(aid, status, (), 0, cosponsors)
        return base, accepted


def _add_to_index(index: dict[str, set[str]], amendment: Amendment) -> None:
    for op in amendment.ops:
        for pid in (op.target, op.after, op.parent, op.new_id):
            if pid in index:
                index[pid].add(amendment.id)
            elif pid:
                index[pid] = {amendment.id}
