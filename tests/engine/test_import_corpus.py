"""Every real UN document of tests/data/corpus imports, with no page furniture left in its text."""

import re
from pathlib import Path

import pytest

from draftdesk.engine.importing import decode_document, import_text

DATA = Path(__file__).resolve().parents[1] / "data" / "corpus"
DOCUMENTS = sorted([*DATA.glob("*.txt"), *DATA.glob("un/*.txt")])
JOB = re.compile(r"\b\d{2}-\d{5}\b")
BARCODE = re.compile(r"\*\d{7,}\*")


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_no_furniture_in_any_paragraph_or_note(path: Path) -> None:
    text = decode_document(path.read_bytes())
    draft = import_text(text, slug="x").draft
    symbol = text.split("\n")[1].strip()
    assert draft.metadata["symbol"] == symbol
    own_symbol = re.compile(rf"{re.escape(symbol)}(?![\w/.])")
    texts = [p.text for p in draft.paragraphs] + [n.text for p in draft.paragraphs for n in p.footnotes]
    assert draft.paragraphs
    for found in texts:
        assert not JOB.search(found) and not BARCODE.search(found) and not own_symbol.search(found), found
