"""Addresses as delegates write them resolve to stable paragraph ids."""

import pytest

from draftdesk.engine.addressing import AddressError, canonical, describe, ordinal_word, resolve
from draftdesk.engine.model import Draft, Paragraph
from draftdesk.engine.numbering import labels, number_paragraphs
from draftdesk.engine.title import TITLE_ID, title_paragraph

PARAGRAPHS = [
    Paragraph("p-1", "heading", "CONCLUSIONS"),
    Paragraph("p-2", "preamble", "Under the auspices"),
    Paragraph("p-3", "preamble", "Participating"),
    Paragraph("p-4", "preamble", "Considering"),
    Paragraph("p-5", "operative", "Aware"),
    Paragraph("p-6", "operative", "Recognise"),
    Paragraph("p-7", "sub-item", "Cooperation", parent="p-6"),
    Paragraph("p-8", "sub-item", "Cyber", parent="p-6"),
    Paragraph("p-9", "sub-item", "Enhancement", parent="p-6"),
    Paragraph("p-10", "sub-item", "first of (c)", parent="p-9"),
    Paragraph("p-11", "sub-item", "second of (c)", parent="p-9"),
    Paragraph("p-12", "closing", "Belgrade, 2 December 2011"),
]


@pytest.mark.parametrize(
    ("address", "pid"),
    [
        ("PP2", "p-3"),
        ("OP2", "p-6"),
        ("OP2(c)", "p-9"),
        ("2(c)", "p-9"),
        ("2.c", "p-9"),
        ("operative paragraph 2 (c)", "p-9"),
        ("the third preambular paragraph", "p-4"),
        ("preambular paragraph 1", "p-2"),
        ("OP2(c)(ii)", "p-11"),
        ("p-12", "p-12"),
        (" op 1 ", "p-5"),
    ],
)
def test_addresses_resolve(address: str, pid: str) -> None:
    assert resolve(PARAGRAPHS, address) == pid


def test_numbers_are_derived_from_order() -> None:
    assert labels(PARAGRAPHS) == {
        "p-2": "PP1", "p-3": "PP2", "p-4": "PP3", "p-5": "OP1", "p-6": "OP2",
        "p-7": "OP2(a)", "p-8": "OP2(b)", "p-9": "OP2(c)", "p-10": "OP2(c)(i)", "p-11": "OP2(c)(ii)",
    }  # fmt: skip
    inserted = [*PARAGRAPHS[:5], Paragraph("new", "operative", "New"), *PARAGRAPHS[5:]]
    assert number_paragraphs(inserted)["p-9"].label == "OP3(c)"


def test_an_annex_restarts_numbering() -> None:
    annex = [*PARAGRAPHS, Paragraph("a-1", "operative", "Annexed", part="annex")]
    assert labels(annex)["a-1"] == "ANNEX OP1"


def test_headings_inside_a_paragraph_letter_its_items_anew_and_address_them() -> None:
    grouped = [
        Paragraph("o-1", "operative", "Commits to:"),
        Paragraph("h-1", "heading", "A. Economy", parent="o-1"),
        Paragraph("s-1", "sub-item", "Reform", parent="o-1"),
        Paragraph("s-2", "sub-item", "Invest by:", parent="o-1"),
        Paragraph("s-3", "sub-item", "Lending", parent="s-2"),
        Paragraph("h-2", "heading", "B. Climate", parent="o-1"),
        Paragraph("s-4", "sub-item", "Act", parent="o-1"),
        Paragraph("o-2", "operative", "Requests"),
    ]
    assert labels(grouped) == {
        "o-1": "OP1", "s-1": "OP1 A(a)", "s-2": "OP1 A(b)", "s-3": "OP1 A(b)(i)",
        "s-4": "OP1 B(a)", "o-2": "OP2",
    }  # fmt: skip
    assert (
        resolve(grouped, "OP1 B(a)") == "s-4" and resolve(grouped, "operative paragraph 1 A (b)(i)") == "s-3"
    )


@pytest.mark.parametrize("address", ["OP9", "PP7", "OP1(a)"])
def test_a_missing_paragraph_is_named(address: str) -> None:
    with pytest.raises(AddressError, match=canonical(address).replace("(", r"\(").replace(")", r"\)")):
        resolve(PARAGRAPHS, address)


