"""The UN pipeline on small documents laid out as the PDF extractor writes them: each case is one
of the failures seen on real documents (issue 14), so a held-out document of the same kind reads
right for the same reason."""

import textwrap

import pytest

from draftdesk.engine.importing import ImportFailed, import_text
from draftdesk.engine.model import Draft
from draftdesk.engine.numbering import labels

SYMBOL = "A/C.3/80/L.2"
COVER = (
    f"United Nations \n{SYMBOL}\n \n \nGeneral Assembly \nDistr.: Limited \n1 October 2025 \n"
    "Original: English \n \n25-14998 (E)    011025 \n*2514998* \n \n \nEightieth session \nThird Committee \n"
    "Agenda item 71 \nPermanent sovereignty \n \n \nNorway: draft resolution \n \n \n"
    " Permanent sovereignty of the Palestinian people in the Occupied Palestinian Territory, "
    "including East Jerusalem, and of the Arab population in the occupied Syrian Golan over their "
    "natural resources \n \n \n"
)
HEAD = (
    "Permanent sovereignty of the Palestinian people in the Occupied \n"
    "Palestinian Territory, including East Jerusalem, and of the Arab \n"
    "population in the occupied Syrian Golan over their natural resources"
)


def _page(n: int, of: int, head: bool = True) -> str:
    """The extractor's page break (an empty line) and the furniture at the top of page n."""
    lines = [SYMBOL, *(HEAD.split("\n") if head else []), " ", "25-14998", f"{n}/{of}", " "]
    return "\n\n" + "\n".join(lines) + "\n"


def _draft(text: str) -> tuple[Draft, list[str]]:
    result = import_text(text, slug="x")
    return result.draft, result.warnings


def _by_label(draft: Draft) -> dict[str, str]:
    return {label: draft.paragraph(pid).text for pid, label in labels(draft.paragraphs).items()}


def test_a_running_head_of_three_lines_is_cut_and_the_number_after_it_kept() -> None:
    text = (
        COVER + "The General Assembly, \n \nRecalling its resolutions, \n \n1. \nDecides to act; \n \n2. \n"
        "Requests the Secretary-General to report on the \n"
        + _page(2, 2)
        + "3. \nUrges all States to act. \n"
    )
    draft, warnings = _draft(text)
    got = _by_label(draft)
    assert got["OP2"] == "Requests the Secretary-General to report on the"
    assert got["OP3"] == "Urges all States to act." and warnings == []
    assert not any("Permanent sovereignty" in p.text for p in draft.paragraphs)
    assert draft.metadata["symbol"] == SYMBOL and draft.metadata["sponsors"] == "Norway: draft resolution"


def test_a_running_head_that_repeats_a_long_title_over_five_lines_is_cut() -> None:
    """A/RES/78/68 prints its title over five lines at the top of each page, above the job number
    and the page marker: all furniture, and the preambular paragraph runs on across it."""
    head = "\n".join(textwrap.wrap(" ".join(HEAD.split()), 45))
    assert len(head.split("\n")) == 5
    text = (
        COVER + "The General Assembly, \n \nNoting the report of the Secretary-General on the \n"
        f"\n\n{SYMBOL}\n{head}\n \n25-14998\n2/2 \n \nsituation, \n \n1. \nDecides to act. \n"
    )
    draft, warnings = _draft(text)
    assert [p.text for p in draft.paragraphs] == [
        "Noting the report of the Secretary-General on the situation,",
        "Decides to act.",
    ]
    assert warnings == []


