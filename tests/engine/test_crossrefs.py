"""Cross-references name the new numbers, only where they point inside the document."""

from __future__ import annotations

from draftdesk.engine.crossrefs import Renumbering
from draftdesk.engine.model import Paragraph
from draftdesk.engine.numbering import number_paragraphs

BASE = [
    Paragraph("a", "operative", "x"),
    Paragraph("b", "operative", "y"),
    Paragraph("c", "sub-item", "z", parent="b"),
    Paragraph("d", "operative", "w"),
]
AGREED = [Paragraph("n", "operative", "new"), BASE[0], BASE[1], BASE[2]]  # "d" deleted


def renumber(text: str) -> str:
    return Renumbering(number_paragraphs(BASE), number_paragraphs(AGREED)).rewrite(text)


def test_lists_and_sub_items_are_renumbered() -> None:
    assert renumber("as in paragraphs 1, 2 and 2 (a) above") == "as in paragraphs 2, 3 and 3 (a) above"
    assert renumber("see paragraph 2(a) below") == "see paragraph 3(a) below"


def test_outside_references_and_deleted_paragraphs_stay_as_written() -> None:
    assert renumber("paragraph 1 of resolution 60/1") == "paragraph 1 of resolution 60/1"
    assert renumber("paragraph 3 above") == "paragraph 3 above"


def test_nothing_changes_when_the_numbering_did_not() -> None:
    same = Renumbering(number_paragraphs(BASE), number_paragraphs(BASE))
    assert same.identity
    assert same.rewrite("paragraph 2 above") == "paragraph 2 above"
