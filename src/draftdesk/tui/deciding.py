"""Decisions on amendments (accept, reject, table, withdraw, co-sponsor), the chair's queue, a revision.

Each decision is confirmed, checked by ``services.new_decision`` against the session's
state, then handed to the main screen (``take``), which shows it and has a thread
store it. The services refuse what a role may not do, whatever the keys offer.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Group, RenderableType
from rich.text import Text
from textual.screen import Screen

from draftdesk import services
from draftdesk.engine.amendments import Decision
from draftdesk.engine.inert import inert
from draftdesk.tui import screens
from draftdesk.tui.amendment_lists import competing_group, queue
from draftdesk.tui.amendment_text import instruction, op_diff, sponsors
from draftdesk.tui.reading import Reading
from draftdesk.tui.session import Change, Session
from draftdesk.tui.themes import org_style

Take = Callable[[str, Decision, services.Known], Change]
"""Show a checked decision and store it (the main screen's), given what the state it was checked on
was made from; says what changed."""


class Decisions:
    """a accept, r reject (chair); T table, w withdraw (author); s co-sponsor; c the queue, N a revision."""

    def __init__(self, host: Screen[None], session: Session, take: Take, reading: Reading) -> None:
        self.host, self.session, self.take, self.reading = host, session, take, reading
        self._queue: screens.QueueScreen | None = None
        """The chair's queue while it is open."""
        self._signing: services.Signing | None = None
        """How this user signs as the organization it acts as, found on the state's roster (found
        again when a load brings other organizations; storing each decision checks that the
        roster is still the one it was found in)."""

    def confirm(self, aid: str, action: str, then: Callable[[str], None] | None = None) -> None:
        """Confirm, then record ``action`` on ``aid``; ``then`` gets a line saying what happened."""
        neg = self.session.neg
        if not aid or neg.state(aid).status not in ("tabled", "draft"):
            self.host.notify(
                "Select a pending amendment first (n cycles through this paragraph's).", severity="warning"
            )
            return
        amendment = neg.amendments[aid]
        question = f"{action.title()} amendment {aid} by {amendment.author}?"
        rivals = neg.state(aid).competes_with
        if action == "accept" and rivals:
            first = competing_group(neg, aid)[0]
            if first != aid:  # as the CLI warns: the voting order puts another first
                voted_first = neg.amendments[first].symbol or first
                question += f"\nWarning: {voted_first} is voted first and is still pending."
            question += f"\nCompeting amendments will fall: {', '.join(rivals)}"

        def answered(yes: bool | None) -> None:
            if yes:
                self.decide(aid, action, then)

        self.host.app.push_screen(screens.ConfirmScreen(question), answered)

    def decide(self, aid: str, action: str, then: Callable[[str], None] | None = None) -> None:
        """Check the decision against the session's state and hand it over; a refusal is a notification."""
        session, what = self.session, f"{action} {aid}"
        try:
            signing = self._signing
            if signing is None or signing.roster.draft.orgs != session.neg.draft.orgs:
                signing = self._signing = services.check_signing(session.folder, session.acting_as)
            decision = services.new_decision(
                session.folder, session.acting_as, aid, action, current=session.neg
            )
        except Exception as error:  # every refusal reaches the user as a notification
            self.host.notify(f"{what}: {error}", severity="error")
            return
        change = self.take(what, decision, services.known(session.neg, signing))
        if then is not None:
            fell = "; ".join(f"{a} fell: {session.neg.state(a).reason}" for a in change.fell)
            author = session.neg.amendments[aid].author
            then(f"{action.title()}ed {aid} ({author}). " + (fell or "Nothing fell."))

    def queue(self, show: Callable[[str], None]) -> None:
        """The pending amendments in voting order; enter there shows one (``show``)."""

        def closed(aid: str | None) -> None:
            self._queue = None
            if aid:
                show(aid)

        rows = lambda: queue(self.session.neg)  # noqa: E731
        self._queue = screens.QueueScreen(rows, self._group_columns, self.confirm)
        self.host.app.push_screen(self._queue, closed)

    def folder_changed(self) -> None:
        """Another terminal changed the folder: the open queue lists what is pending now."""
        if self._queue is not None:
            self._queue.reload()

    def _group_columns(self, aid: str) -> list[RenderableType]:
        """An amendment's competing group side by side: written form and tracked diff of each."""
        neg = self.session.neg
        orgs = [o.code for o in neg.draft.orgs]
        columns: list[RenderableType] = []
        group = competing_group(neg, aid)
        for rank, other in enumerate(group, 1):
            amendment = neg.amendments[other]
            colour = org_style(self.host.app, orgs, amendment.author)
            head = Text(f"{'▶ ' if other == aid else ''}vote {rank} of {len(group)} · ", "bold")
            who = sponsors(amendment, neg.state(other).cosponsors)
            head.append(inert(f"[{who}] {amendment.symbol or other}"), colour)
            if len(group) > 1:  # why it is voted there: the queue's narrow table leaves that column out
                head.append(inert(f" · {neg.vote_reason(other)}"), "not bold")
            parts: list[RenderableType] = [head, Text(instruction(amendment, neg.agreed), "italic")]
            if amendment.rationale:
                parts.append(Text(inert(f"Rationale: {amendment.rationale}")))
            parts += [op_diff(op, colour, neg.numbers(), self.reading.marks) for op in amendment.ops]
            columns.append(Group(*parts))
        return columns

    def issue_revision(self, reload: Callable[[], None]) -> None:
        """Make the agreed text Rev.N+1 (``reload`` then shows the folder); the concordance follows."""

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                result = services.issue_revision(self.session.folder, self.session.acting_as)
            except Exception as error:  # every refusal reaches the user as a notification
                self.host.notify(f"issue revision: {error}", severity="error")
                return
            reload()
            self.host.notify("issue revision: done")
            self.host.app.push_screen(screens.ConcordanceScreen(result.draft.revision, result.concordance))

        question = f"Issue Rev.{self.session.neg.draft.revision + 1} from the agreed text?"
        self.host.app.push_screen(screens.ConfirmScreen(question), answered)
