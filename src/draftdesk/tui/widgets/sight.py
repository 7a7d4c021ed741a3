"""Keeping the selection in sight: where a scrolled widget puts a selection that left the window.

Scrolling by just enough (a line or a paragraph at each arrow key) makes every
step past the edge scroll, and a scroll repaints the whole widget: over ssh,
the whole pane is sent again at each key. Instead, a selection that leaves the
window is brought a third of the way down (as editors recentre): the next
steps move within a still window, with context above the selection and room
below it to read on.
"""

from __future__ import annotations

SIGHT = 3
"""The selection is brought 1/SIGHT of the way down the window."""


def sight_line(top: int, height: int, window: int) -> int:
    """The scroll offset that shows lines ``top`` to ``top + height`` a third of the way down a
    ``window`` of lines; from its top when it would not fit below that."""
    if height > window - window // SIGHT:
        return top
    return max(0, top - window // SIGHT)
