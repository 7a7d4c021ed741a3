"""The DraftDesk screens."""

from draftdesk.tui.screens.concordance import ConcordanceScreen
from draftdesk.tui.screens.confirm import ConfirmScreen
from draftdesk.tui.screens.editor import EditorScreen
from draftdesk.tui.screens.export import ExportRequest, ExportScreen
from draftdesk.tui.screens.help import HelpScreen
from draftdesk.tui.screens.preview import PreviewScreen
from draftdesk.tui.screens.prompt import PromptScreen
from draftdesk.tui.screens.queue import QueueScreen

__all__ = [
    "ConcordanceScreen",
    "ConfirmScreen",
    "EditorScreen",
    "ExportRequest",
    "ExportScreen",
    "HelpScreen",
    "PreviewScreen",
    "PromptScreen",
    "QueueScreen",
]
