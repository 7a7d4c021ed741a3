"""Sentences that move paragraphs: "Move operative paragraph 5 to follow operative paragraph 2",
"Operative paragraph 7 should become operative paragraph 3", "Place subparagraph (c) before
subparagraph (a)", "Move operative paragraphs 5 and 6 to the end"."""

from __future__ import annotations

import itertools
import re

from draftdesk.engine.amendments import Op
from draftdesk.engine.instructions.clauses import TO_BE
from draftdesk.engine.instructions.errors import InstructionError
from draftdesk.engine.instructions.layout import Layout
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
SWAP_VERBS = r"(?P<verb>swap|switch|interchange|exchange|transpose|invert|reverse)"
ORDER_OF = r"(?:the\s+(?:order|places|positions|sequence)\s+of\s+)?"
_SWAPS = (
    re.compile(rf"{SWAP_VERBS}\s+{ORDER_OF}{_TARGET}(?P<other>)\s*{STOP}", re.I),
    re.compile(
        rf"{ORDER_OF}{_TARGET}\s+{TO_BE}\s+{SWAP_VERBS}(?:p?ed|d)"
        rf"(?:\s+with\s+(?P<other>[^;“”\"‘]+?))?\s*{STOP}",
        re.I,
    ),
)
"""Paragraphs that take one another's places: "Swap …", "Interchange the order of …", "… should be
swapped (with …)"."""
_MOVES = tuple(
    re.compile(rf"{head}(?:\s+(?:up|down)(?:wards)?)?\s+(?:{_MOVE_TO})\s*{STOP}", re.I)
    for head in _MOVE_HEADS
)


def read_move(s: str, pos: int, paras: Paragraphs, within: str = "") -> tuple[list[Op], int] | None:
    """A move; ``within`` is the paragraph the sentence is about, whose items it may name alone, as
    the moved item's paragraph is for the place it goes ("to become subparagraph (a)"). Paragraphs
    moved together ("Move operative paragraphs 5 and 6 to follow …") keep their order there. Places
    are found in the order the instruction's earlier moves left (:mod:`.layout`)."""
    m = next((m for p in _MOVES if (m := p.match(s, pos))), None)
    if not m:
        return None
    layout = paras.layout
    several = re.search(r"paragraphs|\band\b|,", m["target"], re.I)
    moved = paras.targets(m["target"]) if several else [paras.resolve_within(m["target"], within)]
    target = moved[0]
    family = set().union(*map(layout.family, moved))
    home = layout.parent[target]
    after = parent = named = ""
    if m["anchor"]:
        anchor = paras.resolve_within(m["anchor"], home or within)
        if anchor in family:
            raise InstructionError(f"{paras.name(target)} cannot move next to itself")
        anchor_parent = layout.parent[anchor]
        parent = anchor_parent if anchor_parent != home else ""
        if m["become"]:
            after = _becoming(paras, anchor, family)
        elif m["after"]:  # past what earlier changes put after it: in the order written
            after, parent, named = layout.past_placed(anchor, home), "", anchor
        else:
            after = layout.before(anchor, family)
    elif m["end"]:  # after the last of its kind among its siblings
        siblings = layout.children(home, layout.kind[target], family)
        after = siblings[-1] if siblings else home
    else:  # the beginning: of the text (as the written form says it), an item's of its paragraph
        after = home
    if m["parent"]:
        parent = paras.resolve(m["parent"])
    if after in family:
        raise InstructionError(f"{paras.name(target)} cannot move after itself")
    together = [(b, a) for a, b in itertools.pairwise(moved)]
    ops = _moves(layout, [(target, after), *together], parent)
    if named:
        layout.placed(named, moved)
    return ops, m.end()


def _becoming(paras: Paragraphs, anchor: str, family: set[str]) -> str:
    """The ``after`` that gives a moved paragraph the number ``anchor`` has as tabled ("to become
    operative paragraph 3": the third operative paragraph once the earlier moves are made)."""
    layout, tabled = paras.layout, paras.by_id[anchor]
    number = [p.id for p in paras.list if p.parent == tabled.parent and p.kind == tabled.kind].index(anchor)
    siblings = layout.children(layout.parent[anchor], tabled.kind, family)
    if number == 0:
        return layout.before(siblings[0], family)
    return siblings[min(number, len(siblings)) - 1]


def _moves(layout: Layout, placed: list[tuple[str, str]], parent: str = "") -> list[Op]:
    """Move operations placing each paragraph after the one given, made on ``layout`` too."""
    ops = []
    for target, after in placed:
        ops.append(Op("move", target=target, after=after, parent=parent))
        layout.move(target, after, parent)
    return ops


def read_swap(s: str, pos: int, paras: Paragraphs, within: str = "") -> tuple[list[Op], int] | None:
    """ "Swap operative paragraphs 2 and 3", "Operative paragraph 2 should be interchanged with operative
    paragraph 3", "Reverse the order of preambular paragraphs 3 to 5": the paragraphs named take one
    another's places, the first the last one's and so on inwards (two or three moves a pair)."""
    m = next((m for p in _SWAPS if (m := p.match(s, pos))), None)
    if not m:
        return None
    layout = paras.layout
    named = re.sub(r"\s+with\s+", " and ", f"{m['target']} and {m['other']}" if m["other"] else m["target"])
    if within:  # "In operative paragraph 1, swap subparagraphs (a) and (c)": its items
        singular = re.sub(r"(sub-?paragraph)s\b", r"\1", named, flags=re.I)
        pieces = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", singular)
        named_ids = [paras.resolve_within(piece, within) for piece in pieces]
    else:
        named_ids = paras.targets(named)
    ids = sorted(named_ids, key=layout.order.index)
    names = ", ".join(map(paras.name, ids[:-1])) + f" and {paras.name(ids[-1])}"
    if len(ids) < 2 or (len(ids) > 2 and m["verb"].lower() != "reverse"):
        raise InstructionError(f"name two paragraphs to swap, not {len(ids)} ({names})")
    if len({layout.parent[pid] for pid in ids}) > 1:
        raise InstructionError(f"{names} are not at one level: they cannot swap places")
    ops: list[Op] = []
    while len(ids) > 1:
        first, last, *ids = [ids[0], ids[-1], *ids[1:-1]]
        siblings = layout.children(layout.parent[first])
        next_to = siblings.index(last) == siblings.index(first) + 1
        placed = [(first, last)] if next_to else [(first, last), (last, layout.before(first))]
        ops += _moves(layout, placed)
    return ops, m.end()