def test_a_paragraph_runs_on_across_a_page_break_after_a_comma_unless_a_paragraph_or_title_opens() -> None:
    """A/RES/80/192 OP10: "…including neo-Nazism, Islamophobia," / page break / "Christianophobia
    and antisemitism, is a threat…" is one paragraph; after a preambular comma the next page may open
    the next preambular paragraph ("Re-emphasizing …") or a title ("Final report", then "1.")."""
    text = (
        COVER
        + "The General Assembly, \n \nRecalling x, \n"
        + _page(2, 4)
        + "Re-emphasizing y, including hate, Islamophobia, \n"
        + _page(3, 4)
        + "Christianophobia and antisemitism, \n"
        + _page(4, 4)
        + "Final report \n \n1. \nDecides to act. \n"
    )
    draft, warnings = _draft(text)
    assert [(p.kind, p.text) for p in draft.paragraphs] == [
        ("preamble", "Recalling x,"),
        ("preamble", "Re-emphasizing y, including hate, Islamophobia, Christianophobia and antisemitism,"),
        ("heading", "Final report"),
        ("operative", "Decides to act."),
    ]
    assert warnings == []


def test_text_runs_on_across_a_page_break_and_a_symbol_on_the_number_line_is_cut() -> None:
    text = (
        COVER
        + "The General Assembly, \n \nNoting the report of the Secretary-General on the \n"
        + _page(2, 2, head=False)
        + "situation, \n \n62. \nDecides to act; \n \n"
        + f"{SYMBOL} 63. Encourages the parties; \n"
    )
    draft, warnings = _draft(text)
    assert draft.paragraphs[0].text == "Noting the report of the Secretary-General on the situation,"
    assert [p.text for p in draft.paragraphs[1:]] == ["Decides to act;", "Encourages the parties;"]
    lines = text.split("\n")
    first, second = lines.index("62. ") + 1, lines.index(f"{SYMBOL} 63. Encourages the parties; ") + 1
    assert warnings == [
        f"line {first}: paragraph numbered 62, expected 1",
        f"line {second}: paragraph numbered 63, expected 2",
    ]


def test_a_number_without_its_full_stop_and_one_with_no_blank_line_before_it() -> None:
    text = (
        COVER
        + "The General Assembly, \n \nRecalling x, \n \n24. \nNotes the data; \n25 \nUrges all States; \n"
        "26. Calls for action by 2030, \nin particular in 2026. \n"
    )
    draft, _ = _draft(text)
    texts = [p.text for p in draft.paragraphs if p.kind == "operative"]
    assert texts == [
        "Notes the data;",
        "Urges all States;",
        "Calls for action by 2030, in particular in 2026.",
    ]


def test_footnote_references_are_never_dates_or_article_numbers() -> None:
    text = (
        COVER
        + "The General Assembly, \n \nRecalling article 4 of the Convention,1 and its resolution 77/193 "
        "of 15 December 2022, \n \nNoting the report of 16 April 20042 and the Declaration 3  on the "
        "subject, \n \n1. \nDecides to act on 4 May 2025. \n__________________ \n \n1  A/50/1. \n \n"
        "2  A/59/2. \n \n3  A/60/3. \n"
    )
    draft, warnings = _draft(text)
    first, second = draft.paragraphs[0], draft.paragraphs[1]
    assert first.text == (
        "Recalling article 4 of the Convention,[^1] and its resolution 77/193 of 15 December 2022,"
    )
    assert second.text == "Noting the report of 16 April 2004[^2] and the Declaration[^3] on the subject,"
    assert [n.text for n in second.footnotes] == ["A/59/2.", "A/60/3."] and warnings == []
    assert draft.paragraphs[2].text == "Decides to act on 4 May 2025."


def test_a_note_whose_reference_is_missing_stays_on_its_page_with_a_warning() -> None:
    text = (
        COVER + "The General Assembly, \n \nRecalling x, \n \n1. \nDecides to act; \n__________________ \n \n"
        "7  A/80/7. \n" + _page(2, 2) + "2. \nRequests a report. \n"
    )
    draft, warnings = _draft(text)
    assert draft.paragraphs[1].footnotes[0].text == "A/80/7." and not draft.paragraphs[2].footnotes
    assert warnings[0].startswith("footnote 7: no reference to it found")


