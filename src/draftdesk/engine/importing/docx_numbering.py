"""Word's automatic numbering: which list and level a paragraph is in, and the number Word prints.

A paragraph is numbered by its own ``numPr``, or by its paragraph style's
(inherited through ``basedOn``; a style linked from a list level takes that
level). Levels are read from ``numbering.xml``: format (decimal, lowerLetter,
lowerRoman…), text ("%1.", "(%2)") and start, a list style's definition through
its ``numStyleLink``, and a ``w:num``'s overrides. As Word does, paragraphs of
one abstract list count on together across its ``w:num`` instances, and a
``startOverride`` restarts the count where that instance is first used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from draftdesk.engine.numbering import letters, roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": letters,
    "upperLetter": lambda n: letters(n).upper(),
    "lowerRoman": roman,
    "upperRoman": lambda n: roman(n).upper(),
}
UNPRINTED = ("bullet", "none")
"""Formats that print no number: a bulleted item is text, not a numbered paragraph."""


@dataclass(frozen=True, slots=True)
class Level:
    format: str
    text: str
    start: int
    indent: int
    """The left indent Word gives the level (twentieths of a point)."""


@dataclass(frozen=True, slots=True)
class ListPlace:
    """Where a paragraph stands in Word's numbering."""

    list_id: str
    """The abstract list: paragraphs of one list count on together."""
    level: int
    format: str
    label: str
    """The number as Word prints it ("4.", "(c)"; "" for a bullet)."""
    indent: int
    """Its level's left indent: a list printed further right than another is nested in it."""


def val(element: object, path: str) -> str | None:
    """The ``w:val`` of the element at ``path`` under ``element`` (None when absent)."""
    found = element.find(path)  # type: ignore[attr-defined]
    return None if found is None else found.get(f"{W}val")


def indent(element: object) -> int:
    """The left indent of a paragraph or list level (``w:left``, or ``w:start`` as Word 2010+ writes
    it); 0 when it sets none."""
    ind = element.find(f"{W}pPr/{W}ind")  # type: ignore[attr-defined]
    if ind is None:
        return 0
    left = ind.get(f"{W}left") or ind.get(f"{W}start") or "0"
    return int(left) if left.lstrip("-").isdigit() else 0


def _levels(definition: object) -> dict[int, Level]:
    return {
        int(lvl.get(f"{W}ilvl")): Level(
            val(lvl, f"{W}numFmt") or "decimal",
            val(lvl, f"{W}lvlText") or "",
            int(val(lvl, f"{W}start") or 1),
            indent(lvl),
        )
        for lvl in definition.findall(f"{W}lvl")  # type: ignore[attr-defined]
    }


class Numbering:
    """The document's lists, and a counter per list as paragraphs are read in order."""

    def __init__(self, numbering: object, styles: object) -> None:
        abstract = {a.get(f"{W}abstractNumId"): a for a in _all(numbering, "abstractNum")}
        style_num = {s.get(f"{W}styleId"): val(s, f"{W}pPr/{W}numPr/{W}numId") for s in _all(styles, "style")}
        nums = {n.get(f"{W}numId"): n for n in _all(numbering, "num")}
        self.lists: dict[str, tuple[str, dict[int, Level], dict[int, int]]] = {}
        """numId -> (abstract id, its levels with the instance's overrides, restarts)."""
        self.linked: dict[str, tuple[str, int]] = {}
        """A style a list level names (``w:pStyle``) -> (numId, level)."""
        for num_id, num in nums.items():
            aid = val(num, f"{W}abstractNumId") or ""
            definition = abstract.get(aid)
            link = val(definition, f"{W}numStyleLink") if definition is not None else None
            if link and style_num.get(link) in nums:  # a list style: its own w:num holds the definition
                aid = val(nums[style_num[link]], f"{W}abstractNumId") or aid  # type: ignore[index]
                definition = abstract.get(aid)
            if definition is None:
                continue
            levels, restarts = _levels(definition), {}
            for override in num.findall(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl"))
                levels |= _levels(override)
                if (start := val(override, f"{W}startOverride")) is not None:
                    restarts[ilvl] = int(start)
            self.lists[num_id] = (aid, levels, restarts)
            for lvl in definition.findall(f"{W}lvl"):
                if (linked_style := val(lvl, f"{W}pStyle")) is not None:
                    self.linked.setdefault(linked_style, (num_id, int(lvl.get(f"{W}ilvl"))))
        self.styles = {s.get(f"{W}styleId"): s for s in _all(styles, "style")}
        self.counters: dict[str, list[int]] = {}
        self.started: set[str] = set()

    def _style_numbering(self, style_id: str) -> tuple[str | None, str | None]:
        """(numId, ilvl) a paragraph style gives, through its ``basedOn`` chain."""
        seen: set[str] = set()
        level: str | None = None  # a style may set its level and inherit the list
        first = style_id
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            level = level or val(style, f"{W}pPr/{W}numPr/{W}ilvl")
            num_id = val(style, f"{W}pPr/{W}numPr/{W}numId")
            if num_id is not None:
                if level is None and first in self.linked and self.linked[first][0] == num_id:
                    level = str(self.linked[first][1])
                return num_id, level
            style_id = val(style, f"{W}basedOn") or ""
        return None, None

    def locate(self, p: object, style_id: str) -> tuple[str, int] | None:
        """(numId, level) of a paragraph in a list, from its own ``numPr`` or its style's."""
        num_id = val(p, f"{W}pPr/{W}numPr/{W}numId")
        level = val(p, f"{W}pPr/{W}numPr/{W}ilvl")
        if num_id is None:
            num_id, style_level = self._style_numbering(style_id)
            level = level or style_level
        if num_id is None or num_id not in self.lists:  # numId 0 (or unknown): numbering removed
            return None
        depth = int(level or 0)
        return (num_id, depth) if depth in self.lists[num_id][1] else None

    def count(self, num_id: str, depth: int) -> ListPlace:
        """The next number at this place (deeper levels start again): once per paragraph, in order."""
        aid, levels, restarts = self.lists[num_id]
        counts = self.counters.setdefault(aid, [])
        if num_id not in self.started:
            self.started.add(num_id)
            for ilvl, start in sorted(restarts.items()):  # the instance restarts its list where it begins
                del counts[ilvl:]
                while len(counts) < ilvl:
                    counts.append(levels.get(len(counts), levels[depth]).start - 1)
                counts.append(start - 1)
        counts[depth + 1 :] = []
        while len(counts) <= depth:
            counts.append(levels.get(len(counts), levels[depth]).start - 1)
        counts[depth] += 1
        fmt = levels[depth].format
        if fmt in UNPRINTED:
            return ListPlace(aid, depth, fmt, "", levels[depth].indent)
        text = levels[depth].text
        for n in range(depth + 1):
            shown = levels.get(n, levels[depth]).format
            text = text.replace(f"%{n + 1}", _FORMATS.get(shown, str)(counts[n]))
        return ListPlace(aid, depth, fmt, text, levels[depth].indent)


def _all(root: object, tag: str) -> list[object]:
    return [] if root is None else root.findall(f"{W}{tag}")  # type: ignore[attr-defined]
