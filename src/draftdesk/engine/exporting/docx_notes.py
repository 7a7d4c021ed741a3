"""The notes of a tracked Word document: its paragraphs are drawn from the stored text, which cites
notes by the marks they were tabled with, while the tracked view prints them numbered in the order
cited, counting those a pending change brings or strikes where they stand (as Word counts them).
When that numbering runs from 1, every note gets Word's own number (no custom marks): Word draws
it once, and Accept all and Reject all renumber the notes by themselves."""

from __future__ import annotations

from draftdesk.engine.merge import Negotiation
from draftdesk.engine.outputs import ViewParagraph
from draftdesk.engine.views import note_numbers


class TrackedNotes:
    def __init__(self, neg: Negotiation, views: list[ViewParagraph]) -> None:
        self.stored = {printed: mark for mark, printed in note_numbers(neg, "tracked").items()}
        """The mark a note has in the stored text, by the number the view prints."""
        numbers = [int(n.mark) for view in views for n in view.footnotes if n.mark.isdigit()]
        self.numbered = min(numbers, default=1) == 1
        """Word numbers the notes (they run from 1 as printed)."""

    def of(self, view: ViewParagraph) -> dict[str, str]:
        """The view's notes by the marks of the stored text it is drawn from."""
        return {self.stored.get(note.mark, note.mark): note.text for note in view.footnotes}
