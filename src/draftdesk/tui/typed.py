"""What a user typed in a dialog, kept whole so that nothing typed is lost on the way to the preview."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Typed:
    """The amendment as typed (new wording or an instruction) and why."""

    text: str
    rationale: str = ""


NOTHING = Typed("")
"""Nothing typed yet."""
