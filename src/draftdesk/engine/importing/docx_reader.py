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
from dataclasses import dataclass
from io import BytesIO

from draftdesk.engine.importing.decode import ImportFailed
from draftdesk.engine.numbering import letters, roman

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED = {f"{W}{tag}" for tag in ("pPr", "rPr", "instrText", "delInstrText", "fldChar", "commentReference")}
_FORMATS = {
    "decimal": str,
    "lowerLetter": letters,
    "upperLetter": lambda n: letters(n).upper(),
    "lowerRoman": roman,
    "upperRoman": lambda n: roman(n).upper(),
}


@dataclass(slots=True)
class WordParagraph:
    """One ``w:p``: its text as it stands with changes rejected (``before``) and accepted (``after``)."""

    before: str = ""
    after: str = ""
    style: str = ""
    level: int | None = None
    """The list level (0: the outermost), None when the paragraph is not in a numbered list."""
    label: str = ""
    """The number Word prints before it, with changes accepted ("4.", "(c)")."""
    mark: str = ""
    """``ins`` or ``del`` when the paragraph mark is a tracked change."""


@dataclass(slots=True)
class WordBody:
    paragraphs: list[WordParagraph]
    notes: dict[str, str]
    """Footnote texts by their mark: Word's number (in reading order) or the note's own mark."""
    category: str = ""
    """The document's category (its properties): DraftDesk's exports give the draft's layout there."""


def _val(element: object, path: str) -> str | None:
    found = element.find(path)  # type: ignore[attr-defined]
    return None if found is None else found.get(f"{W}val")


def _on(props: object, tag: str) -> bool:
    if props is None:
        return False
    found = props.find(f"{W}{tag}")  # type: ignore[attr-defined]
    return found is not None and found.get(f"{W}val", "true") not in ("0", "false", "off")


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
    if tag in (f"{W}tab", f"{W}br", f"{W}cr"):
        return " "
    if tag == f"{W}noBreakHyphen":
        return "-"
    if tag == f"{W}footnoteReference":
        return f"[^{marks.mark(int(child.get(f'{W}id')), None)}]"  # type: ignore[attr-defined]
    return None


def _runs(p: object, marks: _Marks) -> tuple[str, str]:
    """The paragraph's text with its tracked changes rejected, and accepted."""
    before, after = _Text(), _Text()
    for run in p.iter(f"{W}r"):  # type: ignore[attr-defined]
        state = ""
        for ancestor in run.iterancestors():
            tag = ancestor.tag
            if tag in (f"{W}ins", f"{W}moveTo"):
                state = "ins"
            elif tag in (f"{W}del", f"{W}moveFrom"):
                state = "del"
            if tag == f"{W}p":
                break
        italic = _on(run.find(f"{W}rPr"), "i")
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


