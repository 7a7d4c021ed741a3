"""How many lines each paragraph of a view takes at one width, and the lines themselves once drawn.

A view of a thousand paragraphs needs every paragraph's height to place its lines, but only the
paragraphs on screen are wrapped: the others' heights are estimated from their length. Wrapped
lines (Strips) are kept per view and paragraph until the paragraph, the width or the theme
changes; the height last measured of each paragraph until a change touches it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual.strip import Strip

from draftdesk.engine.outputs import ViewName, ViewParagraph
from draftdesk.tui.widgets.paragraph_lines import INDENT

Key = tuple[ViewName, str]
"""A paragraph in one view: (view, paragraph id)."""
Wrap = Callable[[ViewParagraph], list[Strip]]
"""Draws a paragraph's lines."""


class WrappedParagraphs:
    """The lines and heights of the paragraphs of every view, at ``width`` columns."""

    def __init__(self) -> None:
        self.width = 0
        self._strips: dict[Key, tuple[ViewParagraph, list[Strip]]] = {}
        self._estimates: dict[Key, tuple[ViewParagraph | None, int]] = {}
        self._known: dict[ViewName, dict[str, int]] = {}

    def reset(self, width: int) -> None:
        """A new width (or new views to show): nothing wrapped or measured holds."""
        self.width = width
        self._strips.clear()
        self._estimates.clear()
        self._known.clear()

    def restyle(self) -> None:
        """A new theme: the lines are drawn again; heights do not change."""
        self._strips.clear()

    def forget(self, paragraph_ids: Iterable[str]) -> None:
        """A change touched these paragraphs: measure them again in every view."""
        for heights in self._known.values():
            for pid in paragraph_ids:
                heights.pop(pid, None)

    def known(self, view: ViewName) -> dict[str, int]:
        """The heights measured in ``view`` and still standing, by paragraph id."""
        return self._known.setdefault(view, {})

    def lines(self, view: ViewName, p: ViewParagraph, wrap: Wrap) -> list[Strip]:
        """The paragraph's lines (``wrap`` draws them when this rendering of it has none yet)."""
        key = (view, p.id)
        entry = self._strips.get(key)
        if entry is None or entry[0] is not p:
            entry = self._strips[key] = (p, wrap(p))
        return entry[1]

    def height(self, view: ViewName, pid: str, p: ViewParagraph | None, text: Callable[[str], str]) -> int:
        """Lines a paragraph takes: exact once wrapped, else estimated from its length (cheap). ``p``
        is its rendering if there is one; ``text`` gives a paragraph's text when there is none."""
        key = (view, pid)
        wrapped = self._strips.get(key)
        if wrapped is not None and wrapped[0] is p:
            height = len(wrapped[1])
        else:
            entry = self._estimates.get(key)
            if entry is None or entry[0] is not p:
                chars = len(p.text if p is not None else text(pid))
                width = max(self.width - INDENT * ((p.depth if p else 0) + 1), 10)
                entry = self._estimates[key] = (p, max(1, -(-chars * 10 // (width * 9))))
            height = entry[1]
        self.known(view)[pid] = height
        return height
