"""The command palette: actions, views, paragraphs and themes, filtered by what the user may do."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from draftdesk.engine.outputs import VIEW_NAMES

if TYPE_CHECKING:
    from draftdesk.tui.app import DraftDeskApp


class DraftCommands(Provider):
    """Propose, accept, export, switch view, jump to a paragraph, switch theme."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app: DraftDeskApp = self.app  # type: ignore[assignment]
        main, session = app.main, app.session
        out: list[tuple[str, Callable[[], object], str]] = [
            ("Propose an amendment to the selected paragraph", main.action_propose, "p"),
            ("Insert a paragraph after the selected one", main.action_insert, "i"),
            ("Delete the selected paragraph", main.action_delete, "d"),
            ("Move the selected paragraph", main.action_move_paragraph, "m"),
            ("Type an amendment instruction", main.action_instruction, "t"),
            ("Export…", main.action_export, "e"),
        ]
        if session.may("revise", current=main.shown.current):
            out.append(("Revise your amendment", main.action_revise, "R"))
        decisions = {
            "withdraw": ("Withdraw your amendment", "w"),
            "cosponsor": ("Co-sponsor the current amendment", "s"),
            "accept": ("Accept the current amendment", "a"),
            "reject": ("Reject the current amendment", "r"),
        }
        for action, (text, key) in decisions.items():
            if session.may("decide", (action,), main.shown.current):
                out.append((text, partial(main.action_decide, action), key))
        if session.is_chair:
            out.append(("Chair queue: pending amendments in voting order", main.action_queue, "c"))
            out.append(("Issue a revision", main.action_issue_revision, "N"))
        for n, view in enumerate(VIEW_NAMES):
            out.append((f"View: {view}", partial(main.action_pick_view, n), str(n + 1)))
        for pid, number in session.neg.numbers().items():
            out.append((f"Jump to {number.label}", partial(main.shown.select, pid), "g"))
        for name in app.available_themes:
            out.append((f"Theme: {name}", partial(setattr, app, "theme", name), ""))
        return out

    async def discover(self) -> Hits:
        for text, call, key in self._commands()[:12]:
            yield DiscoveryHit(text, call, help=f"key: {key}" if key else None)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, call, key in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), call, help=f"key: {key}" if key else None)
