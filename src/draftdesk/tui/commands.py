"""The command palette: actions, views, paragraphs and themes, filtered by what the user may do."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from draftdesk.engine.results import VIEW_NAMES

if TYPE_CHECKING:
    from draftdesk.tui.app import DraftDeskApp


class DraftCommands(Provider):
    """Propose, accept, export, switch view, jump to a paragraph, switch theme."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app: DraftDeskApp = self.app  # type: ignore[assignment]
        out: list[tuple[str, Callable[[], object], str]] = [
            ("Propose an amendment to the selected paragraph", app.action_propose, "p"),
            ("Insert a paragraph after the selected one", app.action_insert, "i"),
            ("Delete the selected paragraph", app.action_delete, "d"),
            ("Move the selected paragraph", app.action_move_paragraph, "m"),
            ("Type an amendment instruction", app.action_instruction, "t"),
            ("Export…", app.action_export, "e"),
        ]
        own = {"revise": ("Revise your amendment", app.action_revise, "R")}
        decisions = {
            "withdraw": ("Withdraw your amendment", "w"),
            "cosponsor": ("Co-sponsor the current amendment", "s"),
            "accept": ("Accept the current amendment", "a"),
            "reject": ("Reject the current amendment", "r"),
        }
        for action, (text, call, key) in own.items():
            if app.allowed(action):
                out.append((text, call, key))
        for action, (text, key) in decisions.items():
            if app.allowed("decide", (action,)):
                out.append((text, partial(app.action_decide, action), key))
        if app.is_chair:
            out.append(("Chair queue: pending amendments in voting order", app.action_queue, "c"))
            out.append(("Issue a revision", app.action_issue_revision, "N"))
        for n, view in enumerate(VIEW_NAMES):
            out.append((f"View: {view}", partial(app.action_pick_view, n), str(n + 1)))
        for pid, number in app.neg.numbers().items():
            out.append((f"Jump to {number.label}", partial(app.select_paragraph, pid), "g"))
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
