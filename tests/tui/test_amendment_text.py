"""Amendments described for the panel and the queue: what the chair reads before deciding."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from draftdesk.engine.amendments import Op
from draftdesk.engine.model import Paragraph
from draftdesk.engine.numbering import number_paragraphs
from draftdesk.engine.patches import make_patch
from draftdesk.tui.amendment_text import op_diff, short_change

BASE = "Recognise the progress made and *inter alia*: note the efforts"


def modify(new: str) -> Op:
    return Op("modify", target="p-1", base_text=BASE, patch=make_patch(BASE, new))


def test_a_change_of_words_reads_as_tracked_text_with_the_markup_rendered() -> None:
    text = op_diff(modify(BASE.replace("note", "welcome")), Style(color="red"), {})
    assert text.plain == "Recognise the progress made and inter alia: notewelcome the efforts"
    assert styled(text, "strike") == ["note"]
    assert styled(text, "underline") == ["welcome"]
    assert styled(text, "italic") == ["inter alia"]


def styled(text: Text, attribute: str) -> list[str]:
    """The pieces of ``text`` whose style sets ``attribute`` (strike, underline, italic)."""
    return [text.plain[s.start : s.end] for s in text.spans if getattr(Style.parse(str(s.style)), attribute)]


def test_short_change_lists_the_words_removed_and_added() -> None:
    assert short_change(modify(BASE.replace("note", "welcome"))) == "−note +welcome"


def test_a_corrupt_patch_is_shown_not_raised() -> None:
    broken = Op("modify", target="p-1", base_text=BASE, patch="@@ -1,4 +1,4 @@\n-Xxxx\n+Yyyy\n")
    assert op_diff(broken, Style(), {}).plain.startswith("(unreadable patch")
    assert short_change(broken) == "(unreadable patch)"


def test_a_move_names_the_paragraph_by_its_number() -> None:
    numbers = number_paragraphs([Paragraph("p-1", "operative", "One"), Paragraph("p-2", "operative", "Two")])
    assert op_diff(Op("move", target="p-1", after="p-2"), Style(), numbers).plain == "↷ move after OP2"
    assert op_diff(Op("move", target="p-2"), Style(), numbers).plain == "↷ move to the start"
    gone = op_diff(Op("move", target="p-2", after="p-9"), Style(), numbers).plain
    assert gone == "↷ move after a paragraph no longer in the text"
