"""The selection stays in sight, and stepping past the window's edge does not scroll at every key."""

from __future__ import annotations

import itertools
from pathlib import Path

from rich.text import Text

from draftdesk.tui.describe import on_paragraph
from draftdesk.tui.widgets.sight import sight_line

from .conftest import make_app


def test_a_step_past_the_window_turns_the_page() -> None:
    # window of 30 lines showing 100-129
    assert sight_line(top=128, height=4, window=30, offset=100) == 126  # down: to the top, 2 lines of context
    assert sight_line(top=97, height=4, window=30, offset=100) == 73  # up: to the bottom, 2 lines below
    assert sight_line(top=2, height=4, window=30, offset=5) == 0  # not above the start


def test_a_jump_comes_a_third_of_the_way_down() -> None:
    assert sight_line(top=500, height=3, window=30, offset=100) == 490
    assert sight_line(top=20, height=3, window=30, offset=100) == 10
    assert sight_line(top=4, height=3, window=30, offset=100) == 0  # not above the start
    assert sight_line(top=500, height=25, window=30, offset=100) == 500  # too tall: from its top


async def test_stepping_through_the_text_keeps_the_selection_in_sight(folder: Path) -> None:
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(90, 16)) as pilot:  # a short screen: the text is several windows long
        view, outline = app.merged, app.outline
        offsets = []
        for _ in range(len(view.ids) - 1):
            await pilot.press("down")
            await pilot.pause()
            top = view._starts[view.position(app.selected)]
            assert view.scroll_offset.y <= top < view.scroll_offset.y + view.scrollable_content_region.height
            line = outline.cursor_line
            assert (
                outline.scroll_offset.y
                <= line
                < outline.scroll_offset.y + outline.scrollable_content_region.height
            )
            offsets.append((view.scroll_offset.y, outline.scroll_offset.y))
        view_scrolls = sum(a[0] != b[0] for a, b in itertools.pairwise(offsets))
        outline_scrolls = sum(a[1] != b[1] for a, b in itertools.pairwise(offsets))
        assert 0 < view_scrolls < len(offsets) - 1
        assert 0 < outline_scrolls < len(offsets) // 2


async def test_the_next_paragraphs_panel_is_drawn_ahead_while_the_reader_looks(
    folder: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    app = make_app(folder, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        ids = app.merged.ids
        step = next(i for i in range(1, len(ids) - 1) if on_paragraph(app.neg, ids[i + 1]))
        app.select_paragraph(ids[step - 1])
        await pilot.press("down")
        await pilot.pause()
        wrapped: list[str] = []
        wrap = Text.wrap
        monkeypatch.setattr(
            Text, "wrap", lambda text, *a, **k: wrapped.append(text.plain) or wrap(text, *a, **k)
        )
        await pilot.press("down")
        await pilot.pause()
        assert app.selected == ids[step + 1]
        shown = on_paragraph(app.neg, ids[step + 1])
        assert shown and all(aid in app.panel.text for aid in shown[:1])
        assert not [plain for plain in wrapped if shown[0] in plain]  # its block was drawn before the step
