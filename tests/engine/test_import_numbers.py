"""Numbers in a UN text: which are references, which are list markers and which number a part's
paragraphs. Each case is a rule seen failing on a real resolution (issue 14), written small."""

from draftdesk.engine.importing import import_text
from draftdesk.engine.model import Draft
from draftdesk.engine.numbering import labels, letters

COVER = "United Nations\nA/RES/79/9\n\nGeneral Assembly\nDistr.: General\n1 May 2025\n\n79/9. Things\n\n"


def _by_label(text: str) -> tuple[dict[str, str], Draft, list[str]]:
    result = import_text(COVER + text, slug="x")
    draft = result.draft
    named = {label: draft.paragraph(pid).text for pid, label in labels(draft.paragraphs).items()}
    return named, draft, result.warnings


def test_letters_after_z_double_as_the_un_prints_them() -> None:
    assert [letters(n) for n in (1, 26, 27, 28, 52, 53)] == ["a", "z", "aa", "bb", "zz", "aaa"]
    items = "\n\n".join(f"({letters(n)}) item {n};" for n in range(1, 31))
    got, _, warnings = _by_label(f"The General Assembly,\n\n1. Calls upon all States:\n\n{items}\n")
    assert got["OP1(bb)"] == "item 28;" and got["OP1(dd)"] == "item 30;" and warnings == []


def test_a_reference_is_glued_to_a_number_only_when_the_number_stays_whole() -> None:
    text = (
        "The General Assembly,\n\nRecalling its resolution 59/3009 and Agenda 217 of 1992,\n\n"
        "Recalling article 17 of Agenda 2017 and resolution 70/17,\n\n1. Decides.\n\n_______________\n\n"
        "9 See A/60/980.\n\n7 Ibid., annex II.\n\n17 A note.\n"
    )
    got, draft, warnings = _by_label(text)
    assert got["PP1"] == "Recalling its resolution 59/300[^9] and Agenda 21[^7] of 1992,"
    assert got["PP2"] == "Recalling article 17 of Agenda 2017 and resolution 70/17,"
    assert [n.mark for n in draft.paragraphs[0].footnotes] == ["9", "7"]
    assert len(warnings) == 1 and "footnote 17" in warnings[0]


def test_articles_are_parts_unless_their_paragraph_numbers_run_on() -> None:
    convention = "Article 1\n\n1. One.\n\n2. Two.\n\nArticle 2\n\nOnly paragraph.\n\nArticle 3\n\n1. Three."
    notes = "Article 1\n\n1. First note.\n\nArticle 3\n\n2. Second note."
    got, draft, warnings = _by_label(
        f"The General Assembly,\n\n1. Adopts it.\n\nAnnex\n\nConvention\n\n{convention}\n\n"
        f"Annex II\n\n{notes}\n"
    )
    assert got["ARTICLE 1 OP2"] == "Two." and got["ARTICLE 3 OP1"] == "Three."
    assert got["ARTICLE 1 (2) OP2"] == "Second note." and warnings == []
    assert [p.text for p in draft.paragraphs if p.kind == "heading"][-1] == "Article 3"


def test_a_list_belongs_to_the_lead_in_before_it() -> None:
    text = (
        "The General Assembly,\n\n1. Decides:\n\n(a) To act;\n\n(b) To act again;\n\nAnnex\n\n"
        "Article 1\n\nThis Convention shall apply to:\n\n(a) Offences;\n\n(b) Evidence.\n\n"
        "Article 2\n\n1. Terms:\n\n(a) “Data” shall mean data;\n\n"
        "(h) “Provider” shall mean an entity that:\n\n"
        "(i) Provides services;\n\n(ii) Stores data;\n"
    )
    got, _, warnings = _by_label(text)
    assert got["ARTICLE 1 PP1(a)"] == "Offences;" and got["ARTICLE 1 PP1(b)"] == "Evidence."
    assert (
        got["ARTICLE 2 OP1(b)(i)"] == "Provides services;" and got["ARTICLE 2 OP1(b)(ii)"] == "Stores data;"
    )
    assert "OP1(c)" not in got and warnings == []


def test_a_list_opening_on_its_number_line_and_items_ending_or() -> None:
    text = (
        "The General Assembly,\n\n1. Decides.\n\n12. (a) (i)\nConverting property; or\n"
        "(ii) Concealing it;\n\n(b) Acquiring property; and\n(c) Using it.\n"
    )
    got, _, warnings = _by_label(text)
    assert got["OP2"] == "" and got["OP2(a)(i)"] == "Converting property; or"
    assert got["OP2(a)(ii)"] == "Concealing it;" and got["OP2(c)"] == "Using it."
    assert warnings == ["line 14: paragraph numbered 12, expected 2"]


