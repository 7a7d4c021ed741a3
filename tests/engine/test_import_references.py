"""Footnote references as real resolutions print them (issue 14): each case is an excerpt of a
held-out UN document whose note was cited at the end of its page, with a warning, before."""

from draftdesk.engine.importing import import_text
from draftdesk.engine.model import Draft
from draftdesk.engine.numbering import labels

COVER = "United Nations\nA/RES/79/9\n\nGeneral Assembly\nDistr.: General\n1 May 2025\n\n79/9. Things\n\n"


def _import(body: str, notes: str) -> tuple[dict[str, str], Draft, list[str]]:
    result = import_text(f"{COVER}The General Assembly,\n\n{body}\n__________________\n\n{notes}\n", slug="x")
    draft = result.draft
    named = {label: draft.paragraph(pid).text for pid, label in labels(draft.paragraphs).items()}
    return named, draft, result.warnings


def test_a_note_line_opening_on_the_next_number_goes_on_when_notes_are_spaced() -> None:
    """A/RES/78/143: note 2 wraps onto "3 – 14 June 1992"; that is no note 3 in a document that
    prints a blank line between its notes, so "Agenda 21,3" cites "Ibid., annex II."."""
    body = "Taking into account the Rio Declaration,2 and chapter 17 of Agenda 21,3\n\n1. Decides.\n"
    notes = (
        "2 Report of the Conference, Rio de Janeiro,\n3 – 14 June 1992, vol. I, annex I.\n\n"
        "3 Ibid., annex II.\n"
    )
    got, draft, warnings = _import(body, notes)
    assert got["PP1"] == "Taking into account the Rio Declaration,[^2] and chapter 17 of Agenda 21,[^3]"
    cited = {n.mark: n.text for n in draft.paragraphs[0].footnotes}
    assert cited == {
        "2": "Report of the Conference, Rio de Janeiro, 3 – 14 June 1992, vol. I, annex I.",
        "3": "Ibid., annex II.",
    }
    assert warnings == []


def test_a_number_glued_to_the_word_after_it_is_a_reference() -> None:
    """A/RES/80/129, A/RES/80/207, A/RES/80/179: "Agreement 5and", "Rights,1as", "16including";
    an ordinal ("21st") stays a number."""
    body = (
        "Recalling the Universal Declaration of Human Rights,1as well as its 21st session,\n\n"
        "Reaffirming the Paris Agreement 5and the Convention 6that have not yet done so,\n\n"
        "Recalling the World Summit on the Information Society and its outcomes,\n"
        "16including its track,\n\n1. Decides.\n"
    )
    notes = "1 Resolution 217 A (III).\n\n5 Decision 1/CP.21.\n\n6 Treaty Series.\n\n16 See A/60/687.\n"
    got, _, warnings = _import(body, notes)
    assert (
        got["PP1"] == "Recalling the Universal Declaration of Human Rights,[^1] as well as its 21st session,"
    )
    assert (
        got["PP2"] == "Reaffirming the Paris Agreement[^5] and the Convention[^6] that have not yet done so,"
    )
    assert got["PP3"] == (
        "Recalling the World Summit on the Information Society and its outcomes,[^16] including its track,"
    )
    assert warnings == []


def test_a_number_after_a_counting_word_is_a_reference_only_when_it_stands_alone() -> None:
    """A/RES/79/43, A/C.2/80/L.57, A/RES/78/235, A/RES/78/152: a plural no list goes on from,
    or the wide gap after a superscript; "Goals 5 and 6" is a list of goals."""
    body = (
        "Recalling the Sustainable Development Goals 5 and 6 and its resolutions 3 and 4,\n\n"
        "1. Encourages States to achieve the Sustainable Development Goals 5 and to make them;\n\n"
        "2. Recalls all previous resolutions 6 on the follow-up and the decision 7  on funding;\n\n"
        "3. Commits to the attainment of the Sustainable Development Goals 8\nin Central Africa;\n"
    )
    notes = (
        "5 See resolution 70/1.\n\n6 Resolutions 70/192.\n\n7 Decision 2/CP.27.\n\n8 See resolution 70/1.\n"
    )
    got, _, warnings = _import(body, notes)
    assert got["PP1"] == "Recalling the Sustainable Development Goals 5 and 6 and its resolutions 3 and 4,"
    assert (
        got["OP1"] == "Encourages States to achieve the Sustainable Development Goals[^5] and to make them;"
    )
    assert (
        got["OP2"] == "Recalls all previous resolutions[^6] on the follow-up and the decision[^7] on funding;"
    )
    assert (
        got["OP3"] == "Commits to the attainment of the Sustainable Development Goals[^8] in Central Africa;"
    )
    assert warnings == []


def test_a_reference_glued_to_a_number_the_document_prints_alone_elsewhere() -> None:
    """A/RES/78/233 "COVID-1916" (COVID-19 is printed alone elsewhere, so 16 is the note although
    "1916" reads as a year), A/RES/79/183 "S-35/16" (the notes print "S-35/1"), A/C.5/80/L.4
    "VIII.7441" (a report's paragraph has at most three digits); a year stays one."""
    body = (
        "Recalling its response to COVID-19 and the statement on COVID-1916 of 1916,\n\n"
        "1. Takes note of the reports pursuant to resolution S-35/117 and of paragraphs VIII.7418;\n"
    )
    notes = "16 See A/74/843.\n\n17 Established by resolution S-35/1.\n\n18 A/80/7.\n"
    got, _, warnings = _import(body, notes)
    assert got["PP1"] == "Recalling its response to COVID-19 and the statement on COVID-19[^16] of 1916,"
    assert (
        got["OP1"]
        == "Takes note of the reports pursuant to resolution S-35/1[^17] and of paragraphs VIII.74[^18];"
    )
    assert warnings == []


def test_a_reference_glued_to_a_number_between_its_neighbours_is_the_one_there() -> None:
    """A/RES/79/204: "resolution 6/929" between notes 28 and 30 is resolution 6/9 and note 29, as
    the one number ending in 29 there (a year is none); with two such numbers it stays a warning."""
    body = (
        "Recalling resolutions 5/7 27 and 5/8 28 of 2 March 2022 and resolution 6/929 of 1 March 2029,\n\n"
        "Recalling also resolution 7/1,30 and resolutions 4/131 and 4/231 of 2024,32\n\n1. Decides.\n"
    )
    notes = "27 Res.7.\n\n28 Res.8.\n\n29 Res.9.\n\n30 Res.1.\n\n31 Res.2.\n\n32 Res.3.\n"
    got, _, warnings = _import(body, notes)
    assert got["PP1"] == (
        "Recalling resolutions 5/7[^27] and 5/8[^28] of 2 March 2022 and resolution 6/9[^29] of 1 March 2029,"
    )
    assert got["PP2"].startswith("Recalling also resolution 7/1,[^30] and resolutions 4/131 and 4/231 of")
    assert len(warnings) == 1 and warnings[0].startswith("footnote 31:")
