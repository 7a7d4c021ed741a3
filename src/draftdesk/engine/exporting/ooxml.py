"""WordprocessingML written as text: runs, revisions, comment anchors, paragraphs.

python-docx has no API for tracked changes or footnotes, and building a thousand
paragraphs through its object API costs seconds; so a document body is written
here as XML text and parsed once (``docx_package``). Every function returns a
fragment in the ``w:`` namespace, declared where the fragments are parsed.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

from draftdesk.engine.inert import inert

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NOT_XML = re.compile("[\ufffe\uffff]")
"""What XML cannot hold once control characters are made visible (engine.inert)."""


def signature(author: str, date: datetime) -> str:
    """Who made a tracked change or comment and when, as attributes (made once per amendment)."""
    return f'w:author={quoteattr(inert(author))} w:date="{date.strftime("%Y-%m-%dT%H:%M:%SZ")}"'


class Revision(NamedTuple):
    """A ``w:ins``, ``w:del``, ``w:moveFrom`` or ``w:moveTo`` (``kind``) with its ``id`` and its
    author's ``signature``."""

    kind: str
    id: int
    signature: str

    def attributes(self) -> str:
        return f'w:id="{self.id}" {self.signature}'


class Look(NamedTuple):
    """How a run reads: italic, a colour (``RRGGBB``), bold, hidden (kept in the file, not shown)."""

    italic: bool = False
    colour: str = ""
    bold: bool = False
    hidden: bool = False


PLAIN = Look()


def _properties(look: Look) -> str:
    props = ("<w:b/>" if look.bold else "") + ("<w:i/>" if look.italic else "")
    props += "<w:vanish/>" if look.hidden else ""
    if look.colour:
        props += f'<w:color w:val="{look.colour}"/>'
    return f"<w:rPr>{props}</w:rPr>" if props else ""


def run(text: str, look: Look = PLAIN, *, deleted: bool = False) -> str:
    """A run of text (``w:delText`` inside a deletion, as Word requires); a line break in the
    text is Word's (``w:br``): in ``w:t`` it would read as a space."""
    tag = "w:delText" if deleted else "w:t"
    lines = escape(_NOT_XML.sub("", inert(text))).split("\n")
    body = f'</{tag}><w:br/><{tag} xml:space="preserve">'.join(lines)
    return f'<w:r>{_properties(look)}<{tag} xml:space="preserve">{body}</{tag}></w:r>'


def footnote_reference(note_id: int, own_mark: str = "") -> str:
    """A run citing a footnote: Word's number, or ``own_mark`` printed instead (customMarkFollows)."""
    style = '<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
    if own_mark:
        mark = escape(inert(own_mark))
        reference = f'<w:footnoteReference w:customMarkFollows="1" w:id="{note_id}"/>'
        return f"<w:r>{style}{reference}<w:t>{mark}</w:t></w:r>"
    return f'<w:r>{style}<w:footnoteReference w:id="{note_id}"/></w:r>'


def revised(revision: Revision, runs: str) -> str:
    """Runs wrapped in a tracked insertion or deletion."""
    return f"<w:{revision.kind} {revision.attributes()}>{runs}</w:{revision.kind}>"


def move_range(revision: Revision, range_id: int, name: str) -> tuple[str, str]:
    """The marks around one end of a move (``revision`` a ``moveFrom`` or ``moveTo``): Word pairs the
    two ends by ``name``."""
    tag = f"w:{revision.kind}Range"
    start = f'<{tag}Start w:id="{range_id}" w:name={quoteattr(name)} {revision.signature}/>'
    return start, f'<{tag}End w:id="{range_id}"/>'


def comment_start(comment_id: int) -> str:
    return f'<w:commentRangeStart w:id="{comment_id}"/>'


def comment_end(comment_id: int) -> str:
    return (
        f'<w:commentRangeEnd w:id="{comment_id}"/>'
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
        f'<w:commentReference w:id="{comment_id}"/></w:r>'
    )


class Numbered(NamedTuple):
    """A paragraph in a Word list: the list instance and the level (0 = operative)."""

    num_id: int
    level: int


def paragraph(
    content: str, style: str = "", numbered: Numbered | None = None, mark: Revision | None = None
) -> str:
    """A paragraph; ``mark`` tracks the paragraph mark itself (a whole paragraph inserted or deleted)."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if numbered is not None:
        props += f'<w:numPr><w:ilvl w:val="{numbered.level}"/><w:numId w:val="{numbered.num_id}"/></w:numPr>'
    if mark is not None:
        props += f"<w:rPr><w:{mark.kind} {mark.attributes()}/></w:rPr>"
    return f"<w:p><w:pPr>{props}</w:pPr>{content}</w:p>" if props else f"<w:p>{content}</w:p>"
