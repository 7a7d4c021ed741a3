"""The DraftDesk screens."""

from draftdesk.tui.screens.confirm import ConfirmScreen
from draftdesk.tui.screens.help import HelpScreen
from draftdesk.tui.screens.prompt import PromptScreen

__all__ = ["ConfirmScreen", "HelpScreen", "PromptScreen"]
