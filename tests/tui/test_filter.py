"""`/` narrows the outline and the chair's queue as one types; keys only."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from draftdesk.tui.widgets import Outline

from .conftest import make_app


def shown_paragraphs(outline: Outline) -> list[str]:
    """The paragraph ids the outline shows, top to bottom."""
    out: list[str] = []
    nodes = list(outline.root.children)
    while nodes:
        node = nodes.pop(0)
        if node.data:
            out.append(node.data)
        nodes[:0] = list(node.children)
    return out


async def test_slash_narrows_the_outline_by_words_and_escape_shows_all(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test() as pilot:
        outline = app.screen.query_one(Outline)
        everything = shown_paragraphs(outline)
        await pilot.press("slash", *"justice security")
        await pilot.pause()
        assert shown_paragraphs(outline) == ["p-0005", "p-0006", "p-0007"]
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is outline and app.main.shown.selected == "p-0005"
        await pilot.press("escape")
        await pilot.pause()
        assert shown_paragraphs(outline) == everything


async def test_the_outline_is_found_by_organization_and_by_number(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test() as pilot:
        outline = app.screen.query_one(Outline)
        await pilot.press("slash", *"osce")  # OSCE's pending amendment is on OP4
        await pilot.pause()
        assert shown_paragraphs(outline) == ["p-0007"]
        await pilot.press(*["backspace"] * 4, *"rcc")  # RCC's accepted words are in OP1
        await pilot.pause()
        assert "p-0004" in shown_paragraphs(outline)
        await pilot.press(*["backspace"] * 3, *"op3")
        await pilot.pause()
        assert shown_paragraphs(outline) == ["p-0006"]
        await pilot.press("escape")  # in the prompt: cleared, and the prompt closes
        await pilot.pause()
        assert len(shown_paragraphs(outline)) > 5 and outline.filter_text == ""


async def test_slash_narrows_the_chair_queue_and_escape_clears_before_closing(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test() as pilot:
        await pilot.press("c")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert table.row_count == 3
        await pilot.press("slash", *"undp")
        await pilot.pause()
        assert [str(cell) for cell in table.get_column("Sponsors")] == ["UNDP"]
        await pilot.press("enter", "escape")  # the filter kept, then escape clears it
        await pilot.pause()
        assert table.row_count == 3 and app.screen is not app.main
        await pilot.press("slash", *"marri", "enter")  # by the words of the change
        await pilot.pause()
        assert [str(cell) for cell in table.get_column("Sponsors")] == ["RCC"]
