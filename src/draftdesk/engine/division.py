"""Division of the question (UN rules of procedure, rule 129): an amendment voted on in parts.

A delegation may move that parts of an amendment be voted on separately; the parts adopted are
then put together, and if every part is rejected the amendment is rejected as a whole. The parts of
an amendment are its changes as tabled: one for each paragraph it touches, in the order it names
them ("Delete the third preambular paragraph and operative paragraph 2": part 1 PP3, part 2 OP2). A
new paragraph's sub-items, what the amendment places after it and its own changes to it belong to
that paragraph's part: adopted without it they would have nowhere to go.

The outcome is one acceptance naming the parts adopted (``Decision.parts``): the merge applies
those operations alone, and every list and log cites each part by its paragraph as tabled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from draftdesk.engine.amendments import Amendment, Decision


class Part(NamedTuple):
    """One part of an amendment: its ``number`` (from 1), the paragraph it concerns and the indices
    of its operations in ``Amendment.ops``."""

    number: int
    paragraph: str
    ops: tuple[int, ...]


def parts(amendment: Amendment) -> tuple[Part, ...]:
    """The amendment's parts, numbered in the order it names their paragraphs."""
    order: list[str] = []
    ops: dict[str, list[int]] = {}
    home: dict[str, str] = {}  # a paragraph the amendment inserts -> the part it belongs to
    for n, op in enumerate(amendment.ops):
        inside = home.get(op.target) or home.get(op.parent) or home.get(op.after)
        key = inside or op.target or op.new_id
        if key not in ops:
            order.append(key)
            ops[key] = []
        ops[key].append(n)
        if op.new_id:
            home[op.new_id] = key
    return tuple(Part(n, key, tuple(ops[key])) for n, key in enumerate(order, 1))


def adopted(amendment: Amendment, numbers: Iterable[int]) -> Amendment:
    """The amendment as a divided vote leaves it: the operations of the parts ``numbers`` (all of
    them when ``numbers`` is empty: an undivided acceptance)."""
    wanted = set(numbers)
    if not wanted:
        return amendment
    kept = sorted(i for part in parts(amendment) if part.number in wanted for i in part.ops)
    return amendment._replace(ops=tuple(amendment.ops[i] for i in kept))


def as_accepted(amendment: Amendment, acceptance: Decision | None) -> Amendment:
    """The amendment as its acceptance adopted it (whole unless the question was divided)."""
    return amendment if acceptance is None else adopted(amendment, acceptance.parts)


def names(amendment: Amendment, pid: str) -> bool:
    """Whether the amendment's operations name a paragraph (change, delete, move, insert after or in it)."""
    return any(pid in (op.target, op.after, op.parent, op.new_id) for op in amendment.ops)


def divided(amendment: Amendment, action: str, numbers: Iterable[int]) -> tuple[str, tuple[int, ...]]:
    """The decision a divided vote comes to, when the parts ``numbers`` were accepted (``action``
    "accept") or rejected ("reject") and the others went the other way: ("accept", the parts
    adopted), or the amendment accepted or rejected whole when every part went one way (rule 129).
    ValueError, in words, for a part it does not have or an amendment of one part."""
    count = len(parts(amendment))
    if count < 2:
        raise ValueError("it has one part: there is nothing to divide")
    named = set(numbers)
    wrong = sorted(n for n in named if not 1 <= n <= count)
    if wrong:
        raise ValueError(
            f"it has parts 1 to {count} ({listed(amendment)}): no part {', '.join(map(str, wrong))}"
        )
    adopt = named if action == "accept" else set(range(1, count + 1)) - named
    if not adopt:
        return "reject", ()
    return "accept", () if len(adopt) == count else tuple(sorted(adopt))


def outcome(amendment: Amendment, adopt: Iterable[int], cite: Callable[[str], str] | None = None) -> str:
    """What a divided vote did, citing each part by its paragraph as tabled: "part 2 (OP2) adopted,
    part 1 (PP3) rejected". ``cite`` names a paragraph the amendment's record does not (an old record)."""
    wanted, every = set(adopt), parts(amendment)
    said = [
        ", ".join(
            f"part {p.number} ({listed_part(amendment, p, cite)})"
            for p in every
            if (p.number in wanted) == yes
        )
        for yes in (True, False)
    ]
    return ", ".join(
        f"{listing} {verb}" for listing, verb in zip(said, ("adopted", "rejected"), strict=True) if listing
    )


def listed(amendment: Amendment, cite: Callable[[str], str] | None = None) -> str:
    """The parts a chair may divide the amendment into: "1 (PP3), 2 (OP2)"."""
    return ", ".join(f"{p.number} ({listed_part(amendment, p, cite)})" for p in parts(amendment))


def listed_part(amendment: Amendment, part: Part, cite: Callable[[str], str] | None = None) -> str:
    """A part's paragraph as the amendment cited it when tabled ("OP2")."""
    return amendment.cited_as(part.paragraph) or (cite(part.paragraph) if cite else part.paragraph)
