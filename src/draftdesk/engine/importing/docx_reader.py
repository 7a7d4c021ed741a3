"""A Word file's body as paragraphs, each read twice: with its tracked changes rejected and accepted.

What the structure needs and nothing else: the text (italic runs as ``*words*``,
footnote references as ``[^N]`` with the notes' texts), the paragraph style's
name, the list level and the number Word prints (from the numbering
definitions: ``1.``, ``(a)``, ``(i)``), and whether the paragraph mark itself
is a tracked insertion or deletion. Read with python-docx's package and its
parts' XML (python-docx has no API for numbering, footnotes or revisions).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from io import BytesIO

from draftdesk.engine.importing.decode import ImportFailed
from draftdesk.engine.importing.docx_numbering import Numbering, W, indent, val
from draftdesk.engine.importing.docx_styles import WordStyles, switched_on

TABLE_ROW = "Table Row"
"""The style a table's row is read with (one paragraph, its cells joined by " | ")."""


@dataclass(slots=True)
class WordParagraph:
    """One ``w:p``: its text as it stands with changes rejected (``before``) and accepted (``after``)."""

    before: str = ""
    after: str = ""
    style: str = ""
    level: int | None = None
    """The list level (0: the outermost), None when the paragraph is not in a numbered list."""
    label: str = ""
    """The number Word prints before it, with changes accepted ("4.", "(c)"): set in ``standing``."""
    number_format: str = ""
    """Its list level's format ("decimal", "lowerLetter", "lowerRoman", "bullet"…)."""
    list_id: str = ""
    """Which list it is numbered in (its abstract definition)."""
    indent: int = 0
    """Its left indent (its own, else its list level's): how far right Word prints it."""
    heading: bool = False
    """Its style is one of Word's headings ("Heading 1", "Title") or an outline level."""
    mark: str = ""
    """``ins`` or ``del`` when the paragraph mark is a tracked change."""


@dataclass(slots=True)
class WordBody:
    paragraphs: list[WordParagraph]
    """Every paragraph of the file, each read with its changes rejected and accepted."""
    standing: list[WordParagraph]
    """The paragraphs as they stand with every change accepted (a paragraph whose mark is deleted
    runs on into the next, as in Word), each with the number Word prints."""
    notes: dict[str, str]
    """Footnote texts by their mark: Word's number (in reading order) or the note's own mark."""
    category: str = ""
    """The document's category (its properties): DraftDesk's exports give the draft's layout there."""
    set_aside: dict[str, int] = field(default_factory=dict)
    """How many tracked changes of each author read as rejected (see :func:`read_docx`)."""
    taken: dict[str, int] = field(default_factory=dict)
    """How many tracked changes of each other author read as accepted."""


def run_on(first: str, second: str) -> str:
    """Two paragraphs' words once the mark between them is deleted: a paragraph's end was a word's
    end, so a space is kept between them when neither side has one."""
    glued = not first[-1:].isspace() and not second[:1].isspace() and first and second
    return f"{first} {second}" if glued else first + second


