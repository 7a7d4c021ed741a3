"""The selection stays in sight, and stepping past the window's edge does not scroll at every key."""

from __future__ import annotations

import itertools
from pathlib import Path

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
        view, outline = app.main.shown.merged, app.main.shown.outline
        offsets = []
        for _ in range(len(view.ids) - 1):
            await pilot.press("down")
            await pilot.pause()
            top = view._starts[view.position(app.main.shown.selected)]
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