def test_unruled_sponsor_notes_of_several_lines_close_the_page() -> None:
    text = (
        COVER + "The General Assembly, \n \nWelcoming the Commitment, which sets forth a framework \n \n \n"
        "* On behalf of the States that are members of the Group of 77 and China, taking \n"
        "into account resolution ES-10/23. \n" + _page(2, 2) + "for financing, \n \n1. \nDecides to act. \n"
    )
    draft, warnings = _draft(text)
    assert draft.paragraphs[0].text == "Welcoming the Commitment, which sets forth a framework for financing,"
    assert draft.metadata["notes"].startswith("* On behalf of") and warnings == []


@pytest.mark.parametrize(
    ("authoring", "body"),
    [
        ("The General Assembly", "The General Assembly"),
        ("The Economic and Social Council,", "The Economic and Social Council"),
        ("The Security Council,", "The Security Council"),
        ("The Human Rights Council,", "The Human Rights Council"),
        ("The Conference of the Parties,", "The Conference of the Parties"),
        ("The Commission on the Status of Women,", "The Commission on the Status of Women"),
        (
            "The Executive Board of the United Nations Children’s Fund,",
            "The Executive Board of the United Nations Children’s Fund",
        ),
    ],
)
def test_any_body_with_or_without_its_comma(authoring: str, body: str) -> None:
    draft, _ = _draft(COVER + f"{authoring} \n \nRecalling x, \n \n1. \nDecides to act. \n")
    assert draft.authoring.rstrip(",") == body
    assert [p.kind for p in draft.paragraphs] == ["preamble", "operative"]


def test_a_one_sentence_decision_is_one_operative_paragraph() -> None:
    text = COVER + "The General Assembly, taking note of the report, \ndecides to defer the item. \n"
    draft, _ = _draft(text)
    assert [(p.kind, p.text) for p in draft.paragraphs] == [
        ("operative", "taking note of the report, decides to defer the item.")
    ]
    unnumbered = COVER + "The General Assembly \n \nEndorses the declaration annexed. \n"
    assert [p.kind for p in _draft(unnumbered)[0].paragraphs] == ["operative"]
    uncommaed = COVER + "The General Assembly approves, subject to any decision, \nthe programme of work. \n"
    draft, _ = _draft(uncommaed)  # A/C.3/80/L.60, A/C.6/80/L.20: refused as "unknown layout" before
    assert draft.authoring == "The General Assembly"
    assert [(p.kind, p.text) for p in draft.paragraphs] == [
        ("operative", "approves, subject to any decision, the programme of work.")
    ]


@pytest.mark.parametrize(
    ("after", "items", "kinds", "addresses"),
    [
        (
            "Recalling x, \n \nTaking note of y, decides: \n",
            ("To act;", "To report."),
            ["preamble", "operative", "sub-item", "sub-item"],
            ("OP1(a)", "OP1(b)"),
        ),
        (  # A/80/L.1: the lead-in is preambular, the lettered clauses are the decision's own
            "Recalling x, \n \nRecalling also y: \n",
            ("Expresses z;", "Also decides w."),
            ["preamble", "preamble", "sub-item", "sub-item"],
            ("OP(a)", "OP(b)"),
        ),
    ],
)
def test_the_lettered_items_of_a_decision_are_its_operative_items(
    after: str, items: tuple[str, str], kinds: list[str], addresses: tuple[str, str]
) -> None:
    lettered = f" \n(a) \n{items[0]} \n \n(b) \n{items[1]} \n"
    draft, _ = _draft(COVER + "The General Assembly, \n \n" + after + lettered)
    got = _by_label(draft)
    assert [p.kind for p in draft.paragraphs] == kinds
    assert (got[addresses[0]], got[addresses[1]]) == items


