"""The title is negotiable text (A/C.3/80/L.28 amends one): selected like a paragraph, reworded by a
delegate from the TUI, its pending amendments in the outline, the panel and the tracked view."""

from __future__ import annotations

from pathlib import Path

from draftdesk import services
from draftdesk.engine.outputs import VIEW_NAMES
from draftdesk.engine.title import TITLE_ID
from draftdesk.engine.user_ops import modify_op
from draftdesk.tui.screens import EditorScreen, PreviewScreen

from .conftest import make_app, new_amendments
from .test_more_flows import drawn


async def test_a_delegate_rewords_the_title_from_the_tui(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        shown = app.main.shown
        first = shown.selected
        await pilot.press("up")  # above the text's first paragraph: the title
        assert shown.selected == TITLE_ID and first != TITLE_ID
        assert "No amendments to the title" in shown.panel.text
        await pilot.press("d")  # the title is reworded, never deleted: one line says so
        assert not isinstance(app.screen, PreviewScreen)
        assert any("The title can be reworded (p)" in n.message for n in app._notifications)
        await pilot.press("p")
        assert isinstance(app.screen, EditorScreen)
        await pilot.press("end", *" AND PARTNERS", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PreviewScreen)
        await pilot.press("t")
        await pilot.pause()
        (tabled,) = new_amendments(folder)
        assert tabled.targets == (TITLE_ID,) and tabled.written.startswith("In the title")
        assert shown.selected == TITLE_ID and tabled.id in shown.panel.text
        outline = next(line for line in drawn(shown.outline) if "title " in line)
        assert "title ●1" in outline


async def test_a_pending_change_to_the_title_is_drawn_for_the_chair(folder: Path) -> None:
    title = services.negotiation(folder).title
    assert title is not None
    amendment = services.propose(folder, "OSCE", [modify_op(title, title.text + " AND BEYOND")])
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        shown = app.main.shown
        shown.pick_view(VIEW_NAMES.index("tracked"))
        shown.select(TITLE_ID)
        await pilot.pause()
        drawn_title = next(p for p in shown.merged.paragraphs if p.id == TITLE_ID)
        assert [s.text.strip() for s in drawn_title.spans if s.mark == "ins"] == ["AND BEYOND"]
        assert amendment.id in shown.panel.text and shown.panel.border_title == " title "
        assert any("AND BEYOND" in line for line in drawn(shown.merged))
        await pilot.press("a", "y")
        await pilot.pause()
        shown.pick_view(VIEW_NAMES.index("agreed"))
        await pilot.pause()
        assert app.session.neg.title.text.endswith("AND BEYOND")
        assert str(shown.bar.render()).endswith("CONFERENCE AND BEYOND")  # the header: the agreed title
        assert any("AND BEYOND" in line for line in drawn(shown.merged))


async def test_go_to_takes_the_title_as_the_cli_does(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(80, 24)) as pilot:
        shown = app.main.shown
        await pilot.press("g", *"the title", "enter")
        assert shown.selected == TITLE_ID
        await pilot.press("g", *"OP4(b)", "enter")
        assert shown.selected == "p-0009"
        await pilot.press("g", *"title", "enter")
        assert shown.selected == TITLE_ID
