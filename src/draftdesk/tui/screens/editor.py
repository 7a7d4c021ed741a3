"""The paragraph editor: the wording in a TextArea and a rationale; ctrl+s saves, escape asks before
discarding what was typed; what is typed is kept as it is typed (``keep``: storage/unsent.py)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, TextArea

from draftdesk.engine.inert import inert
from draftdesk.tui.screens.confirm import leave_asking
from draftdesk.tui.typed import Keep, KeptAsTyped, Typed
from draftdesk.tui.widgets.keys_in_order import Field, after_typed
from draftdesk.tui.widgets.text_box import SELECT_ALL_HELP, TextBox


class EditorScreen(ModalScreen[Typed | None]):
    """Dismisses with what was typed, or None when the user chose to discard it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]
    DEFAULT_CSS = """
    EditorScreen { align: center middle; }
    EditorScreen > Vertical { width: 90%; height: 80%; border: thick $primary; background: $panel; }
    EditorScreen TextArea { height: 1fr; }
    EditorScreen TextArea:focus, EditorScreen Input:focus { border: tall $accent; }
    EditorScreen Label { width: 1fr; }  /* its keys wrap, none cut at 80 columns */
    """

    def __init__(
        self,
        title: str,
        text: str,
        rationale: str = "",
        keep: Keep | None = None,
        unchanged: Typed | None = None,
    ) -> None:
        """``unchanged``: what counts as nothing typed (default ``text`` and ``rationale``); the paragraph's
        own when the editor holds what was typed before (back from the preview, or a session
        that dropped): leaving that asks too."""
        super().__init__()
        self.title_text, self.text, self.rationale = title, text, rationale
        self.unchanged = Typed(text, rationale) if unchanged is None else unchanged
        self.kept = KeptAsTyped(self, self.typed, keep)

    def compose(self) -> ComposeResult:
        with Vertical():
            keys = f"ctrl+s: save · tab: rationale · {SELECT_ALL_HELP} · escape: cancel"
            yield Label(Text(inert(f"{self.title_text}   {keys}")))
            yield TextBox(self.text, soft_wrap=True, tab_behavior="focus", id="editor")
            yield Field(
                self.rationale,
                placeholder="Rationale (optional): why this change",
                id="rationale",
                select_on_focus=False,  # coming back to add a word must not replace what is there
            )

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def typed(self) -> Typed:
        return Typed(self.query_one(TextArea).text.strip(), self.query_one(Input).value.strip())

    def on_text_area_changed(self) -> None:
        self.kept.changed()

    def on_input_changed(self) -> None:
        self.kept.changed()

    def action_save(self) -> None:
        after_typed(self, self._save)  # ctrl+s is read ahead of the keys typed before it

    def _save(self) -> None:
        self.kept.flush()
        self.dismiss(self.typed())

    def on_input_submitted(self) -> None:
        self.action_save()

    def action_cancel(self) -> None:
        unchanged = self.unchanged
        leave_asking(self, self.typed() != Typed(unchanged.text.strip(), unchanged.rationale.strip()))
