"""ctrl+a selects all the instruction box holds (a paste is replaced by typing over it); home still
goes to the line's start, and the box's help line names the key."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Label, Static, TextArea

from draftdesk.tui.screens import EditorScreen, InstructionScreen, PreviewScreen

from .conftest import make_app


async def test_ctrl_a_selects_all_so_typing_replaces_a_paste(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, InstructionScreen)
        box = app.screen.query_one("#instruction", TextArea)
        box.insert("Delete operative paragraph 9.\nDelete operative paragraph 8.")
        await pilot.press("home", "X")
        assert box.text == "Delete operative paragraph 9.\nXDelete operative paragraph 8."
        await pilot.press("ctrl+a", *"Delete operative paragraph 3.")
        assert box.text == "Delete operative paragraph 3."
        assert "ctrl+a: select all" in str(app.screen.query_one(Label).render())


async def test_ctrl_a_selects_all_in_the_paragraph_editor(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", *"OP3", "enter", "p")
        assert isinstance(app.screen, EditorScreen)
        await pilot.press("ctrl+a", *"New words.")
        assert app.screen.query_one(TextArea).text == "New words."


async def test_keys_sent_at_once_act_in_the_order_typed(folder: Path) -> None:
    """ctrl+a, backspace and the arrows are the box's bindings: they act as read, not once bubbled up
    after the characters sent with them (all queued before the first is read, as tmux sends them)."""
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g", *"OP3", "enter", "p")
        assert isinstance(app.screen, EditorScreen)
        for key in ["ctrl+a", *"New wordz", "backspace", "s", "left", "left", "-"]:
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == "New wor-ds"


async def test_enter_sent_with_the_instruction_previews_all_of_it(folder: Path) -> None:
    """enter is the box's priority key, read by the App ahead of the characters still waiting at the
    box: the preview waits for them."""
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, InstructionScreen)
        for key in [*"In operative paragraph 4, replace “note” with “welcome”.", "enter"]:
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        assert "replace “note” with “welcome”" in str(app.screen.query_one(Static).render())
