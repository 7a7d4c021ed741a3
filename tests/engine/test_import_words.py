"""Nothing is lost: every word of the body is in the imported draft (page furniture aside)."""

import re
from collections import Counter
from pathlib import Path

import pytest

from draftdesk.engine.importing import decode_document, import_text
from draftdesk.engine.model import Draft
from draftdesk.engine.numbering import number_paragraphs

SHARED = Path(__file__).resolve().parents[1] / "data"
SOURCES = sorted([*SHARED.glob("seeds/*.txt"), *SHARED.glob("corpus/*.txt")])
WORD = re.compile(r"[^\W\d_]+|\d+")  # "Governments4": a word and a reference
# Page furniture of an official PDF, repeated on every page: running heads, job number, page x/y.
FURNITURE = re.compile(r"^(A/RES/\d+/\d+|\d{2}-\d{5}( \(E\))?|\d+/\d+|\*\d+\*|_+)$")


def _words(texts: list[str]) -> Counter[str]:
    return Counter(word for text in texts for word in WORD.findall(text))


def _draft_words(draft: Draft) -> Counter[str]:
    doc_type = "" if draft.layout == "un-resolution" else draft.doc_type  # "resolution" is not printed
    texts = [*draft.title, doc_type, draft.place_date, draft.authoring, *draft.metadata.values()]
    texts += [re.sub(r"\[\^(\w+)\]", r" \1 ", p.text) for p in draft.paragraphs]
    texts += [f"{note.mark} {note.text}" for p in draft.paragraphs for note in p.footnotes]
    numbers = number_paragraphs(draft.paragraphs)
    texts += [numbers[p.id].marker for p in draft.paragraphs if p.kind in ("operative", "sub-item")]
    return _words(texts)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_every_word_of_the_body_is_kept(path: Path) -> None:
    text = decode_document(path.read_bytes())
    draft = import_text(text, slug="x").draft
    lines = [line.strip() for line in text.split("\n")]
    start = lines.index(draft.authoring) + 1 if draft.authoring else 0
    body = [
        line for line in lines[start:] if not FURNITURE.match(line) and not (start and line in draft.title)
    ]
    source = _words(lines[:start] + body)
    if draft.layout == "un-resolution":
        source -= _words(["United Nations", "General Assembly"])  # the cover's letterhead
    assert source == _draft_words(draft)