class _Text:
    """Pieces of text with their italics; italic stretches written ``*words*`` (spaces outside)."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, bool]] = []

    def add(self, text: str, italic: bool) -> None:
        if self.pieces and self.pieces[-1][1] == italic:
            self.pieces[-1] = (self.pieces[-1][0] + text, italic)
        else:
            self.pieces.append((text, italic))

    def text(self) -> str:
        out = []
        for words, italic in self.pieces:
            core = words.strip()
            if italic and core:
                start = words.index(core)
                out.append(f"{words[:start]}*{core}*{words[start + len(core) :]}")
            else:
                out.append(words)
        return "".join(out)


class _Marks:
    """Each cited footnote's mark, by its id: Word's number in reading order, or the note's own mark
    (printed after a reference marked ``customMarkFollows``)."""

    def __init__(self) -> None:
        self.by_id: dict[int, str] = {}
        self.numbered = 0

    def mark(self, note_id: int, own: str | None) -> str:
        if note_id not in self.by_id:
            if own is None:
                self.numbered += 1
            self.by_id[note_id] = str(self.numbered) if own is None else own
        return self.by_id[note_id]


def _piece(child: object, marks: _Marks) -> str | None:
    """What one child of a run reads as (None: nothing)."""
    tag = child.tag  # type: ignore[attr-defined]
    if tag in (f"{W}t", f"{W}delText"):
        return child.text or ""  # type: ignore[attr-defined]
    if tag == f"{W}tab":
        return " "
    if tag in (f"{W}br", f"{W}cr"):
        return "\n"
    if tag == f"{W}noBreakHyphen":
        return "\u2011"  # as typed: "non‑traditional" stays one word, as in the source
    if tag == f"{W}footnoteReference":
        return f"[^{marks.mark(int(child.get(f'{W}id')), None)}]"  # type: ignore[attr-defined]
    return None


def _runs(
    p: object, marks: _Marks, italic_styles: frozenset[str] = frozenset(), rejected: _Rejected | None = None
) -> tuple[str, str]:
    """The paragraph's text with its tracked changes rejected, and accepted (those by an author of
    ``rejected`` read as rejected either way)."""
    before, after = _Text(), _Text()
    for run in p.iter(f"{W}r"):  # type: ignore[attr-defined]
        state, change = "", None
        for ancestor in run.iterancestors():
            tag = ancestor.tag
            if tag in (f"{W}ins", f"{W}moveTo"):
                state, change = "ins", ancestor
            elif tag in (f"{W}del", f"{W}moveFrom"):
                state, change = "del", ancestor
            if tag == f"{W}p":
                break
        if change is not None and rejected is not None and rejected.sets_aside(change):
            if state == "ins":
                continue
            state = ""
        props = run.find(f"{W}rPr")
        italic = switched_on(props, "i") or (props is not None and val(props, f"{W}rStyle") in italic_styles)
        custom = run.find(f"{W}footnoteReference[@{W}customMarkFollows]")
        if custom is not None and custom.get(f"{W}customMarkFollows") in ("1", "true", "on"):
            own = "".join(t.text or "" for t in run if t.tag in (f"{W}t", f"{W}delText")).strip()
            pieces = [f"[^{marks.mark(int(custom.get(f'{W}id')), own)}]"]
        else:
            pieces = [piece for child in run if (piece := _piece(child, marks)) is not None]
        for text in pieces:
            if state != "ins":
                before.add(text, italic)
            if state != "del":
                after.add(text, italic)
    return before.text(), after.text()


def _xml(package: zipfile.ZipFile, name: str) -> object:
    from lxml import etree

    try:
        return etree.fromstring(package.read(name))
    except KeyError:
        return None


class _Rejected:
    """Authors whose tracked changes are read as rejected, and how many changes of each author were
    rejected and accepted."""

    def __init__(self, authors: frozenset[str]) -> None:
        self.authors = authors
        self.changes: dict[bool, dict[str, set[str]]] = {True: {}, False: {}}

    def sets_aside(self, change: object) -> bool:
        """Whether the change (a ``w:ins``, ``w:del``, ``w:moveTo`` or ``w:moveFrom``) is rejected."""
        author = change.get(f"{W}author", "")  # type: ignore[attr-defined]
        rejected = author.casefold() in self.authors
        self.changes[rejected].setdefault(author, set()).add(change.get(f"{W}id", ""))  # type: ignore[attr-defined]
        return rejected

    def counted(self, rejected: bool) -> dict[str, int]:
        return {author: len(changes) for author, changes in self.changes[rejected].items()}


def read_docx(data: bytes, rejected: frozenset[str] = frozenset()) -> WordBody:
    """The body's paragraphs (a table's row as one, its cells joined by " | ") and the footnotes
    they cite. Headers and footers are other parts: the furniture is never read. The tracked
    changes of an author in ``rejected`` (casefolded names) read as rejected: another delegation's
    proposals in a file a delegation sends back are not its own."""
    refused = _Rejected(rejected)
    try:
        package = zipfile.ZipFile(BytesIO(data))
        document = _xml(package, "word/document.xml")
    except (zipfile.BadZipFile, ValueError) as err:
        raise ImportFailed(f"not a Word document (.docx): {err}") from None
    if document is None:
        raise ImportFailed("not a Word document (.docx): no word/document.xml")
    styles = WordStyles(_xml(package, "word/styles.xml"))
    numbering = Numbering(_xml(package, "word/numbering.xml"), styles.root)
    marks = _Marks()
    paragraphs: list[WordParagraph] = []
    standing: list[WordParagraph] = []
    carry = ""
    for element in _blocks(document.find(f"{W}body")):  # type: ignore[attr-defined]
        if element.tag == f"{W}tbl":  # type: ignore[attr-defined]
            rows = [_row(row, marks, styles.italic, refused) for row in element if row.tag == f"{W}tr"]
            paragraphs += rows
            standing += rows
            continue
        style_id = val(element, f"{W}pPr/{W}pStyle") or ""
        before, after = _runs(element, marks, styles.italic, refused)
        mark_props = element.find(f"{W}pPr/{W}rPr")  # type: ignore[attr-defined]
        mark = ""
        for change in () if mark_props is None else mark_props.findall(f"{W}*"):
            kind = _MARK_CHANGES.get(change.tag, "")
            if kind and not refused.sets_aside(change):
                mark = "del" if "del" in (mark, kind) else kind
        para = WordParagraph(before, after, styles.names.get(style_id, style_id), mark=mark)
        para.heading = styles.is_heading(element, style_id)
        place = numbering.locate(element, style_id)
        para.level = None if place is None else place[1]
        paragraphs.append(para)
        if mark == "del":  # with the changes accepted, its text runs on into the next paragraph
            carry += after
            continue
        shown = replace(para, after=run_on(carry, after)) if carry else para
        carry = ""
        if place is not None:
            counted = numbering.count(*place)
            shown.label, shown.number_format, shown.list_id = counted.label, counted.format, counted.list_id
            shown.indent = indent(element) or counted.indent
        standing.append(shown)
    if carry:
        standing.append(WordParagraph(after=carry))
    core = _xml(package, "docProps/core.xml")
    category = None if core is None else core.find(f"{_CORE}category")  # type: ignore[attr-defined]
    notes = _footnotes(_xml(package, "word/footnotes.xml"), marks)
    category_text = (category.text or "") if category is not None else ""
    return WordBody(paragraphs, standing, notes, category_text, refused.counted(True), refused.counted(False))


_CORE = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_MARK_CHANGES = {f"{W}ins": "ins", f"{W}moveTo": "ins", f"{W}del": "del", f"{W}moveFrom": "del"}
"""A paragraph mark's revision: a move's ends are an insertion and a deletion of the mark too."""
_CONTAINERS = {f"{W}{tag}" for tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo", "del", "moveFrom")}


def _row(row: object, marks: _Marks, italic: frozenset[str], rejected: _Rejected) -> WordParagraph:
    """A table's row as one paragraph: its cells' texts joined by " | " (a cell's paragraphs, and a
    table nested in it, by spaces)."""
    cells = [[_runs(p, marks, italic, rejected) for p in tc.iter(f"{W}p")] for tc in row.findall(f"{W}tc")]  # type: ignore[attr-defined]
    before, after = (" | ".join(" ".join(t[side] for t in cell) for cell in cells) for side in (0, 1))
    return WordParagraph(before, after, TABLE_ROW)


def _blocks(parent: object) -> Iterator[object]:
    """The body's paragraphs and tables in reading order (content controls opened, a table in a
    cell read with its row; a section's properties and text boxes are not text)."""
    for child in parent if parent is not None else ():  # type: ignore[attr-defined]
        if child.tag in (f"{W}p", f"{W}tbl"):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _blocks(child)


def _footnotes(notes: object, marks: _Marks) -> dict[str, str]:
    """The text of each cited footnote, by its mark (an own mark printed in the note is dropped)."""
    if notes is None:
        return {}
    out = {}
    for note in notes.iter(f"{W}footnote"):  # type: ignore[attr-defined]
        mark = marks.by_id.get(int(note.get(f"{W}id")))
        if mark is not None:
            text = " ".join(t for t in (_runs(p, _Marks())[1].strip() for p in note.iter(f"{W}p")) if t)
            own = note.find(f".//{W}footnoteRef") is None and text.startswith(mark)
            out[mark] = text.removeprefix(mark).strip() if own else text
    return out
