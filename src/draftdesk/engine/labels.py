"""How a merged negotiation names its paragraphs: by their number in the agreed text, by their
number in the base text once deleted, and as an amendment cited them when it was tabled.

Numbering a thousand paragraphs is a walk over all of them, so each numbering is worked out when
first asked and kept: the base text's for good, the agreed text's until a change moves, inserts or
deletes paragraphs (``stale``).
"""

from __future__ import annotations

from collections.abc import Mapping

from draftdesk.engine.agreed_text import AgreedText
from draftdesk.engine.amendments import Amendment
from draftdesk.engine.model import Draft
from draftdesk.engine.numbering import Number, last_of_siblings, number_paragraphs
from draftdesk.engine.tabled import citation


class Labels:
    """The paragraph addresses of one negotiation's agreed text (``text``, kept up by the merge)."""

    def __init__(self, draft: Draft, amendments: Mapping[str, Amendment], text: AgreedText) -> None:
        self._draft, self._amendments, self.text = draft, amendments, text
        self._base: dict[str, Number] | None = None
        self._agreed: dict[str, Number] | None = None
        self._last: tuple[dict[str, Number], frozenset[str]] | None = None

    def stale(self) -> None:
        """The agreed text's paragraphs moved: number them again when next asked."""
        self._agreed = None

    def numbers(self) -> dict[str, Number]:
        """The agreed text's numbering (the same dict until it goes stale)."""
        if self._agreed is None:
            self._agreed = number_paragraphs(self.text.paragraphs())
        return self._agreed

    def last_of_siblings(self) -> frozenset[str]:
        """The agreed text's paragraphs no sibling follows (kept with its numbering)."""
        numbers = self.numbers()
        if self._last is None or self._last[0] is not numbers:
            self._last = (numbers, last_of_siblings(numbers))
        return self._last[1]

    def base_numbers(self) -> dict[str, Number]:
        """The base text's numbering."""
        if self._base is None:
            self._base = number_paragraphs(self._draft.paragraphs)
        return self._base

    def label(self, paragraph_id: str) -> str:
        """The paragraph's address in the agreed text, else in the base text, else its id."""
        number = self.numbers().get(paragraph_id) or self.base_numbers().get(paragraph_id)
        return number.label if number else paragraph_id

    def cite(self, amendment_id: str, paragraph_id: str) -> str:
        """A paragraph as the amendment cited it when tabled, with today's address beside it (an
        older record, which did not keep how it cited it: as :meth:`label` names it)."""
        amendment = self._amendments[amendment_id]
        if not amendment.cited_as(paragraph_id):
            return self.label(paragraph_id)
        return citation(amendment, paragraph_id, self._address, self._draft.revision)

    def _address(self, paragraph_id: str) -> str | None:
        """A paragraph's number in the agreed text ("" unnumbered, None not in it)."""
        number = self.numbers().get(paragraph_id)
        return number.label if number else "" if paragraph_id in self.text.paras else None
