"""How changes and authors read besides colour: [-old-]{+new+} marks, [UNDP: words] tags.

Marks are on when the user turned them on (`x`, remembered in config.toml) or, until the user
says otherwise, when the terminal draws no strikethrough (preferences.strikethrough_unseen).
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
    def remembered(cls) -> Reading:
        """The user's last choice, else marks only where strikethrough is not seen, and no tags."""
        marks = preferences.remembered("marks", preferences.strikethrough_unseen())
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
