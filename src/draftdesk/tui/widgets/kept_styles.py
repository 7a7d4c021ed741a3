"""Component styles kept across a repaint of some lines.

``Widget.refresh`` drops a widget's component styles at every call (Textual 8.2), even one that
only repaints a few lines, and a widget that draws with them (the Tree's guides and cursor, the
merged view's selection) then works them out again by walking the DOM: measured on the outline,
0.65 ms a cursor step, twice what drawing its two lines takes. A change of styles (theme, focus,
hover) clears them by its own path, ``notify_style_update``.
"""

from __future__ import annotations

from typing import Any

from textual.geometry import Region


class KeptStyles:
    """Mix in before the widget class: a repaint of regions keeps the component styles. A plain
    class, not a Widget: Textual gathers COMPONENT_CLASSES from the widget bases."""

    _rich_style_cache: dict[Any, Any]

    def refresh(
        self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False
    ) -> Any:
        kept = self._rich_style_cache.copy() if regions and not (layout or recompose) else None
        super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)  # type: ignore[misc]
        if kept:
            self._rich_style_cache.update(kept)
        return self
