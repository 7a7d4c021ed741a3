"""A dropped terminal loses nothing typed: the editor's and the instruction box's text and rationale
are kept as they are typed, and the next session as that organization offers them back."""

from __future__ import annotations

from pathlib import Path

from draftdesk.storage.unsent import Keeper
from draftdesk.tui.app import DraftDeskApp
from draftdesk.tui.screens import ConfirmScreen, EditorScreen, InstructionScreen
from draftdesk.tui.typed import KEEP_DELAY, Typed

from .conftest import make_app, new_amendments
from .test_chair_rulings import until
from .test_flows import goto

INSTRUCTION = "In OP4, replace 'significant' with 'great'."


async def dropped_while_typing(folder: Path, org: str, *keys: str) -> None:
    """Press ``keys`` as ``org``, then the session ends as a dropped terminal ends it: no dialog
    closed, nothing written."""
    app = make_app(folder, org)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(*keys)
        await pilot.pause(KEEP_DELAY)
        await until(app, lambda: Keeper(folder, org).kept() is not None)  # kept once the typing pauses


async def offered_back(app: DraftDeskApp, pilot) -> str:  # type: ignore[no-untyped-def]
    await pilot.pause()
    assert isinstance(app.screen, ConfirmScreen)
    question = app.screen.question
    await pilot.press("y")
    await pilot.pause()
    return question


async def test_an_instruction_typed_when_the_terminal_dropped_is_offered_back_and_tabled(
    folder: Path,
) -> None:
    await dropped_while_typing(folder, "UNDP", "t", *INSTRUCTION, "tab", *"Plainer.")
    assert Keeper(folder, "UNDP").kept() is not None and Keeper(folder, "OSCE").kept() is None
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        question = await offered_back(app, pilot)
        assert question.startswith("You were typing an amendment when your last session ended")
        assert INSTRUCTION in question and "Rationale: Plainer." in question
        box = app.screen
        assert isinstance(box, InstructionScreen) and box.typed_now() == Typed(INSTRUCTION, "Plainer.")
        await pilot.press("enter", "t")
        await pilot.pause()
    (tabled,) = new_amendments(folder)
    assert tabled.rationale == "Plainer." and Keeper(folder, "UNDP").kept() is None


async def test_a_wording_typed_in_the_editor_comes_back_in_the_editor(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        await goto(pilot, "OP3")
        await pilot.press("p", "end", *" Together.")
        await pilot.pause(KEEP_DELAY)
        await until(app, lambda: Keeper(folder, "UNDP").kept() is not None)
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        assert "(Amend OP3)" in await offered_back(app, pilot)
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        assert editor.typed().text.endswith("complementary domains; Together.")
        await pilot.press("escape")  # what came back is something typed: leaving it asks
        assert isinstance(app.screen, ConfirmScreen) and "Discard" in app.screen.question
        await pilot.press("y")
        await pilot.pause()
    assert Keeper(folder, "UNDP").kept() is None  # discarded when asked


async def test_declining_the_offer_discards_it(folder: Path) -> None:
    await dropped_while_typing(folder, "OSCE", "t", *"In OP3, delete 'Aware'.")
    app = make_app(folder, "OSCE")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is app.main
    assert Keeper(folder, "OSCE").kept() is None
