"""Exports of any view: txt (tracked marks), Markdown, standalone HTML, docx."""

import zipfile
from io import BytesIO

import docx
import pytest

from draftdesk.engine.exporting import FORMATS, export, export_docx
from draftdesk.engine.model import Draft, Footnote, Paragraph
from draftdesk.engine.outputs import Span, ViewParagraph
from draftdesk.engine.views import paragraph_views

DRAFT = Draft(
    slug="x",
    title=["CONFERENCE <ONE>", "& PARTNERS"],
    doc_type="CONCLUSIONS",
    place_date="Belgrade, 2 December 2011",
    paragraphs=[
        Paragraph(
            "p-0001",
            "preamble",
            "Considering the *positions* held[^1]",
            footnotes=(Footnote("1", "A note."),),
        ),
        Paragraph("p-0002", "text", "Agreed upon the following:"),
        Paragraph("p-0003", "heading", "CONCLUSIONS"),
        Paragraph("p-0004", "operative", "Recognise the dimension and *inter alia*:"),
        Paragraph("p-0005", "sub-item", "Cooperation <in> security;", parent="p-0004"),
        Paragraph("p-0006", "closing", "Belgrade, 2 December 2011"),
    ],
)
TRACKED = ViewParagraph(
    "p-0007",
    "operative",
    "OP2",
    "2",
    0,
    (
        Span("Welcome "),
        Span("the", "UNDP", "del"),
        Span("all", "UNDP", "ins"),
        Span(" work "),
        Span("[UNDP]", "UNDP", "tag"),
    ),
)


@pytest.fixture
def views() -> list[ViewParagraph]:
    return [*paragraph_views(DRAFT.paragraphs), TRACKED]


def test_txt_tracked_marks_and_layout(views: list[ViewParagraph]) -> None:
    text = export(DRAFT, views, "txt")
    assert text.startswith("CONFERENCE <ONE>\n& PARTNERS\n\nCONCLUSIONS\n\nBelgrade, 2 December 2011\n\n")
    assert "1. Recognise the dimension and *inter alia*:\n   - a. Cooperation <in> security;\n" in text
    assert "2. Welcome [-the-]{+all+} work [UNDP]" in text
    assert "Considering the *positions* held1" in text


def test_markdown(views: list[ViewParagraph]) -> None:
    text = export(DRAFT, views, "md")
    assert text.startswith("# CONFERENCE &lt;ONE&gt; &amp; PARTNERS\n\n## CONCLUSIONS\n")
    assert "Considering the *positions* held[^1]" in text and text.rstrip().endswith("[^1]: A note.")
    assert "1. Recognise the dimension and *inter alia*:\n   a. Cooperation &lt;in&gt; security;" in text
    assert "~~the~~<ins>all</ins>" in text


def test_html_is_standalone_and_escaped(views: list[ViewParagraph]) -> None:
    text = export(DRAFT, views, "html")
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    assert "CONFERENCE &lt;ONE&gt; &amp; PARTNERS" in text and "Cooperation &lt;in&gt; security;" in text
    assert '<del class="org-UNDP" title="UNDP">the</del><ins class="org-UNDP" title="UNDP">all</ins>' in text
    assert "<em>positions</em>" in text and "<sup>1</sup>" in text
    assert (
        'id="p-0001">Considering' in text and 'id="p-0004">1. Recognise' in text
    )  # PP numbers are not printed


def test_docx_opens_with_the_text(views: list[ViewParagraph]) -> None:
    data = export_docx(DRAFT, views)
    assert zipfile.is_zipfile(BytesIO(data))
    document = docx.Document(BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    assert "Recognise the dimension and inter alia:" in texts and "Cooperation <in> security;" in texts
    assert texts[:2] == ["CONFERENCE <ONE>", "& PARTNERS"]  # escaped, one title line a paragraph


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_keeps_every_paragraph(fmt: str, views: list[ViewParagraph]) -> None:
    text = export(DRAFT, views, fmt)
    for fragment in (
        "Agreed upon the following:",
        "Recognise the dimension",
        "Belgrade, 2 December 2011",
        "A note.",
    ):
        assert fragment in text


def test_markdown_shows_what_was_typed_and_runs_none_of_it() -> None:
    """A delegation's words rendered from the .md (as a wiki or a static site does) stay words."""
    from markdown_it import MarkdownIt  # rich's own Markdown reader

    hostile = "<script>alert(1)</script> Encourages all_of_them [States](http://x) # now"
    typed = Draft(
        slug="x",
        title=["T"],
        paragraphs=[Paragraph("p-1", "preamble", "# Not a heading"), Paragraph("p-2", "operative", hostile)],
    )
    tracked = ViewParagraph("p-3", "operative", "OP2", "2", 0, (Span("Urges "), Span(hostile, "EU", "ins")))
    for views in (paragraph_views(typed.paragraphs), [tracked]):
        page = MarkdownIt().render(export(typed, views, "md"))
        assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "<a " not in page and "[States](http://x)" in page and "all_of_them" in page
    assert (
        "<h"
        not in MarkdownIt()
        .render(export(typed, paragraph_views(typed.paragraphs)[:1], "md"))
        .split("</h1>")[1]
    )