class _Numbering:
    """List levels and printed numbers, from numbering.xml and the styles that carry a list."""

    def __init__(self, numbering: object, styles: object) -> None:
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for a in numbering.iter(f"{W}abstractNum") if numbering is not None else ():  # type: ignore[attr-defined]
            levels = abstract[a.get(f"{W}abstractNumId")] = {}
            for lvl in a.iter(f"{W}lvl"):
                levels[int(lvl.get(f"{W}ilvl"))] = (
                    _val(lvl, f"{W}numFmt") or "decimal",
                    _val(lvl, f"{W}lvlText") or "",
                    int(_val(lvl, f"{W}start") or 1),
                )
        for num in numbering.iter(f"{W}num") if numbering is not None else ():  # type: ignore[attr-defined]
            for level, fmt in abstract.get(_val(num, f"{W}abstractNumId") or "", {}).items():
                self.formats[(num.get(f"{W}numId"), level)] = fmt
        self.style_lists: dict[str, tuple[str, int]] = {}
        for style in styles.iter(f"{W}style") if styles is not None else ():  # type: ignore[attr-defined]
            num_id = _val(style, f"{W}pPr/{W}numPr/{W}numId")
            if num_id:
                level = int(_val(style, f"{W}pPr/{W}numPr/{W}ilvl") or 0)
                self.style_lists[style.get(f"{W}styleId")] = (num_id, level)
        self.counters: dict[str, list[int]] = {}

    def place(self, p: object, style_id: str) -> tuple[str, int] | None:
        num_id = _val(p, f"{W}pPr/{W}numPr/{W}numId")
        level = _val(p, f"{W}pPr/{W}numPr/{W}ilvl")
        if num_id is None and style_id in self.style_lists:
            num_id, default = self.style_lists[style_id]
            level = level or str(default)
        if num_id is None or num_id == "0" or (num_id, int(level or 0)) not in self.formats:
            return None
        return num_id, int(level or 0)

    def label(self, num_id: str, level: int) -> str:
        """The next number at this level of this list (deeper levels start again)."""
        fmt, text, start = self.formats[(num_id, level)]
        counts = self.counters.setdefault(num_id, [])
        counts[level + 1 :] = []
        while len(counts) <= level:
            counts.append(self.formats.get((num_id, len(counts)), fmt)[2] - 1)
        counts[level] += 1
        if fmt == "bullet" or fmt == "none":
            return ""
        for n in range(level + 1):
            number_format = self.formats.get((num_id, n), (fmt, text, start))[0]
            text = text.replace(f"%{n + 1}", _FORMATS.get(number_format, str)(counts[n]))
        return text


def _xml(package: zipfile.ZipFile, name: str) -> object:
    from lxml import etree

    try:
        return etree.fromstring(package.read(name))
    except KeyError:
        return None


def read_docx(data: bytes) -> WordBody:
    """The body's paragraphs (tables read cell by cell) and the footnotes they cite."""
    try:
        package = zipfile.ZipFile(BytesIO(data))
        document = _xml(package, "word/document.xml")
    except (zipfile.BadZipFile, ValueError) as err:
        raise ImportFailed(f"not a Word document (.docx): {err}") from None
    if document is None:
        raise ImportFailed("not a Word document (.docx): no word/document.xml")
    numbering = _Numbering(_xml(package, "word/numbering.xml"), _xml(package, "word/styles.xml"))
    names = _style_names(_xml(package, "word/styles.xml"))
    marks = _Marks()
    paragraphs = []
    for p in _body_paragraphs(document):
        style_id = _val(p, f"{W}pPr/{W}pStyle") or ""
        before, after = _runs(p, marks)
        mark_props = p.find(f"{W}pPr/{W}rPr")  # type: ignore[attr-defined]
        mark = ""
        if mark_props is not None:
            mark = "ins" if mark_props.find(f"{W}ins") is not None else ""
            mark = "del" if mark_props.find(f"{W}del") is not None else mark
        para = WordParagraph(before, after, names.get(style_id, style_id), mark=mark)
        place = numbering.place(p, style_id)
        if place is not None:
            para.level = place[1]
            if mark != "del" or after.strip():
                para.label = numbering.label(*place)
        paragraphs.append(para)
    core = _xml(package, "docProps/core.xml")
    category = core.find("{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}category")
    notes = _footnotes(_xml(package, "word/footnotes.xml"), marks)
    return WordBody(paragraphs, notes, (category.text or "") if category is not None else "")


def _body_paragraphs(document: object) -> Iterator[object]:
    body = document.find(f"{W}body")  # type: ignore[attr-defined]
    for p in body.iter(f"{W}p") if body is not None else ():
        if not any(a.tag in (f"{W}footnote", f"{W}txbxContent") for a in p.iterancestors()):
            yield p


def _style_names(styles: object) -> dict[str, str]:
    if styles is None:
        return {}
    return {s.get(f"{W}styleId"): _val(s, f"{W}name") or "" for s in styles.iter(f"{W}style")}  # type: ignore[attr-defined]


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
