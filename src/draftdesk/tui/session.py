"""The negotiation as one organization sees it: the merged state, its rendered views, who may do what.

Only the main screen's handlers change it (``adopt``, ``add_amendment``, ``add_decision``);
widgets and workers read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.merge import Negotiation
from draftdesk.services.deciding import ALLOWED, DONE
from draftdesk.tui.amendment_lists import by_paragraph, on_paragraph
from draftdesk.tui.view_cache import Loaded, RenderedViews

CHAIR_ONLY = frozenset({"issue_revision", "queue"})
"""Actions only an organization holding the chair may take (besides accept and reject)."""
CHAIR_DECISIONS = frozenset({"accept", "reject", "reinstate"})
REVISABLE = ("draft", "tabled")
"""The statuses an amendment its author may revise is in (a revision supersedes a pending one)."""


@dataclass(frozen=True)
class Change:
    """What a new record did to the state, for the screen to repaint."""

    touched: set[str]
    """Paragraph ids re-merged."""
    reorder: bool
    """Pending insertions may have come or gone: views that place them are ordered anew."""
    fell: list[str] = field(default_factory=list)
    """Amendments the record made fall."""


class Session:
    """One negotiation, seen as ``acting_as``."""

    def __init__(self, folder: Path, acting_as: str, neg: Negotiation) -> None:
        self.folder = folder
        self.acting_as = acting_as
        self.neg = neg
        self.views = RenderedViews(neg)
        self.index = by_paragraph(neg, acting_as)
        """Amendment ids per paragraph, as this organization may see them."""
        self.written: dict[str, str] = {}
        """Written forms made so far ("In OP4, replace …"), by amendment id."""
        self._chair_of: object = None
        self._chair = False
        self.generation = 0
        """Bumped whenever written forms may name paragraphs differently: older ones are dropped."""

    @property
    def is_chair(self) -> bool:
        """Asked at every step (the footer's keys): worked out once per draft record (a revision or
        a new organization brings another)."""
        draft = self.neg.draft
        if self._chair_of is not draft:
            self._chair_of, self._chair = draft, self.acting_as in draft.chair
        return self._chair

    def on_paragraph(self, paragraph_id: str) -> list[str]:
        """The amendments shown on a paragraph, in the order the panel lists them."""
        return on_paragraph(self.neg, paragraph_id, self.index)

    def pending_on(self, paragraph_id: str) -> list[str]:
        """Pending amendments with a claim on a paragraph (the outline's badges)."""
        return [a for a in self.index.get(paragraph_id, ()) if paragraph_id in self.neg.claims(a)]

    # -- changes (the main screen's handlers only) -------------------------
    def adopt(self, loaded: Loaded) -> None:
        """A freshly loaded state replaces this one."""
        self.neg, self.views, self.index = loaded.neg, loaded.views, loaded.index
        self.forget_written()

    def add_amendment(self, amendment: Amendment) -> Change:
        touched = self.neg.add_amendment(amendment)
        self.index = by_paragraph(self.neg, self.acting_as)
        return self._changed(touched, reorder=any(op.kind != "modify" for op in amendment.ops))

    def add_decision(self, decision: Decision) -> Change:
        """Merge a decision in place; say what it touched and what fell."""
        before = dict(self.neg.states())
        touched = self.neg.add_decision(decision)
        after = self.neg.states()  # what changes is on a paragraph the decision touched
        near = {a for pid in touched for a in self.index.get(pid, ())} | {decision.amendment}
        changed = [a for a in near if after[a].status != before[a].status]
        if decision.action == "table":  # a private draft tabled: others may see it now
            self.index = by_paragraph(self.neg, self.acting_as)
        # an insertion no longer pending leaves the views that place pending insertions
        inserts = any(op.kind == "insert" for a in changed for op in self.neg.amendments[a].ops)
        change = self._changed(touched, reorder=inserts or decision.action == "table")
        change.fell.extend(sorted(a for a in changed if after[a].status == "fallen"))
        return change

    def _changed(self, touched: set[str], reorder: bool) -> Change:
        self.forget_written()
        self.views.touched(touched, reorder)
        return Change(touched, reorder)

    def forget_written(self) -> None:
        """Written forms name paragraphs by number: a new state writes them anew."""
        self.generation += 1
        self.written = {}

    # -- roles -------------------------------------------------------------
    def may(self, action: str, parameters: tuple[object, ...] = (), current: str = "") -> bool:
        """May this organization take ``action`` now, ``current`` being the amendment it acts on."""
        return not self.why_not(action, parameters, current)

    def why_not(self, action: str, parameters: tuple[object, ...] = (), current: str = "") -> str:
        """One line on why ``action`` is not this organization's to take now on ``current``; "" when
        it is. The role, whose the amendment is and its status, by the services' rule (ALLOWED)."""
        decision = str(parameters[0]) if action == "decide" and parameters else ""
        if action in CHAIR_ONLY or decision in CHAIR_DECISIONS:
            if not self.is_chair:
                chairs = ", ".join(sorted(self.neg.draft.chair)) or "no one"
                return f"Only the chair ({chairs}) may do that; you act as {self.acting_as}."
            if action in CHAIR_ONLY:
                return ""
        if not decision and action != "revise":
            return ""
        amendment = self.neg.amendments.get(current)
        if amendment is None:
            return "Select an amendment first (n goes through the paragraph's)."
        own = amendment.author == self.acting_as
        if decision == "cosponsor" and own:
            return "You cannot co-sponsor your own amendment."
        if decision == "cosponsor" and self.acting_as in self.neg.state(current).cosponsors:
            return f"You co-sponsor {amendment.id} already."
        if (decision in ("table", "withdraw") or action == "revise") and not own:
            return f"Only its author, {amendment.author}, may do that to {amendment.id}."
        single = len(amendment.ops) == 1 and amendment.ops[0].kind in ("modify", "insert")
        if action == "revise" and not single:
            return "Only a single rewording or insertion can be revised here: withdraw it and propose anew."
        allowed, done = (REVISABLE, "revised") if action == "revise" else (ALLOWED[decision], DONE[decision])
        status = self.neg.state(current).status  # checked at every step (the footer): no exception built
        return "" if status in allowed else f"{amendment.id} is {status}: it cannot be {done}."
