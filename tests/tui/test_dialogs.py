"""Every dialog by keyboard alone: Tab and shift+Tab move the focus, Enter chooses, Escape leaves."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Button, Input, Select

from draftdesk.tui.screens import ConfirmScreen, ExportScreen
from draftdesk.tui.widgets import KeyBar

from .conftest import make_app, new_decisions
from .test_flows import goto


async def test_the_export_dialog_is_driven_with_keys_only(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "agreed.txt"
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert isinstance(app.focused, Select) and app.focused.id == "fmt"
        keys = app.main.query_one(KeyBar)  # the main screen's bar, in sight under the dialog
        assert [key.description for key in keys.shown_keys()] == ["Cancel"]  # the dialog's keys
        await pilot.press("enter", "up", "up", "up", "enter")  # docx -> txt
        await pilot.pause()
        assert app.screen.query_one("#fmt", Select).value == "txt"
        await pilot.press("tab", "tab")
        assert isinstance(app.focused, Input)
        await pilot.press("shift+tab")
        assert app.focused is not None and app.focused.id == "view"
        await pilot.press("tab", "ctrl+u", *str(out), "tab")
        assert isinstance(app.focused, Button) and app.focused.id == "export"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.main and "Propose" in [key.description for key in keys.shown_keys()]
        await app.workers.wait_for_complete()  # written in a thread
    assert "Recognise the regional dimension" in out.read_text(encoding="utf-8")


async def test_keys_sent_at_once_after_tab_land_in_the_next_field(folder: Path, tmp_path: Path) -> None:
    """As tmux or a macro sends them: all queued before the first is read."""
    out = tmp_path / "at-once.docx"
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        keys = ["tab", "tab", "tab", "shift+tab", "ctrl+u", *str(out), "tab", "enter"]
        for key in keys:
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause()
        assert app.screen is app.main
        await app.workers.wait_for_complete()
    assert out.read_bytes().startswith(b"PK")


async def test_keys_sent_at_once_with_enter_on_a_drop_down_act_in_turn(folder: Path, tmp_path: Path) -> None:
    """Enter opens the list and the keys after it move in the list; the Enter that chooses closes
    it, and what follows goes on to the next field (Textual's Select sent them to the closed list)."""
    out = tmp_path / "at-once.txt"
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        keys = ["enter", "up", "up", "up", "enter", "tab", "enter", "down", "escape", "space", "t", "enter"]
        keys += ["tab", "ctrl+u", *str(out), "tab", "enter"]
        for key in keys:
            app.post_message(events.Key(key, key if len(key) == 1 else " " if key == "space" else None))
        await pilot.pause()
        assert app.screen is app.main
        await app.workers.wait_for_complete()
    assert "{+" in out.read_text(encoding="utf-8")  # txt (docx -> up x3), tracked (t: the first "t…")


async def test_an_export_that_fails_is_no_longer_said_to_run(folder: Path, tmp_path: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e", "tab", "tab", "ctrl+u", *str(tmp_path), "enter")  # a folder, not a file
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "exporting" not in str(app.main.shown.bar.render())
        assert [n.severity for n in app._notifications] == ["error"]


async def test_the_export_dialog_offers_every_format_the_command_has(folder: Path, tmp_path: Path) -> None:
    """The list of amendments the secretariat circulates, as a Word document, and the PDF."""
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        formats = app.screen.query_one("#fmt", Select)
        formats.value = "pdf"  # a value the Select does not offer raises
        formats.value = "list"
        await pilot.pause()
        path = app.screen.query_one("#path", Input)
        assert path.value == "belgrade-2011-list.docx"
        path.value = str(tmp_path / path.value)
        path.focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
    listed = (tmp_path / "belgrade-2011-list.docx").read_bytes()
    assert listed.startswith(b"PK")  # a Word document


async def test_escape_leaves_the_export_dialog_and_writes_nothing(folder: Path, tmp_path: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e", "tab", "tab", "ctrl+u", *str(tmp_path / "x.txt"), "escape")
        await pilot.pause()
        assert app.screen is app.main
    assert list(tmp_path.glob("x.*")) == []


async def test_a_confirmation_is_answered_with_tab_and_enter(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(80, 24)) as pilot:
        await goto(pilot, "OP4")
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert isinstance(app.focused, Button) and app.focused.id == "yes"
        await pilot.press("tab")
        assert isinstance(app.focused, Button) and app.focused.id == "no"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.main and await new_decisions(app) == []
