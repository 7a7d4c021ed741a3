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
from functools import partial

from draftdesk.engine.agreed_text import AgreedText, OpFailed, Outcome, attempt, commit, pending_claims
from draftdesk.engine.amendment_states import AmendmentStates, Merged
from draftdesk.engine.amendments import ORDER, Amendment, Decision
from draftdesk.engine.attribution import Authors, runs_of
from draftdesk.engine.closing import keeps_convention
from draftdesk.engine.competition import Claim, Competition
from draftdesk.engine.division import as_accepted, names
from draftdesk.engine.fall_causes import FallCauses
from draftdesk.engine.labels import Labels
from draftdesk.engine.lifecycle import DecisionKey, decision_key, tabled_at
from draftdesk.engine.model import Draft, Paragraph
from draftdesk.engine.numbering import Number
from draftdesk.engine.outputs import AmendmentState, Run
from draftdesk.engine.records import Records
from draftdesk.engine.title import TITLE_ID, title_paragraph
from draftdesk.engine.voting import Ruling


class Negotiation:
    """The merged state of one draft (see docs/architecture.md for the contract)."""

    def __init__(self, draft: Draft, amendments: Iterable[Amendment], decisions: Iterable[Decision]) -> None:
        self.draft = draft
        self._records = Records(amendments, decisions)
        self.amendments: dict[str, Amendment] = self._records.amendments
        self._rebuild()

    # -- public contract -------------------------------------------------
    @property
    def agreed(self) -> list[Paragraph]:
        if self._agreed is None:
            self._agreed = self._text.paragraphs()
        return self._agreed

    @property
    def title(self) -> Paragraph | None:
        """The title as agreed (None for a draft without one)."""
        return self._text.paras.get(TITLE_ID)

    @property
    def text(self) -> list[Paragraph]:
        """What instructions address: the title, then the agreed text."""
        title = self.title
        return self.agreed if title is None else [title, *self.agreed]

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
        return self._labels.numbers()

    def last_of_siblings(self) -> frozenset[str]:
        """The numbered paragraphs no sibling follows (the last operative one, each one's last item)."""
        return self._labels.last_of_siblings()

    def state(self, amendment_id: str) -> AmendmentState:
        return self.states()[amendment_id]

    def states(self) -> dict[str, AmendmentState]:
        merged = Merged(self._base, self._fallen, self.draft.fallen, self._competition)
        return self._states.current(merged, self.amendments)

    def pending(self, paragraph_id: str | None = None) -> list[str]:
        claims = self._competition.claims
        if paragraph_id is None:
            ids: Iterable[str] = claims
        else:  # every paragraph an amendment claims is indexed under it: look only there
            ids = [a for a in self._records.naming(paragraph_id) if a in claims]
        return self._competition.order(ids)

    def claims(self, amendment_id: str) -> dict[str, Claim]:
        """A pending amendment's edits mapped on the agreed text, per paragraph ({} if not pending)."""
        return self._competition.claims.get(amendment_id, {})

    def competing_groups(self) -> list[list[str]]:
        return self._competition.groups()

    def vote_reason(self, amendment_id: str) -> str:
        """Why a pending amendment stands where it does in its competing group's voting order
        (rule 130's measure, the tabling time of a tie, or the chair's ruling); "" if not pending."""
        return self._competition.reason(amendment_id) if amendment_id in self._competition.claims else ""

    def fall_reason(self, amendment_id: str) -> str:
        """Why a fallen amendment fell, citing the paragraph and naming the accepted amendment that
        caused it ("" when it has not fallen). Worked out when asked: a merge where hundreds fall
        shows a few reasons at a time."""
        if self.state(amendment_id).status != "fallen":
            return ""
        err = self._fallen.get(amendment_id)
        if err is None:  # fell before this revision was issued: as it was recorded then
            return self.draft.fallen[amendment_id]
        accepted = partial(self._accepted_on, err.paragraph)
        return self._causes.reason(amendment_id, err, self.cite(amendment_id, err.paragraph), accepted)

    def fall_cause(self, amendment_id: str) -> str:
        """The accepted amendment that made it fall in this revision ("" when it has not fallen,
        fell in an earlier revision, or no cause is known)."""
        err = self._fallen.get(amendment_id)
        if err is None or amendment_id in self.draft.fallen or self.state(amendment_id).status != "fallen":
            return ""
        return self._causes.cause(amendment_id, err, partial(self._accepted_on, err.paragraph))

    def rulings(self) -> list[Ruling]:
        """The chair's rulings on the voting order, oldest first."""
        return self._records.rulings()

    @property
    def last_event(self) -> datetime | None:
        """When the latest amendment was made or decision taken: a new record is stamped after it,
        so it sorts after everything it follows (worked out when first asked, then kept up)."""
        return self._records.last_event()

    def decision_ids(self) -> Set[str]:
        """Every decision's id, its amendment here or not yet (worked out when first asked, then kept up)."""
        return self._records.decision_ids()

    def prepare_decisions(self) -> datetime | None:
        """Work out now what the next decision asks for (the decisions recorded, the latest event,
        which it is stamped after), and return that event: the TUI calls this while the user reads."""
        self.decision_ids()
        return self.last_event

    def decisions(self, amendment_id: str) -> tuple[Decision, ...]:
        """The decisions on an amendment, as read."""
        return tuple(self._records.decisions.get(amendment_id, ()))

    def acceptance(self, amendment_id: str) -> Decision | None:
        """What made it accepted (None: it is not; the first acceptance if of an earlier revision)."""
        if self.state(amendment_id).status != "accepted":
            return None
        return self._accepted.get(amendment_id) or self._records.first_acceptance(amendment_id)

    def tabled_at(self, amendment_id: str) -> datetime | None:
        """When the amendment was tabled (None: still a private draft)."""
        return tabled_at(self.amendments[amendment_id], self._records.decisions.get(amendment_id, ()))

    def label(self, paragraph_id: str) -> str:
        """The paragraph's address in the agreed text, else in the base text, else its id."""
        return self._labels.label(paragraph_id)

    def cite(self, amendment_id: str, paragraph_id: str) -> str:
        """A paragraph as the amendment cited it when tabled, with today's address beside it."""
        return self._labels.cite(amendment_id, paragraph_id)

    def add_amendment(self, amendment: Amendment) -> set[str]:
        if amendment.id in self.amendments:
            return set()
        self._records.add_amendments((amendment,))
        return self._update(amendment.id, in_order=False)

    def add_decision(self, decision: Decision) -> set[str]:
        if decision.id in self._records.decision_ids():
            return set()
        last = self._records.latest_decision()
        in_order = last is None or decision_key(decision) > last
        self._records.add_decisions((decision,))
        if decision.amendment not in self.amendments:
            return set()
        if decision.action == ORDER:  # changes no status: only the order of competing groups
            self._competition.reorder()
            return {pid for aid in (decision.amendment, decision.before) for pid in self.claims(aid)}
        return self._update(decision.amendment, in_order)

    # -- bookkeeping ------------------------------------------------------
    def _text_changed(self, structural: bool) -> None:
        self._agreed = None
        if structural:
            self._labels.stale()

    # -- merging ------------------------------------------------------------
    def _rebuild(self) -> None:
        self._states = AmendmentStates()
        self._fallen: dict[str, OpFailed] = {}
        self._causes = FallCauses(self.amendments)
        self._base, self._accepted = self._records.as_decided(self.draft.revision)
        accepted = sorted(self._accepted.values(), key=decision_key)
        closes = keeps_convention(self.draft)  # the last operative paragraph's "." follows it
        self._text = AgreedText.of(list(self.draft.paragraphs), title_paragraph(self.draft), closes)
        self._labels = Labels(self.draft, self.amendments, self._text)
        self._agreed: list[Paragraph] | None = None
        records = self._records
        self._competition = Competition(self._text.paras, records.naming, records.tabled, records.rulings)
        self._runs_made: dict[str, tuple[Authors, tuple[Run, ...]]] = {}  # see runs
        self._last_accepted = decision_key(accepted[-1]) if accepted else None
        for acceptance in accepted:
            self._apply(acceptance.amendment)
        for aid, state in self._base.items():
            if state.status == "tabled":
                self._try(aid)
        self._competition.compete_all()

    def _apply(self, aid: str) -> Outcome | None:
        """Commit an accepted amendment (its parts adopted, if divided), or record why it falls."""
        try:
            outcome = attempt(self._text, as_accepted(self.amendments[aid], self._accepted.get(aid)))
        except OpFailed as err:
            self._fallen[aid] = err
            return None
        commit(self._text, outcome)
        return outcome

    def _try(self, aid: str) -> dict[str, Claim] | None:
        """Try a tabled amendment on the agreed text: record and return its claims, or why it falls
        (one that fell before this revision claims nothing: ``Draft.fallen``; why it falls on this
        text, if it does, is still asked, to cite its paragraph as it now stands)."""
        try:
            found = pending_claims(self._text, self.amendments[aid])
        except OpFailed as err:
            self._fallen[aid] = err
            return None
        if aid in self.draft.fallen:
            return None
        self._competition.claims[aid] = found
        return found

    def _accept(self, aid: str) -> set[str]:
        self._states.mark((aid,))
        outcome = self._apply(aid)
        if outcome is None:
            return set()
        self._text_changed(structural=any(op.kind != "modify" for op in outcome.amendment.ops))
        return outcome.touched

    def _check(self, aid: str) -> set[str]:
        """Re-try a tabled amendment; returns the paragraphs whose claims changed."""
        self._states.mark((aid,))
        before = self._competition.drop(aid)
        self._fallen.pop(aid, None)
        claims = self._try(aid)
        return before if claims is None else before | set(claims)

    def _update(self, aid: str, in_order: bool) -> set[str]:
        """Re-derive one amendment after a new decision or amendment; merge only what it touches."""
        old = self._base.get(aid)
        old_acceptance = self._accepted.get(aid)
        status, cosponsors, acceptance = self._records.fold(aid, self.draft.revision)
        self._base[aid] = AmendmentState(aid, status, (), 0, cosponsors)
        if acceptance is None:
            self._accepted.pop(aid, None)
        else:
            self._accepted[aid] = acceptance
        self._states.mark((aid,))
        touched: set[str] = set()
        if old_acceptance != acceptance:
            key = decision_key(acceptance) if acceptance is not None else None
            last = self._last_accepted
            appends = key is not None and (last is None or key > last)
            if old is not None and old_acceptance is None and in_order and appends:
                touched = self._accept_in_order(aid, key)
            else:
                self._rebuild()
                return {p.id for p in self.agreed} | set(self._labels.base_numbers())
        else:
            touched = self._check(aid) if status == "tabled" else self._competition.drop(aid)
            self._competition.compete(touched)
        superseded = self.amendments[aid].supersedes
        if superseded in self.amendments and (old is None or old.status != status):
            touched |= self._update(superseded, in_order)
        return touched

    def _accept_in_order(self, aid: str, key: DecisionKey | None) -> set[str]:
        old_numbers = self.numbers()
        self._last_accepted = key
        claimed = self._competition.drop(aid)
        touched = self._accept(aid)
        for other in sorted({a for pid in touched for a in self._records.naming(pid)} - {aid}):
            if self._base[other].status == "tabled":
                claimed |= self._check(other)
        self._competition.compete(claimed | touched)
        new_numbers = self.numbers()
        if new_numbers is old_numbers:
            return touched | claimed
        return touched | claimed | {pid for pid, n in new_numbers.items() if old_numbers.get(pid) != n}

    def _accepted_on(self, pid: str) -> list[str]:
        """The accepted amendments, of any revision, that touched a paragraph (by a part adopted)."""
        accepted = [a for a in self._records.naming(pid) if self._base[a].status == "accepted"]
        return [a for a in accepted if names(as_accepted(self.amendments[a], self.acceptance(a)), pid)]
