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
    assert source == _draft_words(draft)


UN = sorted(SHARED.glob("corpus/un/*.txt"))
PAGE_MARK = re.compile(r"^\d+/\d+$")
MARKER = re.compile(r"^(?:(?:\d{1,3}\.?|\([a-z]{1,4}\))(?:\s+|$))+")  # "12.", "(bb)", "12. (a)": structure
GLUED_TO_NUMBER = re.compile(r"(?<=\d)\[\^(\w+)\]")
YEAR_AND_NOTE = re.compile(r"[^\W\d_]+|(?:19|20)\d\d(?=\d)|\d+")  # "20044": the year 2004 and note 4


def _page_tops(lines: list[str]) -> set[int]:
    """The extractor marks a page break with an empty line; the page's furniture runs down to
    its page marker "n/M" (and the job number right after it)."""
    tops: set[int] = set()
    for start, line in enumerate(lines):
        if line or not start:
            continue
        end = next(
            (i for i in range(start + 1, min(start + 10, len(lines))) if PAGE_MARK.match(lines[i].strip())), 0
        )
        if end:
            job = end + 1 < len(lines) and re.fullmatch(r"\d{2}-\d{5}", lines[end + 1].strip())
            tops.update(range(start, end + 1 + bool(job)))
    return tops


def _text_words(texts: list[str]) -> Counter[str]:
    """Words regardless of case: a part is named "annex ii" where the page prints "Annex II"."""
    return Counter(word.casefold() for text in texts for word in YEAR_AND_NOTE.findall(text))


@pytest.mark.parametrize("path", UN, ids=lambda p: p.stem)
def test_no_word_of_a_un_document_is_lost(path: Path) -> None:
    """Every word of the source but its page tops and paragraph markers is in the draft's text,
    metadata, notes or part names."""
    text = decode_document(path.read_bytes())
    draft = import_text(text, slug="x").draft
    lines = text.split("\n")
    tops = _page_tops(lines)
    source = _text_words([MARKER.sub("", line.strip()) for i, line in enumerate(lines) if i not in tops])
    texts = [
        *draft.title,
        draft.authoring,
        *draft.metadata.values(),
        *{p.part.upper() for p in draft.paragraphs},
    ]
    texts += [re.sub(r"\[\^(\w+)\]", r" \1 ", p.text) for p in draft.paragraphs]
    # a reference glued to a number is printed as one ("Agenda 21[^7]" was "Agenda 217")
    texts += [GLUED_TO_NUMBER.sub(r"\1", p.text) for p in draft.paragraphs if GLUED_TO_NUMBER.search(p.text)]
    texts += [f"{note.mark} {note.text}" for p in draft.paragraphs for note in p.footnotes]
    assert not source - _text_words(texts)
