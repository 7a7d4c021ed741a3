"""How changes and authors read besides colour: [-old-]{+new+} marks, [UNDP: words] tags.

Marks are as ``--marks on|off`` says for one run, else as the user last left them (`x`, kept as
``marks`` in config.toml), else on only where ``$TERM`` names a terminal known to draw no
strikethrough (preferences.marks_by_default).
Tags (`o`) put each organization's code on its words in the attribution view. One Reading is
shared by everything that draws changes (merged view, panel, queue, preview).
"""

from __future__ import annotations

from dataclasses import dataclass

from draftdesk.tui import preferences

NAMES = {"marks": "Change marks [-old-]{+new+}", "tags": "Organization codes on their words"}


@dataclass
class Reading:
    marks: bool = False
    tags: bool = False

    @classmethod
    def remembered(cls, marks: bool | None = None) -> Reading:
        """``marks`` if given (``--marks``), else the user's last choice, else marks only where the
        terminal draws no strikethrough; tags as the user last left them (none at first)."""
        if marks is None:
            marks = preferences.remembered("marks", preferences.marks_by_default())
        return cls(marks, preferences.remembered("tags", False))

    def toggle(self, what: str) -> str:
        """Switch ``what`` ("marks" or "tags") and remember it; one line saying so."""
        on = not getattr(self, what)
        setattr(self, what, on)
        line = f"{NAMES[what]}: {'on' if on else 'off'}"
        try:
            preferences.remember(what, on)
        except Exception as error:  # an unwritable config is said, not fatal
            line += f" (not remembered: {error})"
        return line