def test_rules_of_procedure_number_their_paragraphs_rule_by_rule() -> None:
    """A/RES/78/128's annex: "Rule 7" and its title, then paragraphs 1. and 2., or one unnumbered
    paragraph; a rule's title may carry a note ("…regional commissions17")."""
    rules = (
        "Annex\n\nProvisional rules of procedure\n\nI.\nRepresentation\n\n"
        "Rule 1\nComposition of delegations\n\n\n"
        "The delegation of each State shall consist of a head of delegation.\n\n"
        "Rule 7\nGeneral powers of the President\n\n1.\nThe Presidents shall take turns.\n2.\n"
        "The President remains under the authority of the Conference.\n\n"
        "Rule 8\nAssociate members of regional commissions1\n\n\nRepresentatives may participate.\n"
    )
    got, draft, warnings = _by_label(
        f"The General Assembly,\n\n1. Adopts the rules.\n\n{rules}\n__________\n\n1 See the list.\n"
    )
    assert got["RULE 1 PP1"].startswith("The delegation") and got["RULE 7 OP2"].startswith(
        "The President remains"
    )
    assert got["RULE 8 PP1"] == "Representatives may participate." and warnings == []
    headings = [p.text for p in draft.paragraphs if p.kind == "heading"]
    assert headings[-3:] == [
        "Composition of delegations",
        "General powers of the President",
        "Associate members of regional commissions[^1]",
    ]


def test_a_list_numbered_inside_a_paragraph_is_its_items() -> None:
    """A/RES/79/1 ("7. … objectives:" 1.–3., then 8.), A/RES/78/223 (a provisional agenda under
    "Approves the following …:"), A/RES/78/248 (a statute's paragraph "4." quoted): the part's
    numbering runs on after them; one warning each says what the source prints."""
    text = (
        "The General Assembly,\n\n1. Notes.\n\n"
        "2. To achieve our goal, we will pursue the following objectives:\n\n"
        "1.\nClose all digital divides;\n\n2.\nExpand inclusion;\n\n3.\nFoster a safe digital space.\n\n"
        "3. Approves the following provisional agenda for the Congress:\n\n1.\nOpening of the Congress.\n\n"
        "2.\nAdoption of the report.\n\n4. Decides to approve the following amendment to the statute:\n"
        "Article 9, new paragraph 4:\n4.\nIn hearing an application, the Tribunal shall review it.\n\n"
        "5. Requests a report.\n"
    )
    got, _, warnings = _by_label(text)
    assert got["OP2(c)"] == "Foster a safe digital space." and got["OP3(b)"] == "Adoption of the report."
    assert got["OP4(a)"].startswith("In hearing") and got["OP5"] == "Requests a report."
    assert warnings == [
        "line 16: a list printed “1.” to “3.” inside the paragraph before it: its items (a) to (c)",
        "line 27: a list printed “1.” to “2.” inside the paragraph before it: its items (a) to (b)",
        "line 35: “4.” printed inside the paragraph before it: its item (a)",
    ]


def test_a_heading_labelled_by_a_word_and_number_ends_the_paragraph_before() -> None:
    """A/RES/79/1: "Action 6. We will invest in people…" after paragraph 24 was glued to it;
    A/C.3/80/L.60: "Item 5." alone on its line, its title on the next, then its own (a), (b)."""
    text = (
        "The General Assembly,\n\n1. We reaffirm the Agenda.\n"
        "Action 6. We will invest in people to end poverty and strengthen trust and social\ncohesion.\n"
        "2. We express our deep concern.\n\n"
        "Item 1.\nSocial development:\n(a)\nImplementation;\n(b)\nLiteracy.\n"
        "Item 2.\nCrime prevention.\nItem 5.\nRights of children:\n(a)\nPromotion;\n(b)\nFollow-up.\n"
    )
    got, draft, warnings = _by_label(text)
    headings = [p.text for p in draft.paragraphs if p.kind == "heading"]
    assert headings == [
        "Action 6. We will invest in people to end poverty and strengthen trust and social cohesion.",
        "Item 1. Social development:",
        "Item 2. Crime prevention.",
        "Item 5. Rights of children:",
    ]
    assert got["OP1"] == "We reaffirm the Agenda." and got["OP2 A(b)"] == "Literacy."
    assert got["OP2 B(a)"] == "Promotion;" and warnings == []
