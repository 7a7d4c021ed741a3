"""An annex (a part with its own numbering) is a group of the outline, titled by its heading, with
its own preamble and operative sections and the articles after it: the outline reads as the printed
document."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets.tree import TreeNode

from draftdesk import services
from draftdesk.engine.user_ops import delete_ops
from draftdesk.tui.widgets import Outline

from .conftest import make_app
from .test_more_flows import drawn
from .test_snapshots import RESTED


def tree(outline: Outline) -> list[str]:
    """The outline's groups and paragraphs, indented: a group by its label, a paragraph by its id."""

    def lines(node: TreeNode[str], depth: int) -> list[str]:
        label = node.data or (node.label.plain if isinstance(node.label, Text) else str(node.label))
        below = [line for child in node.children for line in lines(child, depth + 1)]
        return [f"{'  ' * depth}{label}", *below]

    return [line for child in outline.root.children for line in lines(child, 0)]


async def test_an_annex_is_a_group_titled_by_its_heading_with_its_own_sections(annexed: Path) -> None:
    app = make_app(annexed, "UNDP")
    async with app.run_test(size=(120, 40)) as pilot:
        outline = app.screen.query_one(Outline)
        lines = tree(outline)
        assert lines[lines.index("Closing") :] == [
            "Closing",
            "  p-0011",
            "a-01",  # the annex's group: its node is its title, selected and amended like a paragraph
            "  Preamble",
            "    a-02",
            "  Operative",
            "    a-03",
            "    a-04",
            "      a-05",
            "  ARTICLE 1",  # an article after an annex is the annex's
            "    Operative",
            "      b-01",
        ]
        outline.focus()
        await pilot.press("g", *"ANNEX OP2(a)", "enter")
        await pilot.pause(RESTED)
        assert any(line.startswith("▼ ANNEX Modalities for the") for line in drawn(outline)), drawn(outline)
        outline.move_cursor(outline.nodes_by_id["a-01"])
        await pilot.pause()
        assert app.main.shown.selected == "a-01"


async def test_a_paragraph_deleted_from_an_annex_leaves_the_group(annexed: Path) -> None:
    amendment = services.propose(annexed, "UNDP", delete_ops(services.negotiation(annexed).agreed, ["a-01"]))
    app = make_app(annexed, "SEECF")
    async with app.run_test(size=(120, 40)) as pilot:
        app.main.decisions.decide(amendment.id, "accept")
        await pilot.pause(RESTED)
        lines = tree(app.screen.query_one(Outline))
        assert "a-01" not in lines and lines[lines.index("ANNEX") + 1 :][:2] == ["  Preamble", "    a-02"]