@pytest.mark.parametrize("address", ["", "hello", "the zeroth paragraph", "OP"])
def test_nonsense_is_not_an_address(address: str) -> None:
    with pytest.raises(AddressError):
        canonical(address)


def test_ordinals_and_descriptions() -> None:
    assert [ordinal_word(n) for n in (1, 3, 12, 20, 28, 99)] == [
        "first", "third", "twelfth", "twentieth", "twenty-eighth", "ninety-ninth",
    ]  # fmt: skip
    assert canonical("the twenty-eighth preambular paragraph") == "PP28"
    assert describe("OP4(c)") == "operative paragraph 4 (c)"
    assert describe("PP2") == "preambular paragraph 2"


WITH_PARTS = [
    *PARAGRAPHS,
    Paragraph("a-1", "operative", "Annexed one", part="annex"),
    Paragraph("a-2", "operative", "Annexed two", part="annex"),
    Paragraph("a-3", "sub-item", "Annexed two (a)", parent="a-2", part="annex"),
    Paragraph("b-1", "operative", "Section two, one", part="ii"),
]


@pytest.mark.parametrize(
    ("address", "pid"),
    [
        ("ANNEX OP2", "a-2"),  # as show and list print it
        ("annex op2(a)", "a-3"),
        ("annex paragraph 2", "a-2"),
        ("paragraph 2 of the annex", "a-2"),
        ("operative paragraph 2 (a) of the annex", "a-3"),
        ("II OP1", "b-1"),
        ("paragraph 1 of section II", "b-1"),
        ("OP2", "p-6"),  # the body is not an annex
    ],
)
def test_an_address_in_a_part_reads_as_labels_print_it_and_as_said(address: str, pid: str) -> None:
    assert resolve(WITH_PARTS, address) == pid
    assert resolve(WITH_PARTS, labels(WITH_PARTS)[pid]) == pid


def test_a_refused_address_names_the_form_of_a_part_when_the_text_has_one() -> None:
    with pytest.raises(AddressError, match=r"ANNEX OP3|II OP3"):
        resolve(WITH_PARTS, "the annexed paragraph")
    with pytest.raises(AddressError, match="no paragraph ANNEX OP9"):
        resolve(WITH_PARTS, "paragraph 9 of the annex")


DECISION = [  # a decision that letters its operative clauses (A/80/L.1)
    Paragraph("d-1", "preamble", "Recalling its resolution,"),
    Paragraph("d-2", "preamble", "Recalling further the decision:"),
    Paragraph("d-3", "sub-item", "Expresses its gratitude;"),
    Paragraph("d-4", "sub-item", "Endorses the Declaration:"),
    Paragraph("d-5", "sub-item", "first;", parent="d-4"),
]


@pytest.mark.parametrize(
    ("address", "pid"),
    [
        ("(b)", "d-4"),
        ("paragraph (b)", "d-4"),
        ("subparagraph (b)", "d-4"),
        ("sub-paragraph (a)", "d-3"),
        ("OP(b)", "d-4"),
        ("operative paragraph (a)", "d-3"),
        ("OP(b)(i)", "d-5"),
        ("PP2", "d-2"),
    ],
)
def test_a_decision_s_lettered_clauses_are_addressed_as_printed(address: str, pid: str) -> None:
    assert resolve(DECISION, address) == pid


def test_a_decision_s_lettered_clauses_are_numbered_and_spelled_as_cited() -> None:
    numbers = number_paragraphs(DECISION)
    assert [(numbers[p].label, numbers[p].marker, numbers[p].depth) for p in ("d-3", "d-4", "d-5")] == [
        ("OP(a)", "a", 1),
        ("OP(b)", "b", 1),
        ("OP(b)(i)", "i", 2),
    ]
    assert describe("OP(b)") == "paragraph (b)" and describe("OP(b)(i)") == "paragraph (b)(i)"
    with pytest.raises(AddressError, match="no paragraph OP"):
        resolve(DECISION, "OP1")


def test_the_title_is_an_address_when_the_text_has_one() -> None:
    titled = [title_paragraph(Draft("d", ["A title"])), *WITH_PARTS]
    assert [resolve(titled, words) for words in ("title", "The title", " the  TITLE ")] == [TITLE_ID] * 3
    with pytest.raises(AddressError, match=r"II OP3 or title\)"):
        resolve(titled, "the heading")
    with pytest.raises(AddressError, match="try PP2, OP4 or OP4"):  # no title: not offered
        resolve(PARAGRAPHS, "title")
