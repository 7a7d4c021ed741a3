"""The DraftDesk screens, each imported when first used (``screens.HelpScreen(…)``).

None is on the first screen, and together they bring in Textual's TextArea,
DataTable, Select and Input: a good part of what ``draftdesk open`` would import
before its first frame (docs/performance.md; tests/tui/test_lazy_imports.py proves
the deferral).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from draftdesk.tui.screens.acting_as import ActingAsScreen
    from draftdesk.tui.screens.concordance import ConcordanceScreen
    from draftdesk.tui.screens.confirm import ConfirmScreen
    from draftdesk.tui.screens.editor import EditorScreen
    from draftdesk.tui.screens.export import ExportRequest, ExportScreen
    from draftdesk.tui.screens.filter import FilterScreen
    from draftdesk.tui.screens.help import HelpScreen
    from draftdesk.tui.screens.instruction import InstructionScreen
    from draftdesk.tui.screens.parts import PartsScreen
    from draftdesk.tui.screens.preview import PreviewScreen
    from draftdesk.tui.screens.prompt import PromptScreen
    from draftdesk.tui.screens.queue import QueueScreen
    from draftdesk.tui.screens.ruling import Ruling, RulingScreen

_MODULES = {
    "ActingAsScreen": "acting_as",
    "ConcordanceScreen": "concordance",
    "ConfirmScreen": "confirm",
    "EditorScreen": "editor",
    "ExportRequest": "export",
    "ExportScreen": "export",
    "FilterScreen": "filter",
    "HelpScreen": "help",
    "InstructionScreen": "instruction",
    "PartsScreen": "parts",
    "PreviewScreen": "preview",
    "PromptScreen": "prompt",
    "QueueScreen": "queue",
    "Ruling": "ruling",
    "RulingScreen": "ruling",
}

__all__ = [
    "ActingAsScreen",
    "ConcordanceScreen",
    "ConfirmScreen",
    "EditorScreen",
    "ExportRequest",
    "ExportScreen",
    "FilterScreen",
    "HelpScreen",
    "InstructionScreen",
    "PartsScreen",
    "PreviewScreen",
    "PromptScreen",
    "QueueScreen",
    "Ruling",
    "RulingScreen",
]


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
