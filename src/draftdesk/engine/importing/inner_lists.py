"""A numbered list inside a paragraph: "7. To achieve our goal, we will pursue the following
objectives:" then "1." … "5.", and "8." after them; a provisional agenda "1." … "7." under
"11. Approves the following provisional agenda …:"; a statute's paragraph "4." quoted under
"Article 9, new paragraph 4:".

Such a list opens right after a lead-in ending ":" on a number that is not the part's next
("1.", or the number of a quoted paragraph). It runs on while its numbers do; where its next
number is also the part's next, a paragraph opening on an operative verb ("Decides",
"Requests") is the part's. Its numbers are the paragraph's items, lettered as DraftDesk letters
items (a), (b)…, and one warning per list says what the source prints, as a Word list nested
under a paragraph does.
"""

from __future__ import annotations

from draftdesk.engine.importing.kinds import Block
from draftdesk.engine.importing.structure import OPERATIVE_VERB
from draftdesk.engine.numbering import letters


class InnerList:
    """The list being read inside a paragraph, if any."""

    def __init__(self) -> None:
        self.line, self.first, self.last, self.count = 0, 0, 0, 0

    def takes(self, block: Block, expected: int, lead_in: str | None) -> bool:
        """Whether the number ``block`` is an item of the list (opening one after a ``lead_in``:
        the kind of the paragraph before when it ends ":")."""
        number = int(block.marker)
        runs_on = self.count and number == self.last + 1
        if runs_on and (number != expected or not OPERATIVE_VERB.match(block.text)):
            self.last, self.count = number, self.count + 1
            return True
        if number != expected and lead_in:
            self.line, self.first, self.last, self.count = block.line, number, number, 1
            return True
        return False

    def close(self) -> str | None:
        """The warning for the list just read (None if there was none); no list is open after."""
        if not self.count:
            return None
        line, first, last, count = self.line, self.first, self.last, self.count
        self.count = 0
        if count == 1:
            return f"line {line}: “{first}.” printed inside the paragraph before it: its item (a)"
        return (
            f"line {line}: a list printed “{first}.” to “{last}.” inside the paragraph before it: "
            f"its items (a) to ({letters(count)})"
        )
