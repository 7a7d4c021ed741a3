"""How the merged view draws a paragraph: labels never cut, note references never read as digits."""

from __future__ import annotations

from rich.console import Console
from rich.style import Style

from draftdesk.engine.outputs import Span, ViewParagraph
from draftdesk.tui.widgets.paragraph_lines import Look, paragraph_lines

LOOK = Look(Console(width=60), 60, "agreed", Style(bold=True), Style(bold=True), lambda org: Style())


def lines(p: ViewParagraph) -> list[str]:
    return [strip.text.rstrip() for strip in paragraph_lines(p, LOOK)]


def test_a_label_longer_than_the_indent_is_shown_whole_and_the_text_hangs_after_it() -> None:
    words = "Further calls upon all States to consider becoming parties to the Optional Protocol"
    drawn = lines(ViewParagraph("p-10", "operative", "OP10", "10", 0, (Span(words),)))
    assert drawn[0].startswith("OP10 Further calls upon")
    assert len(drawn) == 2 and drawn[1].startswith("     ") and not drawn[1].startswith("      ")
    assert " ".join(line.strip() for line in drawn).endswith("OP10 " + words)


def test_a_sub_item_marker_of_three_letters_is_not_cut() -> None:
    drawn = lines(ViewParagraph("p-3", "operative", "OP4(iii)", "iii", 1, (Span("To report;"),)))
    assert drawn == ["    (iii) To report;"]


def test_a_note_reference_is_raised_not_glued_to_the_number_before_it() -> None:
    spans = (Span("Recalling the Geneva Conventions of 12 August 1949"), Span("4", mark="fnref"), Span(","))
    drawn = lines(ViewParagraph("p-5", "preambular", "PP5", "", 0, spans))
    assert drawn == ["PP5 Recalling the Geneva Conventions of 12 August 1949⁴,"]
