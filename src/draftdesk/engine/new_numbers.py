"""How a pending new paragraph is numbered in a tracked or compilation text: "4 bis", as UN
compilations number a paragraph proposed after operative paragraph 4 ("4 ter" for the next one).

Its final number is only known once it is adopted; until then it takes the number of the
paragraph of its kind it follows, with a Latin ordinal. One at the very start of its kind
(before any paragraph it could follow) is numbered "new".
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import replace

from draftdesk.engine.outputs import ViewParagraph

ORDINALS = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies")


def numbered_new(paragraphs: list[ViewParagraph], new_ids: Set[str]) -> list[ViewParagraph]:
    """``paragraphs`` (a view, in order) with each pending new paragraph of ``new_ids`` numbered."""
    last: dict[tuple[str, int], tuple[str, str, int]] = {}  # (kind, depth) -> (label, marker, new ones)
    out = []
    for view in paragraphs:
        key = (view.kind, view.depth)
        if view.id not in new_ids:
            if view.marker:
                for deeper in [k for k in last if k[1] > view.depth]:  # a new block: its own sub-items
                    del last[deeper]
                last[key] = (view.label, view.marker, 0)
            out.append(view)
            continue
        label, marker, count = last.get(key, ("", "", 0))
        if not marker:
            out.append(replace(view, label="new", marker="new"))
            continue
        ordinal = ORDINALS[count] if count < len(ORDINALS) else f"({count + 2})"
        out.append(replace(view, label=f"{label} {ordinal}", marker=f"{marker} {ordinal}"))
        last[key] = (label, marker, count + 1)
    return out
