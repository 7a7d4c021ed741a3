"""The export dialog: the export command's formats and views, and where to write the file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from draftdesk.engine.outputs import VIEW_NAMES
from draftdesk.services import EXPORT_FORMATS
from draftdesk.tui.widgets.drop_down import DropDown
from draftdesk.tui.widgets.keys_in_order import Field


def file_name(slug: str, fmt: str, view: str) -> str:
    """The file proposed: the list of amendments as the Word document a secretariat circulates."""
    return f"{slug}-list.docx" if fmt == "list" else f"{slug}-{view}.{fmt}"


@dataclass(frozen=True)
class ExportRequest:
    """What the user asked to export."""

    fmt: str
    view: str
    path: str


class ExportScreen(ModalScreen[ExportRequest | None]):
    """Pick format, view and file; enter or the Export button confirms, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical { width: 70; height: 18; border: thick $primary; background: $panel;
        padding: 1 2;
    }
    ExportScreen Horizontal { height: auto; }
    """

    def __init__(self, slug: str, view: str) -> None:
        super().__init__()
        self.slug, self.view = slug, view
        self.proposed = file_name(slug, "docx", view)  # the file name offered for the choices shown

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Export")
            yield DropDown([(f, f) for f in EXPORT_FORMATS], "docx", id="fmt")
            yield DropDown([(v, v) for v in VIEW_NAMES], self.view, id="view")
            yield Field(self.proposed, id="path")
            with Horizontal():
                yield Button("Export", id="export", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_select_changed(self, event: Select.Changed) -> None:
        """The file name follows the choices until the user writes their own (perhaps before this
        message arrives: keys typed at once reach each field in turn)."""
        fmt, view = self.query_one("#fmt", Select).value, self.query_one("#view", Select).value
        path = self.query_one("#path", Input)
        if path.value == self.proposed:
            self.proposed = path.value = file_name(self.slug, str(fmt), str(view))

    def _request(self) -> ExportRequest:
        fmt, view = self.query_one("#fmt", Select).value, self.query_one("#view", Select).value
        return ExportRequest(str(fmt), str(view), self.query_one("#path", Input).value.strip())

    def on_input_submitted(self) -> None:
        self.dismiss(self._request())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(self._request() if event.button.id == "export" else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