@pytest.mark.parametrize(
    ("sponsors", "doc_type"),
    [
        ("Norway: draft resolution", "draft resolution"),
        ("Norway:* draft decision", "draft decision"),
        ("Draft resolution submitted by the Chair", "draft resolution"),
        ("", "draft resolution"),  # a limited-distribution symbol (…/L.2) is a draft
    ],
)
def test_a_draft_is_a_draft_resolution_or_decision_as_its_cover_says(sponsors: str, doc_type: str) -> None:
    body = "The General Assembly, \n \nRecalling x, \n \n1. \nDecides to act. \n"
    draft, _ = _draft(COVER.replace("Norway: draft resolution", sponsors) + body)
    assert draft.doc_type == doc_type
    adopted = COVER.replace(SYMBOL, "A/RES/80/2").replace(
        "Norway: draft resolution", "Resolution adopted by the General Assembly on 1 December 2025"
    )
    assert _draft(adopted + body)[0].doc_type == "resolution"


def test_a_text_with_no_blank_line_at_all_reads_as_the_same_text_with_them() -> None:
    spaced = (
        COVER
        + "The General Assembly, \n \nRecalling its resolution 79/1 of 1 December 2024 on the question and\n"
        "all its other resolutions on the subject,1 \n \n"
        "Trusting that the observance of the day will help, \n \n"
        "Noting the report of the Secretary-General on the implementation of the\nresolution,2 \n \n"
        "1. \nDecides to act on the following: \n \n(a) \nTo report in 2026; \n \n(b) \nTo review. \n \n"
        "2. \nRequests the Secretary-General to report. \n__________________ \n \n"
        "* On behalf of the States Members of the United Nations that are members of the Group of \n"
        "77 and China. \n \n1 Resolution 79/1. \n \n2 A/80/100. \n"
    )
    unspaced = "\n".join(line for line in spaced.split("\n") if line.strip())
    draft, _ = _draft(unspaced)
    assert [(p.kind, p.text, [n.mark for n in p.footnotes]) for p in draft.paragraphs] == [
        (p.kind, p.text, [n.mark for n in p.footnotes]) for p in _draft(spaced)[0].paragraphs
    ]
    assert list(_by_label(draft)) == ["PP1", "PP2", "PP3", "OP1", "OP1(a)", "OP1(b)", "OP2"]
    assert [n.text for p in draft.paragraphs for n in p.footnotes] == ["Resolution 79/1.", "A/80/100."]
    assert "77 and China" in draft.metadata["notes"]


def test_one_paragraph_a_line_with_note_digits_after_the_comma_reads_each_as_a_paragraph() -> None:
    """Word's or LibreOffice's "Save as text" (QA F46): a preambular paragraph ending ",2" (its
    note reference left as a digit) is no heading, and the numbers after it do not shift."""
    text = (
        "The General Assembly,\nReaffirming its resolution 46/182 and the guiding principles,\n"
        "Taking note of the reports of the Secretary-General on the United Nations1 and on the Central "
        "Emergency Response Fund,2\nReaffirming the principles of humanity, neutrality and impartiality,\n"
        "1. Decides to act;\n"
    )
    draft, _ = _draft(text)
    assert [(label, words.split()[0]) for label, words in _by_label(draft).items()] == [
        ("PP1", "Reaffirming"),
        ("PP2", "Taking"),
        ("PP3", "Reaffirming"),
        ("OP1", "Decides"),
    ]


