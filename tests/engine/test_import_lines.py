"""Where a wrapped line runs on and where it starts something: rules seen failing on real
resolutions (issue 14) and on corpus documents re-wrapped at another width."""

from draftdesk.engine.importing import import_text
from draftdesk.engine.importing.lines import rejoin_hyphens
from draftdesk.engine.numbering import labels

COVER = "United Nations\nA/RES/79/9\n\nGeneral Assembly\nDistr.: General\n1 May 2025\n\n79/9. Things\n\n"
FULL = "Recalling the Convention on the Prohibition of the Development, Production,"


def _by_label(text: str) -> tuple[dict[str, str], list[str]]:
    result = import_text(COVER + text, slug="x")
    draft = result.draft
    named = {label: draft.paragraph(pid).text for pid, label in labels(draft.paragraphs).items()}
    return named, result.warnings


def test_a_participle_after_a_full_line_runs_on_a_preambular_opener_starts_a_paragraph() -> None:
    text = (
        f"The General Assembly,\n\n{FULL}\nStockpiling and Use of Chemical Weapons and on Their Destruction\n"
        "and the provisions of relevant United Nations resolutions on the matter in all its\n"
        "aspects, adopted on 23 May 2025,\nStressing the need to act,\n"
        "Recalling the purposes and principles of the Charter of the United Nations,\n"
        "Reaffirming also the Covenant,\n\n1. Decides.\n"
    )
    got, warnings = _by_label(text)
    assert got["PP1"].startswith(f"{FULL} Stockpiling and Use") and got["PP1"].endswith("23 May 2025,")
    assert got["PP2"] == "Stressing the need to act," and got["PP4"] == "Reaffirming also the Covenant,"
    assert warnings == []


def test_a_line_end_hyphen_glues_unless_it_suspends_a_compound() -> None:
    text = (
        "The General Assembly,\n\n1. Supports low-\nand middle-income countries, fisheries-\nor aquaculture-"
        "related technology and peer-\nto-peer learning of the Secretary-\nGeneral.\n"
    )
    got, _ = _by_label(text)
    assert got["OP1"] == (
        "Supports low- and middle-income countries, fisheries- or aquaculture-related technology "
        "and peer-to-peer learning of the Secretary-General."
    )


def test_a_range_broken_at_its_dash_reads_as_one_and_a_spaced_dash_stays_spaced() -> None:
    text = (
        "The General Assembly,\n\n1. Recalls the Framework 2015–\n2030, the Conference of 5– 13 September"
        " 1994 and the report –\n2024 – of the Secretary-General.\n"
    )
    got, _ = _by_label(text)
    assert got["OP1"] == (
        "Recalls the Framework 2015–2030, the Conference of 5–13 September 1994 and the report – 2024 – "
        "of the Secretary-General."
    )


def test_a_reference_printed_at_the_start_of_a_line_marks_the_end_of_the_line_before() -> None:
    text = (
        "The General Assembly,\n\nRecalling the Declaration adopted by the World Health Assembly,\n"
        "1 including those on health, and the rules of the Organization\n2 and the Tokyo Rules,\n\n"
        "Recalling that the rules serve public safety and crime prevention.\n3 When imprisonment\n"
        "is used, it is a last resort,\n\n1. Decides.\n\n_______________\n\n1 A/1.\n\n2 A/2.\n\n3 A/3.\n"
    )
    got, warnings = _by_label(text)
    assert got["PP1"] == (
        "Recalling the Declaration adopted by the World Health Assembly,[^1] including those on health, "
        "and the rules of the Organization[^2] and the Tokyo Rules,"
    )
    assert got["PP2"].startswith(
        "Recalling that the rules serve public safety and crime prevention.[^3] When"
    )
    assert warnings == []


def test_a_compound_printed_with_a_space_after_its_hyphen_is_whole_where_written_whole_elsewhere() -> None:
    """A/C.3/80/L.2 as extracted: "neo- Nazism" mid-line, "neo-Nazism" elsewhere (QA F59)."""
    texts = ["acceptance of neo- Nazism and pre- and post-war", "Nazism, neo-Nazism", "low- income"]
    assert rejoin_hyphens(texts) == ["acceptance of neo-Nazism and pre- and post-war", *texts[1:]]
