"""The DraftDesk widgets."""

from draftdesk.tui.widgets.amendment_panel import AmendmentPanel
from draftdesk.tui.widgets.key_bar import KeyBar
from draftdesk.tui.widgets.legend import Legend
from draftdesk.tui.widgets.merged_view import MergedView
from draftdesk.tui.widgets.outline import Outline

__all__ = ["AmendmentPanel", "KeyBar", "Legend", "MergedView", "Outline"]
