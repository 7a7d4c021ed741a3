"""Decisions on amendments (accept, reject, reinstate, table, withdraw, co-sponsor), the chair's
queue, rulings on the voting order, a revision.

A key's path (``a``, accept): the main screen's binding and action -> ``Decisions.confirm`` and
``decide`` here -> ``services.decide``, which stores the decision in a thread (workers.store_decision),
the rules checked again under the folder's lock. Before that, ``services.new_decision`` checks it
on the session's state, so that the main screen shows it at once (``show``); one line then says
what was done and what fell, and why. A ruling and a revision are stored by their services in a
thread too. The services refuse what a role may not do, whatever the keys offer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

from rich.console import Group, RenderableType
from rich.text import Text
from textual.screen import Screen

from draftdesk import services
from draftdesk.engine import division, instructions
from draftdesk.engine.amendments import Decision
from draftdesk.engine.inert import inert
from draftdesk.engine.outputs import AmendmentState
from draftdesk.tui import screens, workers
from draftdesk.tui.amendment_lists import competing_group, queue
from draftdesk.tui.amendment_text import instruction, op_diff, short_change, sponsors
from draftdesk.tui.display import Working
from draftdesk.tui.messages import RevisionIssued, RulingStored
from draftdesk.tui.news import called, described, news, org_name, ruled
from draftdesk.tui.reading import Reading
from draftdesk.tui.session import Change, Session
from draftdesk.tui.themes import org_style
from draftdesk.tui.widgets.amendment_panel import STATUS_MARK

BY_KEY = 9
"""The parts of an amendment the accept dialog divides, by their numbers (1 to 9): one of more
parts is accepted whole there (the CLI's ``accept --parts`` names any)."""
Show = Callable[[Decision], Change]
"""Show a checked decision at once (the main screen's): merged into the session; says what changed."""


class Decisions:
    """a accept, r reject, u reinstate (chair); T table, w withdraw (author); s co-sponsor; c the queue
    (o there: a ruling on the voting order), N a revision."""

    def __init__(
        self, host: Screen[None], session: Session, show: Show, reading: Reading, working: Working
    ) -> None:
        self.host, self.session, self.show, self.reading = host, session, show, reading
        self.working = working
        self._storing: threading.Thread | None = None
        """The thread storing the latest decision: the next one waits for it (stored in order)."""
        self._queue: screens.QueueScreen | None = None
        """The chair's queue while it is open."""
        self._issuing = 0
        """The revision being issued, while it is (0: none)."""
        self._signing: services.Signing | None = None
        """How this user signs as the organization it acts as, found on the state's roster (found
        again when a load brings other organizations; storing each decision checks that the
        roster is still the one it was found in)."""

    def confirm(self, aid: str, action: str, then: Callable[[str], None] | None = None) -> None:
        """Confirm, then record ``action`` on ``aid``; ``then`` gets the lines saying what happened
        (else they are a notification)."""
        neg = self.session.neg
        why = self.session.why_not("decide", (action,), aid)
        if why:
            self.host.notify(why, severity="warning")
            return
        question = self.question(action, aid)
        amendment = neg.amendments[aid]
        rivals = neg.state(aid).competes_with
        divisible = action == "accept" and 1 < len(division.parts(amendment)) <= BY_KEY
        if action == "accept" and rivals:
            first = competing_group(neg, aid)[0]
            if first != aid:  # as the CLI warns: the voting order puts another first
                question += f"\nWarning: {called(neg, first)} is voted first and is still pending."
            fall = "fall with the parts they compete with" if divisible else "will fall"
            question += f"\nCompeting amendments {fall}: {'; '.join(called(neg, r) for r in rivals)}"
        if divisible:
            self._divide(aid, question, then)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.decide(aid, action, then)

        self.host.app.push_screen(screens.ConfirmScreen(question), answered)

    def _divide(self, aid: str, question: str, then: Callable[[str], None] | None) -> None:
        """Accept ``aid`` whole or some of its parts (a division of the question): the chair picks
        them by their numbers; every part rejected is a rejection."""
        amendment = self.session.neg.amendments[aid]
        every = division.parts(amendment)
        rows = [
            (
                part.number,
                f"{division.listed_part(amendment, part)}: {short_change(amendment.ops[part.ops[0]])}",
            )
            for part in every
        ]

        def answered(adopted: tuple[int, ...] | None) -> None:
            if adopted is not None:
                numbers = adopted or tuple(part.number for part in every)
                self.decide(aid, "accept" if adopted else "reject", then, numbers)

        self.host.app.push_screen(screens.PartsScreen(question, rows), answered)

    def question(self, action: str, aid: str) -> str:
        """What the chair reads before deciding: "Accept A/80/L.35 by Belarus (BLR)?" and what it
        amends; "Reject the amendment to OP4 by United Nations Development Programme (UNDP)?"; a
        delegation's own: "Withdraw your amendment to OP4?"."""
        neg = self.session.neg
        amendment = neg.amendments[aid]
        what, by = described(neg, amendment), f" by {org_name(neg, amendment.author)}"
        others = [org_name(neg, org) for org in neg.state(aid).cosponsors]
        by += f", co-sponsored by {', '.join(others)}" if others else ""
        own = amendment.author == self.session.acting_as  # its own (table, withdraw)
        whose, by = ("your", "") if own else ("the", by)
        verb = "Co-sponsor" if action == "cosponsor" else action.title()
        if amendment.symbol:
            return f"{verb} {amendment.symbol}{by}?\n{what[0].upper()}{what[1:]}."
        return f"{verb} {whose} {what}{by}?"

    def decide(
        self, aid: str, action: str, then: Callable[[str], None] | None = None, parts: tuple[int, ...] = ()
    ) -> None:
        """The session's organization's ``action`` on ``aid`` (``parts``: those accepted or rejected,
        the question divided): checked on the session's state and shown at once, then stored by
        ``services.decide`` in a thread (the screen never waits on the disk); a refusal is a
        notification."""
        session, what = self.session, f"{action} {aid}"
        folder, by = session.folder, session.acting_as
        try:
            signing = self._signing
            if signing is None or signing.roster.draft.orgs != session.neg.draft.orgs:
                signing = self._signing = services.check_signing(folder, by)
            decision = services.new_decision(folder, by, aid, action, current=session.neg, parts=parts)
        except Exception as error:  # every refusal reaches the user as a notification
            self.host.notify(f"{what}: {error}", severity="error")
            return
        known = services.known(session.neg, signing)  # what the state it was checked on was made from
        before = dict(session.neg.states())
        change = self.show(decision)
        store = partial(services.decide, folder, by, aid, action, shown=decision, known=known)
        drawn = threading.Event()
        self._storing = workers.store_decision(self.host.post_message, what, store, self._storing, drawn)
        self.host.call_after_refresh(drawn.set)
        # told after the frame that shows the decision: the words must not hold it back
        self.host.call_after_refresh(self._tell, before, what, {aid, *change.fell}, then, decision)

    def _tell(
        self,
        before: dict[str, AmendmentState],
        what: str,
        ids: set[str],
        then: Callable[[str], None] | None,
        decision: Decision,
    ) -> None:
        """What a decision did to ``ids`` (its amendment, those that fell and why; a draft tabled on
        an older revision, its numbers then and now), to ``then`` (the queue) or in a notification."""
        older = services.tabling_note(self.session.neg, decision)
        told = [*news(before, self.session.neg, ids), *([older] if older else [])]
        said = "\n".join(told) or f"{what}: done"
        if then is not None:
            then(said)
        else:
            self.host.notify(said, severity="warning" if len(told) > 1 else "information", timeout=10)

    def queue(self, show: Callable[[str], None]) -> None:
        """The pending amendments in voting order; enter there shows one (``show``)."""

        def closed(aid: str | None) -> None:
            self._queue = None
            if aid:
                show(aid)

        rows = lambda: queue(self.session.neg)  # noqa: E731
        self._queue = screens.QueueScreen(rows, self._group_columns, self.confirm, self.why_not, self.rule)
        self.host.app.push_screen(self._queue, closed)

    def why_not(self, action: str, aid: str) -> str:
        """Why ``action`` (a decision, or "order": a ruling) cannot be taken on ``aid`` now; "" if it can."""
        if action != "order":
            return self.session.why_not("decide", (action,), aid)
        if len(competing_group(self.session.neg, aid)) < 2:
            return "It competes with no pending amendment: there is no order to rule on."
        return self.session.why_not("queue")  # the chair's

    def rule(self, aid: str, then: Callable[[str], None]) -> None:
        """Ask which rival ``aid`` is voted before and why, then have the service record the ruling
        (``ruled`` says how that went)."""
        neg, session = self.session.neg, self.session
        group = competing_group(neg, aid)
        rivals = [
            (f"vote {rank}: {called(neg, other)}", other)
            for rank, other in enumerate(group, 1)
            if other != aid
        ]
        place = group.index(aid)
        chosen = group[place - 1] if place else group[1]  # the one just before it, else the next
        now = f"now {place + 1} of {len(group)}"
        question = f"Vote {called(neg, aid)} ({now}) before:"

        def answered(ruling: screens.Ruling | None) -> None:
            if ruling is not None:
                work = partial(
                    workers.rule, self.host.post_message, session.folder, session.acting_as,
                    aid, ruling.before, ruling.reason,
                )  # fmt: skip
                self.host.run_worker(work, thread=True, exit_on_error=False, group="ruling")

        self.host.app.push_screen(screens.RulingScreen(question, rivals, chosen), answered)

    def ruled(self, message: RulingStored, take: Callable[[Decision], object]) -> None:
        """The ruling is stored (``take`` merges it) or refused: the queue, or a notification, says so."""
        decision = message.decision
        if decision is None:
            said = f"No ruling: {message.error}"
        else:
            take(decision)
            said = ruled(self.session.neg, decision)
        if self._queue is not None:
            self._queue.reload(said)
        else:
            self.host.notify(said, severity="error" if decision is None else "information")

    def folder_changed(self, said: list[str]) -> bool:
        """Another terminal changed the folder: the open queue lists what is pending now and says
        what happened (``said``); False when no queue is open."""
        if self._queue is None:
            return False
        self._queue.reload("\n".join(f"Just now: {line}" for line in said))
        return True

    def _group_columns(self, aid: str) -> list[RenderableType]:
        """An amendment's competing group side by side: written form and tracked diff of each."""
        neg = self.session.neg
        orgs = [o.code for o in neg.draft.orgs]
        columns: list[RenderableType] = []
        group = competing_group(neg, aid)
        text = instructions.numbered_text(neg.agreed)
        for rank, other in enumerate(group, 1):
            amendment = neg.amendments[other]
            colour = org_style(self.host.app, orgs, amendment.author)
            status = neg.state(other).status
            alone = status != "tabled" or len(group) == 1  # no vote among rivals: its status says it
            place = STATUS_MARK.get(status, status) if alone else f"vote {rank} of {len(group)}"
            head = Text(f"{'▶ ' if other == aid else ''}{place} · ", "bold")
            who = sponsors(amendment, neg.state(other).cosponsors)
            head.append(inert(f"[{who}] {amendment.symbol or other}"), colour)
            if len(group) > 1:  # why it is voted there: the queue's narrow table leaves that column out
                head.append(inert(f" · {neg.vote_reason(other)}"), "not bold")
            parts: list[RenderableType] = [head, Text(instruction(amendment, text), "italic")]
            if amendment.rationale:
                parts.append(Text(inert(f"Rationale: {amendment.rationale}")))
            parts += [op_diff(op, colour, neg.numbers(), self.reading.marks) for op in amendment.ops]
            columns.append(Group(*parts))
        return columns

    def issue_revision(self) -> None:
        """Make the agreed text Rev.N+1, in a thread (seconds on a long draft): said at once, and
        again when done (``issued``); a second press meanwhile is told to wait."""
        if self._issuing:
            self.host.notify(f"Rev.{self._issuing} is being issued…", severity="warning")
            return
        revision = self.session.neg.draft.revision + 1

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            self._issuing = revision
            self.working("revision", f"issuing Rev.{revision}…")
            session = self.session
            work = partial(workers.issue_revision, self.host.post_message, session.folder, session.acting_as)
            self.host.run_worker(work, thread=True, exit_on_error=False, group="revision")

        question = f"Issue Rev.{revision} from the agreed text?"
        self.host.app.push_screen(screens.ConfirmScreen(question), answered)

    def issued(self, message: RevisionIssued, reload: Callable[[], None]) -> None:
        """The revision is issued (``reload`` then shows the folder; the concordance follows) or refused."""
        revision, self._issuing = self._issuing, 0
        self.working("revision", None)
        result = message.result
        if result is None:
            self.host.notify(f"Rev.{revision} not issued: {message.error}", severity="error")
            return
        reload()
        self.host.notify(f"Rev.{result.draft.revision} issued: the agreed text is the new base text")
        self.host.app.push_screen(screens.ConcordanceScreen(result.draft.revision, result.concordance))
