"""The negotiation as merged: agreed text, attribution, each amendment's status, competition.

Everything is derived from the draft, the amendments and the decisions, so the
same inputs give the same result in any order (design §4). Acceptances apply in
``(at, id)`` order; each amendment at most once. An accepted amendment that no
longer maps falls with its reason; so does a tabled one that an acceptance
made impossible. ``add_decision`` and ``add_amendment`` re-merge only the
paragraphs concerned, falling back to a full merge when a decision arrives out
of order (it could change what was applied before it).
"""

from __future__ import annotations

from collections.abc import Iterable, Set
from datetime import datetime

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.application import AgreedText, OpFailed, Outcome, attempt, commit, pending_claims
from draftdesk.engine.attribution import Authors, runs_of
from draftdesk.engine.competition import Claim, VoteKey, groups, paragraph_conflicts
from draftdesk.engine.gcpause import paused
from draftdesk.engine.lifecycle import DecisionKey, Folded, decision_key, fold, initial_status, tabled_at
from draftdesk.engine.model import Draft, Paragraph
from draftdesk.engine.numbering import Number, number_paragraphs
from draftdesk.engine.results import AmendmentState, Run, from_fields
from draftdesk.engine.tabled import citation

_NONE: frozenset[str] = frozenset()


class Negotiation:
    """The merged state of one draft (see docs/architecture.md for the contract)."""

    def __init__(self, draft: Draft, amendments: Iterable[Amendment], decisions: Iterable[Decision]) -> None:
        self.draft = draft
        self.amendments: dict[str, Amendment] = {}
        self._index: dict[str, set[str]] | None = None  # see _naming
        self._superseders: dict[str, set[str]] = {}
        self._decisions: dict[str, list[Decision]] = {}
        self._decision_ids: set[str] | None = None  # see _decided
        self._last: DecisionKey | None = None  # see _latest
        self._last_known = False
        self._last_created: datetime | None = None  # see last_event
        self._base_numbering: dict[str, Number] | None = None
        with paused():
            self._register(amendments)
            self._record(decisions)
            self._rebuild()

    # -- public contract -------------------------------------------------
    @property
    def agreed(self) -> list[Paragraph]:
        if self._agreed is None:
            self._agreed = self._text.paragraphs()
        return self._agreed

    def runs(self, paragraph_id: str) -> tuple[Run, ...]:
        """Made when first asked for and kept while the paragraph's attribution stands (the
        TUI asks for every paragraph's at each refresh; a merge keeps lengths, not records)."""
        authors = self._text.runs.get(paragraph_id)
        if not authors:
            return ()
        made = self._runs_made.get(paragraph_id)
        if made is None or made[0] is not authors:  # a new attribution is a new tuple
            runs = runs_of(authors, self._text.paras[paragraph_id].text)
            made = self._runs_made[paragraph_id] = (authors, runs)
        return made[1]

    def numbers(self) -> dict[str, Number]:
        if self._numbers is None:
            self._numbers = number_paragraphs(self.agreed)
        return self._numbers

    def state(self, amendment_id: str) -> AmendmentState:
        return self.states()[amendment_id]

    def states(self) -> dict[str, AmendmentState]:
        if self._dirty is None or self._dirty or self._groups is None:
            with paused():  # before the call: _derive_states allocates its closure's cells on entry
                self._derive_states()
        return self._states

    def pending(self, paragraph_id: str | None = None) -> list[str]:
        if paragraph_id is None:
            ids: Iterable[str] = self._pending
        else:  # every paragraph an amendment claims is indexed under it: look only there
            ids = [a for a in self._naming(paragraph_id) if a in self._pending]
        return sorted(ids, key=lambda a: self._key(a).sort_key())

    def claims(self, amendment_id: str) -> dict[str, Claim]:
        """A pending amendment's edits mapped on the agreed text, per paragraph ({} if not pending)."""
        return self._pending.get(amendment_id, {})

    def competing_groups(self) -> list[list[str]]:
        if self._groups is None:
            pairs = [pair for pairs in self._conflicts.values() for pair in pairs]
            self._groups = groups(pairs, {a: self._key(a) for pair in pairs for a in pair})
            old_ranks = self._ranks
            self._ranks = {aid: i for group in self._groups for i, aid in enumerate(group, 1)}
            ranked = old_ranks.keys() | self._ranks.keys()
            self._mark(a for a in ranked if old_ranks.get(a) != self._ranks.get(a))
        return self._groups

    @property
    def last_event(self) -> datetime | None:
        """When the latest amendment was made or decision taken: a new record is stamped after it,
        so it sorts after everything it follows (worked out when first asked, then kept up)."""
        if self._last_created is None and self.amendments:
            self._last_created = max(a.created for a in self.amendments.values())
        last = self._latest()
        decided = last[0] if last else None
        return max((t for t in (self._last_created, decided) if t is not None), default=None)

    def prepare_decisions(self) -> datetime | None:
        """Work out now what the next decision asks for (the decisions recorded, the latest
        event, which it is stamped after), and return that event: a long-running program (the
        TUI) calls this while the user reads, so the first decision is not the slow one
        (measured: about 3 ms of the first accept on the synthetic negotiation)."""
        self._decided()
        return self.last_event

    def label(self, paragraph_id: str) -> str:
        """The paragraph's address in the agreed text, else in the base text, else its id."""
        number = self.numbers().get(paragraph_id) or self._base_numbers().get(paragraph_id)
        return number.label if number else paragraph_id

    def cite(self, amendment_id: str, paragraph_id: str) -> str:
        """A paragraph as the amendment cited it when tabled, with today's address beside it (an
        older record, which did not keep how it cited it: as :meth:`label` names it)."""
        amendment = self.amendments[amendment_id]
        if not amendment.cited_as(paragraph_id):
            return self.label(paragraph_id)
        number = self.numbers().get(paragraph_id)
        current = number.label if number else "" if paragraph_id in self._text.paras else None
        return citation(amendment, paragraph_id, current, self.draft.revision)

    def add_amendment(self, amendment: Amendment) -> set[str]:
        if amendment.id in self.amendments:
            return set()
        self._register((amendment,))
        if self._last_created is not None and amendment.created > self._last_created:
            self._last_created = amendment.created
        return self._update(amendment.id, in_order=False)

    def add_decision(self, decision: Decision) -> set[str]:
        if decision.id in self._decided():
            return set()
        last = self._latest()
        in_order = last is None or decision_key(decision) > last
        self._record((decision,))
        if decision.amendment not in self.amendments:
            return set()
        return self._update(decision.amendment, in_order)

    # -- bookkeeping ------------------------------------------------------
    def _base_numbers(self) -> dict[str, Number]:
        """The numbering of the base text (worked out when first needed)."""
        if self._base_numbering is None:
            self._base_numbering = number_paragraphs(self.draft.paragraphs)
        return self._base_numbering

    def _register(self, amendments: Iterable[Amendment]) -> None:
        """Add amendments (a merge registers thousands: one loop, not a call each)."""
        registry, index, superseders = self.amendments, self._index, self._superseders
        for amendment in amendments:
            registry[amendment.id] = amendment
            if index is not None:
                self._add_to_index(index, amendment)
            if amendment.supersedes:
                superseders.setdefault(amendment.supersedes, set()).add(amendment.id)

    def _naming(self, paragraph_id: str) -> Set[str]:
        """The amendments whose operations name a paragraph.

        Only a re-merge of some paragraphs needs to know, so the index is built
        when first asked for: a one-off merge (a CLI command) never builds it.
        """
        if self._index is None:
            self._index = {}
            for amendment in self.amendments.values():
                self._add_to_index(self._index, amendment)
        return self._index.get(paragraph_id, _NONE)

    @staticmethod
    def _add_to_index(index: dict[str, set[str]], amendment: Amendment) -> None:
        for op in amendment.ops:
            for pid in (op.target, op.after, op.parent, op.new_id):
                if pid in index:
                    index[pid].add(amendment.id)
                elif pid:
                    index[pid] = {amendment.id}

    def _record(self, decisions: Iterable[Decision]) -> None:
        """Add decisions (a merge records thousands: one loop, not a call each)."""
        ids, by_amendment = self._decision_ids, self._decisions
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
        self._last = last

    def _decided(self) -> set[str]:
        """The ids of the decisions recorded: only add_decision asks, so a one-off merge never
        builds the set (at 8,000 amendments, one more table of thousands to fill at random)."""
        if self._decision_ids is None:
            self._decision_ids = {d.id for decisions in self._decisions.values() for d in decisions}
        return self._decision_ids

    def _latest(self) -> DecisionKey | None:
        """The latest decision's key: worked out when first asked for (a one-off merge never
        asks: a CLI command, or the benchmark's), then kept up as decisions are recorded."""
        if not self._last_known:
            keys = (decision_key(d) for decisions in self._decisions.values() for d in decisions)
            self._last = max(keys, default=None)
            self._last_known = True
        return self._last

    def _fold(self, aid: str) -> Folded:
        decisions = self._decisions
        superseded_at: datetime | None = None
        if aid in self._superseders:
            times = [tabled_at(self.amendments[s], decisions.get(s, ())) for s in self._superseders[aid]]
            superseded_at = min((t for t in times if t is not None), default=None)
        return fold(self.amendments[aid], decisions.get(aid, ()), self.draft.revision, superseded_at)

    def _derive_all(self) -> list[Decision]:
        """Every amendment's state as its decisions leave it; returns the text's acceptances, in order.

        The decided amendments come first, in the order their decisions were read
        (mostly time order already: sorting the acceptances then only checks it);
        the others, most of them, have nothing to fold. Each state is built once, as
        the AmendmentState the merge reports unless the amendment fell or competes.
        """
        registry, superseders, revision = self.amendments, self._superseders, self.draft.revision
        base: dict[str, AmendmentState] = {}
        accepted: dict[str, Decision] = {}
        for aid, decisions in self._decisions.items():
            if aid in registry:
                if aid in superseders:
                    status, cosponsors, acceptance = self._fold(aid)
                else:  # what _fold does, without looking the decisions up again
                    status, cosponsors, acceptance = fold(registry[aid], decisions, revision)
                base[aid] = _state((aid, status, "", (), 0, cosponsors))
                if acceptance is not None:
                    accepted[aid] = acceptance
        for aid, amendment in registry.items():
            if aid not in base:
                if aid in superseders:
                    status, cosponsors, _ = self._fold(aid)
                else:
                    status, cosponsors = initial_status(amendment), tuple(amendment.cosponsors)
                base[aid] = _state((aid, status, "", (), 0, cosponsors))
        self._base, self._accepted = base, accepted
        return sorted(accepted.values(), key=decision_key)

    def _text_changed(self, structural: bool) -> None:
        self._agreed = None
        if structural:
            self._numbers: dict[str, Number] | None = None
            self._mark(self._fallen)  # of all states, only a fallen one's reason names paragraphs by number

    def _dirty_all(self) -> None:
        """Every state must be re-derived (after a full merge)."""
        self._dirty: set[str] | None = None

    def _mark(self, ids: Iterable[str]) -> None:
        if self._dirty is not None:
            self._dirty.update(ids)

    # -- merging ------------------------------------------------------------
    def _rebuild(self) -> None:
        with paused():
            self._dirty_all()
            self._fallen: dict[str, tuple[str, str]] = {}
            self._text_changed(structural=True)
            self._states: dict[str, AmendmentState] = {}
            self._groups: list[list[str]] | None = None
            self._ranks: dict[str, int] = {}
            accepted = self._derive_all()
            self._text = AgreedText.of(list(self.draft.paragraphs))
            self._runs_made: dict[str, tuple[Authors, tuple[Run, ...]]] = {}  # see runs
            self._pending: dict[str, dict[str, Claim]] = {}
            self._keys: dict[str, VoteKey] = {}  # of pending amendments, see _key
            self._conflicts: dict[str, set[frozenset[str]]] = {}
            self._last_accepted = decision_key(accepted[-1]) if accepted else None
            for acceptance in accepted:
                self._apply(acceptance.amendment)
            by_paragraph: dict[str, dict[str, Claim]] = {}
            for aid, state in self._base.items():
                if state.status == "tabled" and (claims := self._try(aid)) is not None:
                    for pid, claim in claims.items():
                        if pid in by_paragraph:
                            by_paragraph[pid][aid] = claim
                        else:
                            by_paragraph[pid] = {aid: claim}
            for pid, rivals in by_paragraph.items():
                if len(rivals) > 1 and (pairs := paragraph_conflicts(rivals)):
                    self._conflicts[pid] = pairs

    def _apply(self, aid: str) -> Outcome | None:
        """Commit an accepted amendment to the agreed text, or record why it falls."""
        try:
            outcome = attempt(self._text, self.amendments[aid])
        except OpFailed as err:
            self._fallen[aid] = (err.paragraph, err.detail)
            return None
        commit(self._text, outcome)
        return outcome

    def _try(self, aid: str) -> dict[str, Claim] | None:
        """Try a tabled amendment on the agreed text: record and return its claims, or why it falls."""
        try:
            found = pending_claims(self._text, self.amendments[aid])
        except OpFailed as err:
            self._fallen[aid] = (err.paragraph, err.detail)
            return None
        self._pending[aid] = found
        return found

    def _key(self, aid: str) -> VoteKey:
        """A pending amendment's voting key, worked out when first asked for (most never compete)."""
        if aid not in self._keys:
            self._keys[aid] = _vote_key(self.amendments[aid], self._pending[aid])
        return self._keys[aid]

    def _accept(self, aid: str) -> set[str]:
        self._mark((aid,))
        outcome = self._apply(aid)
        if outcome is None:
            return set()
        self._text_changed(structural=any(op.kind != "modify" for op in outcome.amendment.ops))
        return outcome.touched

    def _check(self, aid: str) -> set[str]:
        """Re-try a tabled amendment; returns the paragraphs whose claims changed."""
        self._mark((aid,))
        before = set(self._pending.pop(aid, {}))
        self._keys.pop(aid, None)
        self._fallen.pop(aid, None)
        claims = self._try(aid)
        return before if claims is None else before | set(claims)

    def _compete(self, paragraph_ids: Iterable[str]) -> None:
        pending = self._pending
        for pid in paragraph_ids:
            claims = {a: pending[a][pid] for a in self._naming(pid) if a in pending and pid in pending[a]}
            pairs = paragraph_conflicts(claims) if len(claims) > 1 else set()
            old = self._conflicts.get(pid)
            if pairs == (old or set()):
                continue
            self._mark(a for pair in pairs ^ (old or set()) for a in pair)
            self._groups = None
            if pairs:
                self._conflicts[pid] = pairs
            else:
                self._conflicts.pop(pid, None)

    def _update(self, aid: str, in_order: bool) -> set[str]:
        """Re-derive one amendment after a new decision or amendment; merge only what it touches."""
        old = self._base.get(aid)
        old_acceptance = self._accepted.get(aid)
        status, cosponsors, acceptance = self._fold(aid)
        self._base[aid] = _state((aid, status, "", (), 0, cosponsors))
        if acceptance is None:
            self._accepted.pop(aid, None)
        else:
            self._accepted[aid] = acceptance
        self._mark((aid,))
        touched: set[str] = set()
        if old_acceptance != acceptance:
            key = decision_key(acceptance) if acceptance is not None else None
            last = self._last_accepted
            appends = key is not None and (last is None or key > last)
            if old is not None and old_acceptance is None and in_order and appends:
                touched = self._accept_in_order(aid, key)
            else:
                self._rebuild()
                return {p.id for p in self.agreed} | set(self._base_numbers())
        else:
            touched = self._check(aid) if status == "tabled" else set(self._pending.pop(aid, {}))
            self._compete(touched)
        superseded = self.amendments[aid].supersedes
        if superseded in self.amendments and (old is None or old.status != status):
            touched |= self._update(superseded, in_order)
        return touched

    def _accept_in_order(self, aid: str, key: DecisionKey | None) -> set[str]:
        old_numbers = self.numbers()
        self._last_accepted = key
        claimed = set(self._pending.pop(aid, {}))
        touched = self._accept(aid)
        for other in sorted({a for pid in touched for a in self._naming(pid)} - {aid}):
            if self._base[other].status == "tabled":
                claimed |= self._check(other)
        self._compete(claimed | touched)
        new_numbers = self.numbers()
        if new_numbers is old_numbers:
            return touched | claimed
        return touched | claimed | {pid for pid, n in new_numbers.items() if old_numbers.get(pid) != n}

    def _derive_states(self) -> dict[str, AmendmentState]:
        """Re-derive the states marked dirty (all of them after a full merge or a renumbering)."""
        if self._groups is None:
            self.competing_groups()
        if self._dirty is None:  # a full merge: every state, in id order
            base = self._base  # most amendments neither fell nor compete: their state is their base state
            self._states = states = {aid: base[aid] for aid in sorted(self.amendments)}
            for aid in self._fallen.keys() | self._ranks.keys():
                states[aid] = self._make_state(aid)
        else:
            for aid in self._dirty:
                self._states[aid] = self._make_state(aid)
            if len(self._states) != len(self.amendments):
                self._states = dict(sorted(self._states.items()))
        self._dirty = set()
        return self._states

    def _make_state(self, aid: str) -> AmendmentState:
        base = self._base[aid]
        status, reason = base.status, ""
        if aid in self._fallen and status in ("tabled", "accepted"):
            pid, detail = self._fallen[aid]
            status, reason = "fallen", f"{self.cite(aid, pid)}: {detail}"
        elif aid not in self._ranks:  # neither fell nor competes: as its decisions leave it
            return base
        if aid not in self._ranks:  # in no competing group: no rivals
            return _state((aid, status, reason, (), 0, base.cosponsors))
        rivals = {
            other
            for pid in self._pending.get(aid, ())
            for pair in self._conflicts.get(pid, ())
            if aid in pair
            for other in pair
            if other != aid
        }
        ordered = tuple(sorted(rivals, key=lambda a: self._key(a).sort_key()))
        return _state((aid, status, reason, ordered, self._ranks[aid], base.cosponsors))


_state = from_fields(AmendmentState)


def _vote_key(amendment: Amendment, claims: dict[str, Claim]) -> VoteKey:
    """How far a pending amendment departs from the text: deleting a paragraph, then the most changed."""
    size = 0
    for claim in claims.values():
        for edit in claim.edits:
            size += edit.end - edit.start + len(edit.text)
    deletes = False
    for op in amendment.ops:
        if op.kind == "delete":
            deletes = True
            size += len(op.base_text)
        else:
            size += len(op.text)
    return VoteKey(deletes, size, amendment.created, amendment.id)
