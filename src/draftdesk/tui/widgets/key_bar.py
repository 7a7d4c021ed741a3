"""The keys one may press now, at the foot of the screen, on as many lines as the width needs.

Textual's Footer is one line and cuts what does not fit: at 80 columns the chair lost the
last six keys. This bar wraps between keys instead (a key and its description stay together),
so every key the screen shows is on screen at any width. A click on a key presses it.
Under a dialog (a modal screen over this one, which leaves the bar in sight) the bar shows the
dialog's keys: those are the ones that act.
Notifications stand above it, however many lines it takes (``-key-lines-N`` on the App: app.tcss),
on its screen and on the dialogs over it.
"""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from rich.text import Text
from textual.binding import Binding
from textual.events import Click, Resize
from textual.geometry import Size
from textual.screen import ModalScreen, Screen
from textual.widget import Widget

GAP = 1
"""Cells between two keys on a line."""
CLEARED = (2, 3, 4)
"""The bar's heights app.tcss lifts notifications above (Textual's leave one line; 4 for more)."""


class Key(NamedTuple):
    key: str
    """The key as Textual names it (what a click simulates)."""
    shown: str
    """The key as drawn ("?", "^p")."""
    description: str


class KeyBar(Widget):
    """The screen's shown bindings ("? Help  p Propose …"), wrapped between keys."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--description"}
    DEFAULT_CSS = """
    KeyBar { dock: bottom; height: auto; background: $footer-background; }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground; background: $footer-key-background; text-style: bold;
    }
    KeyBar > .key-bar--description { color: $footer-description-foreground; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._acting: Screen[object] | None = None
        """The screen whose keys are shown: this one's, or the dialog's over it."""

    def on_mount(self) -> None:
        self._acting = self.screen
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.app.screen_change_signal.subscribe(self, self._screen_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)
        self.app.screen_change_signal.unsubscribe(self)

    def _screen_changed(self, top: Screen[object]) -> None:
        """Follow the screen whose keys act: the top one when only dialogs lie between."""
        stack = self.app.screen_stack
        over = stack[stack.index(self.screen) + 1 :] if self.screen in stack else []
        acting = top if all(isinstance(s, ModalScreen) for s in over) and top in over else self.screen
        if acting is not self._acting:
            if self._acting is not self.screen and self._acting is not None:
                self._acting.bindings_updated_signal.unsubscribe(self)
            self._acting = acting
            if acting is not self.screen:
                acting.bindings_updated_signal.subscribe(self, self._bindings_changed)
            self._redraw()

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self._acting:
            self._redraw()

    def _redraw(self) -> None:
        """Draw the keys again; lay the screen out again only when the bar's height changes (a
        layout of the main screen is costly on a long draft: docs/performance.md)."""
        width = self.size.width
        self.refresh(layout=not width or self._lines(width) != self.size.height)

    def on_resize(self, event: Resize) -> None:
        lines = min(event.size.height, CLEARED[-1])
        for height in CLEARED:
            self.app.set_class(height == lines, f"-key-lines-{height}")

    def shown_keys(self, screen: Screen[object] | None = None) -> list[Key]:
        """The keys shown now (``screen``'s: those of the screen whose keys act), one per action, in
        the order the screen binds them; the command palette's last."""
        by_action: dict[str, Key] = {}
        palette: list[Key] = []
        for _, binding, _, _ in (screen or self._acting or self.screen).active_bindings.values():
            if binding.key == self.app.COMMAND_PALETTE_BINDING and self.app.ENABLE_COMMAND_PALETTE:
                palette = [self._key(binding, binding.description or "palette")]
            elif binding.show and binding.action not in by_action:
                by_action[binding.action] = self._key(binding, binding.description)
        return [*by_action.values(), *palette]

    def _key(self, binding: Binding, description: str) -> Key:
        return Key(binding.key, self.app.get_key_display(binding), description)

    def rows(self, width: int, screen: Screen[object] | None = None) -> list[list[Key]]:
        """The keys, as many to a line as fit ``width`` (a key wider than the line has one to itself)."""
        rows: list[list[Key]] = [[]]
        used = 0
        for key in self.shown_keys(screen):
            cells = len(key.shown) + 1 + len(key.description)
            if rows[-1] and used + GAP + cells > width:
                rows.append([])
                used = 0
            used += cells + (GAP if rows[-1] else 0)
            rows[-1].append(key)
        return rows if rows[0] else []

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return self._lines(width)

    def _lines(self, width: int) -> int:
        """As many lines as the keys take; under a dialog, no fewer than this screen's own take: the
        screen is not laid out again (the text does not move) for a dialog's few keys."""
        own = len(self.rows(width, self.screen))
        return max(1, own, len(self.rows(width)) if self._acting is not self.screen else 0)

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        lines = []
        for row in self.rows(self.size.width):
            line = Text(no_wrap=True, overflow="ellipsis")
            for n, key in enumerate(row):
                line.append(" " * GAP if n else "")
                line.append(key.shown, key_style)
                line.append(" " + key.description, description_style)
            lines.append(line)
        return Text("\n").join(lines)

    def on_click(self, event: Click) -> None:
        """Press the key drawn where the click landed."""
        rows = self.rows(self.size.width)
        if not 0 <= event.y < len(rows):
            return
        x = 0
        for key in rows[event.y]:
            end = x + len(key.shown) + 1 + len(key.description)
            if x <= event.x < end:
                self.app.simulate_key(key.key)
                return
            x = end + GAP
