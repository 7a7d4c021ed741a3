"""How a pending new paragraph is numbered in a tracked or compilation text: "4 bis", as UN
compilations number a paragraph proposed after operative paragraph 4 ("4 ter" for the next one).

One proposed between two paragraphs of its kind takes the number of the one it follows, with a
Latin ordinal: its final number is only known once it is adopted, and the ones after it keep
theirs meanwhile. One proposed after the last of its kind in its block (after OP4(e), the last
item of OP4) takes the next number, "(f)", as the amendment itself calls it and as it will be
numbered once adopted: no number of the text changes. The first item of a paragraph that has none
is "(a)" of that paragraph (its first number, as it will be printed). One at the very start of its
kind with paragraphs of its kind after it is numbered "new".
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import replace

from draftdesk.engine.numbering import letters, letters_index, roman, roman_value
from draftdesk.engine.outputs import ViewParagraph

ORDINALS = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies")


def _next(marker: str, depth: int) -> str:
    """The marker after ``marker`` at a depth: 4 -> 5, e -> f, iv -> v, E -> F."""
    if depth == 0 and marker.isdigit():
        return str(int(marker) + 1)
    if depth == 2:
        return roman(roman_value(marker) + 1)
    following = letters(letters_index(marker.lower()) + 1)
    return following.upper() if marker.isupper() else following


def _first_item(paragraphs: list[ViewParagraph], at: int, new_ids: Set[str]) -> bool:
    """Whether no paragraph of the text follows ``paragraphs[at]`` among its siblings."""
    view = paragraphs[at]
    for other in paragraphs[at + 1 :]:
        if other.depth < view.depth:
            return True
        if other.depth == view.depth and other.kind == view.kind and other.id not in new_ids:
            return False
    return True


def numbered_new(
    paragraphs: list[ViewParagraph], new_ids: Set[str], last_ones: Set[str]
) -> list[ViewParagraph]:
    """``paragraphs`` (a view, in order) with each pending new paragraph of ``new_ids`` numbered;
    ``last_ones`` are the paragraphs no sibling follows (``numbering.last_of_siblings``)."""
    last: dict[tuple[str, int], tuple[str, str, int, bool]] = {}  # (kind, depth) -> label, marker, …
    out: list[ViewParagraph] = []
    for at, view in enumerate(paragraphs):
        key = (view.kind, view.depth)
        if view.id not in new_ids:
            if view.marker:
                for deeper in [k for k in last if k[1] > view.depth]:  # a new block: its own sub-items
                    del last[deeper]
                last[key] = (view.label, view.marker, 0, view.id in last_ones)
            out.append(view)
            continue
        label, marker, count, at_the_end = last.get(key, ("", "", 0, False))
        parent = next((v for v in reversed(out) if v.depth < view.depth), None)
        if not marker and parent is not None and parent.label and _first_item(paragraphs, at, new_ids):
            first = roman(1) if view.depth == 2 else letters(1)
            out.append(replace(view, label=f"{parent.label}({first})", marker=first))
            last[key] = (out[-1].label, first, 0, True)
            continue
        if not marker:
            out.append(replace(view, label="new", marker="new"))
            continue
        if at_the_end:  # after the last of its kind: the number it will have
            head, _, tail = label.rpartition(marker)
            following = _next(marker, view.depth)
            out.append(replace(view, label=f"{head}{following}{tail}", marker=following))
            last[key] = (f"{head}{following}{tail}", following, 0, True)
            continue
        ordinal = ORDINALS[count] if count < len(ORDINALS) else f"({count + 2})"
        out.append(replace(view, label=f"{label} {ordinal}", marker=f"{marker} {ordinal}"))
        last[key] = (label, marker, count + 1, False)
    return out
