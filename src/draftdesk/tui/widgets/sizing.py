"""Resizing a Line API widget's content without laying out the whole screen."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


def set_virtual_size(widget: ScrollView, size: Size, repaint: bool = True) -> None:
    """Change what a ScrollView scrolls over; repaint it (unless the caller repaints what changed)
    and its scrollbars only.

    Assigning ``virtual_size`` lays out the whole screen (about 10 ms, then every
    widget repaints): measured, most of an arrow key's cost. A ScrollView's own
    size does not depend on its content, so only its scrollbars need updating;
    Textual still lays out when a scrollbar appears or goes.
    """
    if size == widget.virtual_size:
        return
    if not widget.is_mounted or not widget.container_size:
        widget.virtual_size = size
        return
    widget.set_reactive(Widget.virtual_size, size)
    widget._scroll_update(size)
    if repaint:
        widget.refresh()
