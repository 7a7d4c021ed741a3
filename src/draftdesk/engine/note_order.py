"""Footnotes numbered as the document prints them: in the order the text cites them.

A note an amendment brings gets the next free number when it is tabled (the number
must not clash with the notes there already), but it may be cited before notes
with lower numbers: a document numbers its notes in the order they are cited. The
views (and so every export) show them so, the tracked view counting the notes pending changes
bring or take away where they stand, as Word does; the stored text keeps its marks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from draftdesk.engine.model import FOOTNOTE_REF_RE, Footnote, Paragraph


def citation_order(paragraphs: Sequence[Paragraph]) -> dict[str, str]:
    """Old mark -> number in order of first citation, when the marks are not already so ({} if they
    are): a paragraph deleted with its note leaves no gap, a note cited early comes first."""
    noted = [p for p in paragraphs if p.footnotes]
    return numbered_in_order((mark for p in noted for mark in FOOTNOTE_REF_RE.findall(p.text)), noted)


def numbered_in_order(cited: Iterable[str], paragraphs: Sequence[Paragraph] = ()) -> dict[str, str]:
    """Old mark -> number for numbered marks ``cited`` in this order (repeats count once), from the
    lowest of them; the notes of ``paragraphs`` nobody cites come after, so no two notes share a
    number. {} when every mark is already its number."""
    marks = [mark for mark in dict.fromkeys(cited) if mark.isdigit()]
    known = set(marks)
    marks += dict.fromkeys(
        n.mark for p in paragraphs for n in p.footnotes if n.mark.isdigit() and n.mark not in known
    )
    if not marks:
        return {}
    first = min(map(int, marks))
    order = {mark: str(first + n) for n, mark in enumerate(marks)}
    return {} if all(old == new for old, new in order.items()) else order


def cited_as(text: str, order: dict[str, str]) -> str:
    """A text whose references carry the numbers of ``order``."""
    return FOOTNOTE_REF_RE.sub(lambda m: f"[^{order.get(m[1], m[1])}]", text)


def notes_as(notes: tuple[Footnote, ...], order: dict[str, str]) -> tuple[Footnote, ...]:
    """A paragraph's notes with the numbers of ``order``, in that order."""
    renamed = (Footnote(order.get(n.mark, n.mark), n.text) for n in notes)
    return tuple(sorted(renamed, key=lambda n: int(n.mark) if n.mark.isdigit() else 0))
