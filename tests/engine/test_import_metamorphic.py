"""Held-out documents made from the corpus: the same document laid out otherwise imports the same.

Each variant changes what a real document may differ in and the structure must not: pages
marked by form feeds, or not marked at all (found from the furniture alone); lines wrapped at
another width (a paragraph number or list item still starts its line, as in a PDF; line-end
hyphens, references at a line's start); the authoring body. Same paragraphs, numbers, parts,
texts and notes.
"""

import re
import textwrap
from pathlib import Path

import pytest

from draftdesk.engine.importing import decode_document, import_text
from draftdesk.engine.numbering import labels

UN = sorted((Path(__file__).resolve().parents[1] / "data" / "corpus" / "un").glob("*.txt"))
FURNITURE = re.compile(r"^(?:[A-Z][\w.\-]*(?:/[\w.\-]*\w)+\*?|\d{2}-\d{5}.*|\d+/\d+|\*\d+\*|_{5,})$")
STARTS_A_PARAGRAPH = re.compile(r"^(?:\d{1,3}\.|\([a-z]+\))\s")
ASSEMBLY, COUNCIL = "The General Assembly", "The Economic and Social Council"


def _shape(text: str) -> list[tuple[str, str, str, str, tuple[tuple[str, str], ...]]]:
    draft = import_text(text, slug="x").draft
    named = labels(draft.paragraphs)
    return [
        (named.get(p.id, ""), p.kind, p.part, p.text, tuple((n.mark, n.text) for n in p.footnotes))
        for p in draft.paragraphs
    ]


def _form_feeds(text: str) -> str:
    """The extractor's page break (a line with nothing on it) as a form feed."""
    return "\n".join("\f" if line == "" else line for line in text.split("\n"))


def _rewrapped(text: str) -> str:
    """Page marks dropped, prose re-wrapped a tenth narrower, another body authoring it."""
    lines = [line for line in text.split("\n") if line != ""]
    widths = sorted(len(line.strip()) for line in lines if line.strip())
    width = widths[len(widths) * 9 // 10] * 9 // 10
    start = next((i + 1 for i, line in enumerate(lines) if line.strip().startswith(ASSEMBLY)), len(lines))
    out, run = lines[:start], []

    def flush() -> None:
        prose = [line.strip() for line in run]
        wrapped = len(prose) > 1 and all(len(line) > 45 for line in prose[:-1])
        if wrapped and not any(FURNITURE.match(line) for line in prose):
            joined = prose[0]
            for line in prose[1:]:
                joined += line if joined.endswith("-") else f" {line}"
            prose = textwrap.wrap(joined, width, break_long_words=False)
        out.extend(prose)
        run.clear()

    for line in lines[start:]:
        if not line.strip() or STARTS_A_PARAGRAPH.match(line.strip()):
            flush()
        (run if line.strip() else out).append(line)
    flush()
    return "\n".join(out).replace(ASSEMBLY, COUNCIL)


@pytest.mark.parametrize("path", UN, ids=lambda p: p.stem)
def test_a_document_laid_out_otherwise_imports_the_same(path: Path) -> None:
    text = decode_document(path.read_bytes())
    expected = _shape(text)
    assert _shape(_form_feeds(text)) == expected
    renamed = [(*p[:3], p[3].replace(ASSEMBLY, COUNCIL), p[4]) for p in expected]
    assert _shape(_rewrapped(text)) == renamed
