"""The main screen's keys, in the order help lists them; a key of another role says why it is not yours."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from draftdesk.engine.outputs import VIEW_NAMES
from draftdesk.tui import role_keys

MAIN_KEYS: list[BindingType] = [
    Binding("question_mark", "app.help", "Help"),
    Binding("j,down", "move(1)", "Down", show=False),
    Binding("k,up", "move(-1)", "Up", show=False),
    Binding("enter", "propose", "Open in the editor", show=False),
    Binding("p", "propose", "Propose"),
    Binding("i", "insert", "Insert"),
    Binding("I", "insert(True)", "Insert sub-item", show=False),
    Binding("d", "delete", "Delete"),
    Binding("m", "move_paragraph", "Move", show=False),
    Binding("t", "instruction", "Type an instruction", show=False),
    Binding("n", "next_amendment", "Next amendment"),
    Binding("R", "revise", "Revise own", show=False),
    Binding("T", "decide('table')", "Table own draft"),
    Binding("w", "decide('withdraw')", "Withdraw"),
    Binding("s", "decide('cosponsor')", "Co-sponsor"),
    Binding("a", "decide('accept')", "Accept"),
    Binding("r", "decide('reject')", "Reject"),
    Binding("u", "decide('reinstate')", "Reinstate", tooltip="Reinstate a withdrawn or rejected one"),
    Binding("c", "queue", "Queue", tooltip="Chair queue: pending amendments in voting order"),
    Binding("N", "issue_revision", "Issue revision", show=False),
    Binding("v", "next_view", "View", tooltip="Next view (1-5: agreed, tracked, …)"),
    Binding("o", "toggle('tags')", "Org tags", tooltip="Organization codes on their words"),
    Binding("x", "toggle('marks')", "Marks [-]{+}", tooltip="Change marks [-old-]{+new+}"),
    Binding("l", "legend", "Legend", show=False, tooltip="Legend: every organization, or one line"),
    *[
        Binding(str(n), f"pick_view({n - 1})", f"View: {name}", show=False)
        for n, name in enumerate(VIEW_NAMES, 1)
    ],
    Binding("g", "goto", "Go to"),
    Binding("slash", "filter", "Filter the outline: words, organization, number", show=False),
    Binding("e", "export", "Export", show=False),
    *[Binding(key, f"refused('{key}')", show=False) for key in role_keys.ROLE_KEYS],
]