@pytest.mark.parametrize(
    "sponsors",
    [
        "Armenia, Austria, Belgium, Canada, Croatia, Cyprus, Czechia, Denmark,\nNorway, United Kingdom of\n"
        "Great Britain and Northern Ireland and Uruguay:* draft resolution\n"
        "* Any changes to the list of sponsors will be reflected in the official record of the meeting.",
        "Draft resolution submitted by the Chair of the Committee following\ninformal consultations",
    ],
)
def test_a_cover_with_no_blank_line_keeps_its_agenda_title_sponsors_and_title(sponsors: str) -> None:
    """Word's "Save as text" or a blank-less extraction (QA F46: the title was lost into the agenda
    title): the sponsors are found by the line that ends them or opens them, the title after them."""
    cover = COVER.replace("Norway: draft resolution", sponsors)
    body = "The General Assembly, \n \nRecalling its resolution 79/1, \n \n1. Decides to act. \n"
    spaced, unspaced = _draft(cover + body)[0], _draft(_unspaced(cover + body))[0]
    assert spaced.title == unspaced.title == [HEAD.replace(" \n", " ")]
    assert unspaced.metadata["agenda_title"] == "Permanent sovereignty"
    assert unspaced.metadata["sponsors"] == spaced.metadata["sponsors"]


def test_a_title_of_two_lines_or_a_lead_in_before_a_number_in_a_text_with_no_blank_line() -> None:
    """A/80/L.41 and A/RES/78/3 without their blank lines: the title's first line is as wide as the
    text's, the lead-in ends ":"; each stays apart from the paragraph before it."""
    wide = "technical assistance and capacity-building, as appropriate, to realize them all, \n"
    spaced = (
        COVER + "The General Assembly, \n \nRecalling its resolution 79/1, \n \n1. Decides to act on the "
        "development of policy guidance and \n" + wide * 3 + "\n"
        "Building confidence and security in the use of information and communications \ntechnologies \n \n"
        "2. Requests a report. \n \nAs a follow-up to the present resolution, it: \n \n3. Decides to meet. \n"
    )
    draft = _draft(_unspaced(spaced))[0]
    assert [(p.kind, p.text) for p in draft.paragraphs] == [
        (p.kind, p.text) for p in _draft(spaced)[0].paragraphs
    ]
    assert [p.kind for p in draft.paragraphs] == [
        "preamble",
        "operative",
        "heading",
        "operative",
        "text",
        "operative",
    ]


def _unspaced(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if line.strip())


def test_an_amendment_with_no_blank_line_finds_its_first_instruction() -> None:
    cover = COVER.replace("Norway: draft resolution", "Norway:* amendment to draft resolution A/C.3/80/L.1")
    text = (
        cover + "1. Delete operative paragraph 6 reading: \nUrges all States to act; \n"
        "2. In operative paragraph 5, delete “all”. \n"
    )
    unspaced = "\n".join(line for line in text.split("\n") if line.strip())
    draft, _ = _draft(unspaced)
    assert [(p.kind, p.text) for p in draft.paragraphs] == [
        ("operative", "Delete operative paragraph 6 reading:"),
        ("text", "Urges all States to act;"),
        ("operative", "In operative paragraph 5, delete “all”."),
    ]


def test_a_budget_table_keeps_its_rows_and_numbers_with_one_warning() -> None:
    text = (
        COVER + "The General Assembly \n \nResolves that, for 2026: \n \n1. \n"
        "Appropriations totalling 3,450,426,300 dollars are approved as follows: \n \n"
        "Section \nAmount \nPart I. Overall policymaking \n \n1 \nOverall policymaking \n92 738 500 \n"
        "2 \nGeneral Assembly affairs \n353 354 200" + _page(2, 2) + "Section \nAmount \n"
        "Subtotal, part I \n446 092 700 \nTotal \n(1 323 600) \n–\n \n"
        "2. \nThe Secretary-General shall report. \n"
    )
    draft, warnings = _draft(text)
    got = _by_label(draft)
    assert list(got) == ["PP1", "OP1", "OP2"] and got["OP2"] == "The Secretary-General shall report."
    assert [p.text for p in draft.paragraphs if p.kind == "text"] == [
        "Section | Amount | Part I. Overall policymaking | 1 | Overall policymaking | 92 738 500",
        "2 | General Assembly affairs | 353 354 200",
        "Section | Amount | Subtotal, part I | 446 092 700",
        "Total | (1 323 600) | –",
    ]
    assert warnings == [
        f"line {text.split(chr(10)).index('Section ') + 1}: a table, kept as text: a row a "
        "paragraph, its cells joined by ' | '"
    ]


