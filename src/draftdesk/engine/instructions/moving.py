"""Sentences that move paragraphs: "Move operative paragraph 5 to follow operative paragraph 2",
"Operative paragraph 7 should become operative paragraph 3", "Place subparagraph (c) before
subparagraph (a)", "Move operative paragraphs 5 and 6 to the end"."""

from __future__ import annotations

import itertools
import re

from draftdesk.engine.amendments import Op
from draftdesk.engine.instructions.clauses import TO_BE
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.paragraphs import QUOTED_ADDRESS, Paragraphs
from draftdesk.engine.instructions.structure import STOP

_TARGET = rf"(?P<target>(?:{QUOTED_ADDRESS}|[^;“”\"‘])+?)"
_MOVE_HEADS = (
    rf"(?:move|place|put|transfer|relocate|reposition)\s+{_TARGET}",
    rf"{_TARGET}\s+{TO_BE}\s+(?:moved|placed|put|transferred|relocated|repositioned)",
    rf"{_TARGET}\s+(?:should|shall|will|is\s+to)(?=\s+become\b)",
)
"""Who moves: "Move/Place <paragraph>", "<paragraph> should be moved", "<paragraph> should become …"."""
_MOVE_TO = (
    r"(?:(?:to\s+)?(?:(?:immediately|directly|right)\s+)?(?P<after>follow|come\s+after|after|below)"
    r"|(?:to\s+)?(?:(?:immediately|directly|right)\s+)?(?P<before>precede|come\s+before|before|above)"
    r"|(?P<become>(?:(?:so\s+as\s+)?to\s+)?become|so\s+that\s+it\s+becomes|as\s+(?:the\s+)?new))\s+(?P<anchor>.+?)"
    r"(?:,?\s+as\s+(?:a\s+)?(?:new\s+)?sub-?paragraph\s+(?:\(?[a-z]+\)?\s+)?of\s+(?P<parent>.+?))?"
    r"|to\s+the\s+(?:(?P<end>end)|beginning|start)(?:\s+of\s+(?:the\s+)?[\w\s]+?)?"
)
"""Where to: after or before a paragraph, "to become operative paragraph 3" (the place that number
has), the beginning or the end of its kind."""
_MOVES = tuple(
    re.compile(rf"{head}(?:\s+(?:up|down)(?:wards)?)?\s+(?:{_MOVE_TO})\s*{STOP}", re.I)
    for head in _MOVE_HEADS
)


def read_move(s: str, pos: int, paras: Paragraphs, within: str = "") -> tuple[list[Op], int] | None:
    """A move; ``within`` is the paragraph the sentence is about, whose items it may name alone, as
    the moved item's paragraph is for the place it goes ("to become subparagraph (a)"). Paragraphs
    moved together ("Move operative paragraphs 5 and 6 to follow …") keep their order there."""
    m = next((m for p in _MOVES if (m := p.match(s, pos))), None)
    if not m:
        return None
    several = re.search(r"paragraphs|\band\b|,", m["target"], re.I)
    moved = paras.targets(m["target"]) if several else [paras.resolve_within(m["target"], within)]
    target = moved[0]
    family = set().union(*map(paras.family, moved))
    home = paras.by_id[target].parent
    after = parent = ""
    if m["anchor"]:
        anchor = paras.resolve_within(m["anchor"], home or within)
        if anchor in family:
            raise InstructionError(f"{paras.name(target)} cannot move next to itself")
        order = [p.id for p in paras.list]
        after_it = m["after"] or (m["become"] and order.index(target) < order.index(anchor))
        if after_it:  # "to become operative paragraph 5" from above it: where OP5 is now, after it
            after = anchor
        else:
            after = paras.before(anchor, family)
            anchor_parent = paras.by_id[anchor].parent
            parent = anchor_parent if anchor_parent != home else ""
    elif m["end"]:  # after the last of its kind among its siblings
        kind = paras.by_id[target].kind
        siblings = [p.id for p in paras.list if p.parent == home and p.kind == kind and p.id not in family]
        after = siblings[-1] if siblings else ""
    else:  # the beginning: of the text (as the written form says it), an item's of its paragraph
        after = home
    if m["parent"]:
        parent = paras.resolve(m["parent"])
    if after in family:
        raise InstructionError(f"{paras.name(target)} cannot move after itself")
    first = Op("move", target=target, after=after, parent=parent)
    return [
        first,
        *(Op("move", target=b, after=a, parent=parent) for a, b in itertools.pairwise(moved)),
    ], m.end()
