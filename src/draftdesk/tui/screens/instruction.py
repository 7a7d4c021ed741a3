"""An amendment typed as delegations write it ("In OP4, replace 'note' with 'welcome'"), with a rationale.

The box holds several lines, so an amendment document pasted as circulated ("1. In operative
paragraph 4, … / 2. Delete …") arrives whole; enter previews it. When the instruction cannot be read,
the box opens again holding it, with the reason and the quoted words the text does not have marked.
What is typed is kept as it is typed (``keep``: storage/unsent.py).
"""

from __future__ import annotations

import re
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static, TextArea

from draftdesk.tui.screens.confirm import leave_asking
from draftdesk.tui.typed import NOTHING, Keep, KeptAsTyped, Typed
from draftdesk.tui.widgets.keys_in_order import Field, after_typed
from draftdesk.tui.widgets.text_box import SELECT_ALL_HELP, TextBox

QUOTED = re.compile(r"[“\"'‘]([^”\"'’]+)[”\"'’]")


def marked(text: str, error: str) -> Text:
    """The instruction with every quoted word of ``error`` it contains marked (the words not found)."""
    out = Text(text)
    for words in {m.group(1) for m in QUOTED.finditer(error)}:
        out.highlight_words([words], "bold reverse red")
    return out


class InstructionScreen(ModalScreen[Typed | None]):
    """Dismisses with the instruction and rationale typed, or None on escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "preview", "Preview", priority=True),  # a pasted line break stays a line break
        Binding("escape", "cancel", "Cancel"),
    ]
    DEFAULT_CSS = """
    InstructionScreen { align: center middle; }
    InstructionScreen > Vertical { width: 90%; height: auto; border: thick $primary;
        background: $panel; padding: 1 2;
    }
    InstructionScreen #error { color: $error; }
    InstructionScreen TextArea { height: auto; max-height: 12; }
    InstructionScreen TextArea:focus, InstructionScreen Input:focus { border: tall $accent; }
    InstructionScreen Label { width: 1fr; }  /* its keys wrap, none cut at 80 columns */
    """

    def __init__(self, typed: Typed = NOTHING, error: str = "", keep: Keep | None = None) -> None:
        """``keep`` keeps what is typed as it is typed (storage/unsent.py)."""
        super().__init__()
        self.typed, self.error = typed, error
        self.kept = KeptAsTyped(self, self.typed_now, keep)

    def compose(self) -> ComposeResult:
        with Vertical():
            keys = f"enter: preview · tab: rationale · {SELECT_ALL_HELP} · escape: cancel"
            yield Label(f"Type an amendment instruction   {keys}")
            yield TextBox(
                self.typed.text,
                soft_wrap=True,
                tab_behavior="focus",
                placeholder="In OP4, replace 'note' with 'welcome'",
                id="instruction",
            )
            if self.error:
                yield Static(Text.assemble(("Not tabled: ", "bold"), self.error), id="error")
                yield Static(marked(self.typed.text, self.error), id="marked")
            yield Field(
                self.typed.rationale,
                placeholder="Rationale (optional): why",
                id="rationale",
                select_on_focus=False,  # a box opened again holding text: the next key must not replace it
            )

    def on_mount(self) -> None:
        box = self.query_one("#instruction", TextArea)
        box.move_cursor(box.document.end)

    def typed_now(self) -> Typed:
        return Typed(
            "\n".join(
                self.query_one("#instruction", TextArea).document.lines
            ).strip(),  # a paste may end lines in \r
            self.query_one("#rationale", Input).value.strip(),
        )

    def on_text_area_changed(self) -> None:
        self.kept.changed()

    def on_input_changed(self) -> None:
        self.kept.changed()

    def action_preview(self) -> None:
        after_typed(self, self._preview)  # enter is read ahead of the keys typed before it

    def _preview(self) -> None:
        if (typed := self.typed_now()).text:
            self.kept.flush()
            self.dismiss(typed)

    def action_cancel(self) -> None:
        """Leave at once when the box is empty; else ask (an instruction that came back unread too)."""
        leave_asking(self, self.typed_now() != NOTHING)
