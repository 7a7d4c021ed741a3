"""Resizing a Line API widget's content without laying out the whole screen."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


def set_virtual_size(widget: ScrollView, size: Size, repaint: bool = True) -> None:
    """Change what a ScrollView scrolls over; repaint it (unless the caller repaints what changed)
    and its scrollbars only.

    Assigning ``virtual_size`` lays out the whole screen (then every widget
    repaints): most of an arrow key's cost (docs/performance.md). A ScrollView's own
    size does not depend on its content, so only its scrollbars need updating;
    Textual still lays out when a scrollbar appears or goes.
    """
    if size == widget.virtual_size:
        return
    if not widget.is_mounted or not widget.container_size:
        widget.virtual_size = size
        return
    widget.set_reactive(Widget.virtual_size, size)
    widget._scroll_update(size)  # private: Textual is pinned to 8.2 in pyproject.toml for it
    if repaint:
        widget.refresh()
