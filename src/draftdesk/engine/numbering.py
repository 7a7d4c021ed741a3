"""Display numbers derived from paragraph order: PP1…, OP1…, OP4(c), OP4(d)(ii).

Nothing here is stored: numbering the same paragraph list twice gives the same
labels, and inserting a paragraph renumbers everything after it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from draftdesk.engine.model import Paragraph

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def roman(n: int) -> str:
    """Lower-case roman numeral: 4 -> 'iv'."""
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def roman_value(numeral: str) -> int:
    """The inverse of :func:`roman`: 'iv' -> 4."""
    values = dict((letters, value) for value, letters in _ROMAN if len(letters) == 1)
    total = 0
    for a, b in zip(numeral, [*numeral[1:], ""], strict=True):
        value = values.get(a, 0)
        total += -value if b and values.get(b, 0) > value else value
    return total


def letters(n: int) -> str:
    """Letters as the UN (and Word) print them: 1 -> 'a', 26 -> 'z', 27 -> 'aa', 28 -> 'bb', 53 -> 'aaa'."""
    if n <= 0:
        return ""
    times, rest = divmod(n - 1, 26)
    return chr(ord("a") + rest) * (times + 1)


def letters_index(marker: str) -> int:
    """The inverse of :func:`letters`: 'a' -> 1, 'aa' -> 27; 0 for what letters never print."""
    if not marker.isalpha() or not marker.islower() or len(set(marker)) != 1:
        return 0
    return (len(marker) - 1) * 26 + ord(marker[0]) - ord("a") + 1


def sub_item_marker(depth: int, n: int) -> str:
    """The marker of the n-th sub-item at a depth: (a) at depth 1, (i) at 2, (A) at 3."""
    if depth == 1:
        return letters(n)
    if depth == 2:
        return roman(n)
    return letters(n).upper()


class Number(NamedTuple):
    """A paragraph's derived number (a NamedTuple: a renumbering builds a thousand of them).

    ``label`` is the address delegates use ("OP4(c)"); ``marker`` is what the
    document prints before the text ("4", "c", "ii"); ``ordinal`` is the
    position among its siblings (4 for OP4, 3 for OP4(c)); ``depth`` is 0 for
    PP/OP and 1+ for sub-items.
    """

    label: str
    marker: str
    ordinal: int
    depth: int


_CODES = {"preamble": "PP", "operative": "OP"}


def number_paragraphs(paragraphs: Sequence[Paragraph]) -> dict[str, Number]:
    """Number every numbered paragraph (preamble, operative, sub-item), keyed by id.

    Headings, closing lines and unstructured text have no number. Numbering
    restarts in each part (an annex); a part's labels are prefixed with its name.
    A heading inside a paragraph (its parent set: "B. Scale up climate action" among
    the items of paragraph 32) starts a group whose items are lettered anew: OP32 B(a).
    A sub-item with no parent is an item of the text itself, as a decision letters its operative
    clauses ("(a) Expresses…; (b) Endorses…"): OP(a), OP(b), printed and cited "(b)".
    """
    numbers: dict[str, Number] = {}
    counters: dict[str | tuple[str, str], int] = {}  # by kind in the main body, by (part, kind) in a part
    child_counts: dict[str, int] = {}
    groups: dict[str, str] = {}  # a paragraph's current group of items: " A", " B"…
    group_counts: dict[str, int] = {}
    for p in paragraphs:
        kind = p.kind
        if kind == "preamble" or kind == "operative":
            part = p.part
            key = (part, kind) if part else kind
            n = counters[key] = counters.get(key, 0) + 1
            code = f"{part.upper()} {_CODES[kind]}" if part else _CODES[kind]
            marker = str(n)
            numbers[p.id] = Number(code + marker, marker, n, 0)
        elif kind == "sub-item":
            parent = numbers.get(p.parent)
            if parent is None:
                if not p.parent:  # an item of the text itself: a decision's "(b)"
                    numbers[p.id] = _text_item(p.part, counters)
                continue
            n = child_counts[p.parent] = child_counts.get(p.parent, 0) + 1
            depth = parent.depth + 1
            marker = sub_item_marker(depth, n)
            numbers[p.id] = Number(f"{parent.label}{groups.get(p.parent, '')}({marker})", marker, n, depth)
        elif kind == "heading" and p.parent in numbers:  # a group of the parent's items restarts at (a)
            group = group_counts[p.parent] = group_counts.get(p.parent, 0) + 1
            groups[p.parent], child_counts[p.parent] = f" {letters(group).upper()}", 0
    return numbers


def _text_item(part: str, counters: dict[str | tuple[str, str], int]) -> Number:
    """The number of the next item of the text itself in ``part``: OP(a), OP(b)…"""
    n = counters[part, "sub-item"] = counters.get((part, "sub-item"), 0) + 1
    marker = sub_item_marker(1, n)
    return Number(f"{part.upper()} OP({marker})" if part else f"OP({marker})", marker, n, 1)


def last_of_siblings(numbers: Mapping[str, Number]) -> frozenset[str]:
    """The numbered paragraphs no sibling follows: the last preambular and operative paragraph (of
    each part), the last item of each paragraph."""
    last: dict[tuple[str, str], tuple[int, str]] = {}
    for pid, number in numbers.items():
        head, _, tail = number.label.rpartition(number.marker)  # "OP4(" and ")" for OP4(e)
        if number.ordinal > last.get((head, tail), (0, ""))[0]:
            last[head, tail] = (number.ordinal, pid)
    return frozenset(pid for _, pid in last.values())


def labels(paragraphs: Sequence[Paragraph]) -> dict[str, str]:
    """Paragraph id -> address label, for every numbered paragraph."""
    return {pid: number.label for pid, number in number_paragraphs(paragraphs).items()}
