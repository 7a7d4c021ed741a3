"""Keeping the selection in sight: where a scrolled widget puts a selection that left the window.

Scrolling by just enough (a line or a paragraph at each arrow key) makes every
step past the edge scroll, and a scroll repaints the whole widget: over ssh,
the whole pane is sent again at each key. Instead, a selection that steps just
past an edge turns the page: stepping down, it comes to the top of the window
(a couple of lines of what came before kept above it), so the whole window
ahead is read, and stepped through, before the next scroll; stepping up, it
comes to the bottom. A selection that lands far away (a jump) comes a third of
the way down, as editors recentre: context above, room to read on below.
"""

from __future__ import annotations

SIGHT = 3
"""A jumped-to selection is brought 1/SIGHT of the way down the window."""
CONTEXT = 2
"""Lines kept in sight beyond a selection that turned the page: where the reader came from."""


def sight_line(top: int, height: int, window: int, offset: int) -> int:
    """The scroll offset that shows lines ``top`` to ``top + height`` in a ``window`` of lines
    scrolled to ``offset`` now; see the module docstring. A selection taller than fits is shown
    from its top."""
    if height > window - CONTEXT:
        return top
    if offset + window < top + height <= offset + 2 * window:  # the next page: turn it
        return top - CONTEXT
    if offset - window < top < offset:  # the page before
        return max(0, top + height + CONTEXT - window)
    if height > window - window // SIGHT:
        return top
    return max(0, top - window // SIGHT)