def test_a_list_restarting_at_a_under_lettered_headings_is_lettered_anew_in_each() -> None:
    text = COVER + (
        "The General Assembly, \n \n1. \nCommits to the following actions: \n \nA. \nBuild resilience \n \n"
        "(a) \nReform finance by: \n \n(i) \nLending more; \n \n(b) \nManage debt; \n \n"
        "B. \nScale up climate action \n \n(a) \nAct by: \n \n(i) \nPhasing out subsidies. \n \n"
        "2. \nRequests a report. \n"
    )
    draft, warnings = _draft(text)
    got = _by_label(draft)
    assert list(got) == ["OP1", "OP1 A(a)", "OP1 A(a)(i)", "OP1 A(b)", "OP1 B(a)", "OP1 B(a)(i)", "OP2"]
    assert (got["OP1 B(a)"], got["OP1 B(a)(i)"]) == ("Act by:", "Phasing out subsidies.")
    headings = [p for p in draft.paragraphs if p.kind == "heading"]
    assert [(h.text, h.parent) for h in headings] == [
        ("A. Build resilience", draft.paragraphs[0].id),
        ("B. Scale up climate action", draft.paragraphs[0].id),
    ]
    assert warnings == []


def test_an_annex_is_a_part_with_its_own_numbering_and_headings() -> None:
    text = (
        COVER + "The General Assembly, \n \nRecalling x, \n \n1. \nAdopts the Principles annexed. \n \n"
        "64th plenary meeting \n15 December 2025 \n" + _page(2, 2) + "Annex \n \nPrinciples on things \n \n"
        "I. General \n \n1. \nThe principles apply. \n \n2. \nThey bind no one. \n \n"
        "II. Final \n \n4. \nEnd. \n"
    )
    draft, warnings = _draft(text)
    got = _by_label(draft)
    assert got["ANNEX OP1"] == "The principles apply." and got["ANNEX OP3"] == "End."
    headings = [p.text for p in draft.paragraphs if p.kind == "heading"]
    assert headings == ["Principles on things", "I. General", "II. Final"]
    assert [p.text for p in draft.paragraphs if p.kind == "closing"] == [
        "64th plenary meeting",
        "15 December 2025",
    ]
    assert warnings == [f"line {text.split(chr(10)).index('4. ') + 1}: paragraph numbered 4, expected 3"]


def test_form_feeds_are_page_breaks() -> None:
    text = (
        COVER
        + "The General Assembly, \n \nRecalling the work of the \n\f"
        + f"{SYMBOL}\n2/2\n"
        + "Commission, \n"
    )
    assert _draft(text)[0].paragraphs[0].text == "Recalling the work of the Commission,"


def test_an_amendment_imports_its_instructions() -> None:
    text = COVER.replace(
        "Norway: draft resolution", "Norway:* amendment to draft resolution A/C.3/80/L.1"
    ) + (
        "1. \nIn operative paragraph 5, delete “all”. \n2. \nDelete operative paragraph 6. \n \n \n"
        "* On behalf of the Group of Nordic States. \n"
    )
    draft, _ = _draft(text)
    assert (
        draft.doc_type == "amendment"
        and draft.metadata["notes"] == "* On behalf of the Group of Nordic States."
    )
    assert list(_by_label(draft).values()) == [
        "In operative paragraph 5, delete “all”.",
        "Delete operative paragraph 6.",
    ]


def test_a_document_with_no_body_start_is_refused_in_one_line() -> None:
    with pytest.raises(ImportFailed, match="unknown layout") as info:
        import_text(COVER + "Nothing else.\n", slug="x")
    assert "\n" not in str(info.value)
