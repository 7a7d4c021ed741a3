"""The chair's queue fits its width: the change column takes what the others leave, at 80 columns too."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from draftdesk.tui.amendment_lists import QueueRow
from draftdesk.tui.queue_columns import PADDING, column_widths
from draftdesk.tui.screens import QueueScreen

from .conftest import make_app

WHY = "takes 12 words away, more than any other amendment to this paragraph does"
ROWS = [
    QueueRow("RUS-20261207T190145cbox", "OP89", "1 of 2", "RUS, BLR", "A/80/L.36", "+ new: Calls upon", WHY),
    QueueRow("MEX-20261207T190148sqqd", "OP2", "", "MEX", "MEX-20261207T190148sqqd", "−Encourages +Urges"),
]  # fmt: skip


def shown(rows: list[QueueRow], width: int) -> dict[str, int]:
    columns = column_widths(rows, width)
    assert sum(cells + PADDING for _, cells in columns) == width  # the table's width, exactly
    return {column.label: cells for column, cells in columns}


def test_wide_every_column_is_as_wide_as_its_longest_cell_and_the_change_takes_the_rest() -> None:
    assert shown(ROWS, 160) == {
        "Paragraph": 9, "Vote": 6, "Why there": 40, "Sponsors": 8, "Amendment": 23, "Change": 62,
    }  # fmt: skip


def test_at_80_columns_why_there_goes_first_then_the_widest_gives_up_cells_for_the_change() -> None:
    assert shown(ROWS, 78) == {"Paragraph": 9, "Vote": 6, "Sponsors": 8, "Amendment": 15, "Change": 30}


def test_no_column_gives_up_more_than_its_floor_its_label_whole() -> None:
    columns = {column.label: cells for column, cells in column_widths(ROWS, 40)}
    assert columns == {"Paragraph": 9, "Vote": 6, "Sponsors": 8, "Amendment": 13, "Change": 30}


def test_a_column_empty_in_every_row_is_left_out() -> None:
    assert "Vote" not in shown(ROWS[1:], 120) and "Why there" not in shown(ROWS[1:], 120)


async def test_the_queue_at_80_by_24_shows_every_row_and_the_change(folder: Path) -> None:
    app = make_app(folder, "SEECF")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        table = app.screen.query_one(DataTable)
        labels = [str(column.label) for column in table.ordered_columns]
        assert labels[-1] == "Change" and "Why there" not in labels
        assert table.row_count == 3 and table.size.height >= 4  # header and the three rows
        assert table.virtual_size.width <= table.size.width  # no sideways scrolling to read the change
