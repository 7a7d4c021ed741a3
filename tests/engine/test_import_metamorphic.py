"""Held-out documents made from the corpus: the same document laid out otherwise imports the same.

Each variant (tests/engine/import_variants.py) changes what a real document may differ in and the
structure must not: pages marked by form feeds, or not marked at all (found from the furniture
alone); lines wrapped at another width (a paragraph number or list item still starts its line, as
in a PDF; line-end hyphens, references at a line's start); the symbol's kind, the page markers,
job number and barcode; the authoring body; no blank line at all (paragraphs, titles and
headings told apart by where lines stop short, what opens them and how lists and numbers run).
Same paragraphs, numbers, parts, texts and notes. `python benchmarks/import_variants.py` runs
every variant at every width.
"""

from pathlib import Path

import pytest

from draftdesk.engine.importing import decode_document, import_text

from .import_variants import (
    ECOSOC,
    Variant,
    authored_by,
    form_feeds,
    no_blank_lines,
    other_furniture,
    rewrapped,
    same_structure,
    shape,
    symbol_of_another_kind,
)

UN = sorted((Path(__file__).resolve().parents[1] / "data" / "corpus" / "un").glob("*.txt"))
SYMBOLS = ("E/2025/L.31", "S/RES/2791 (2025)", "CCPR/C/134/L.2", "A/HRC/59/L.12/Rev.1", "E/CN.6/2025/L.3")
BODIES = ("The Human Rights Council", "The Security Council", "The Conference of the Parties")


def _furnished_otherwise(index: int) -> Variant:
    """Another kind of symbol, "Page n" markers, starred job numbers, no barcode, another body:
    each document gets one of each kind in turn."""
    symbol, body = SYMBOLS[index % len(SYMBOLS)], BODIES[index % len(BODIES)]
    return Variant(
        f"{symbol}, {body}",
        lambda t: authored_by(body)(other_furniture(symbol_of_another_kind(symbol)(t))),
        body,
    )


@pytest.mark.parametrize(("index", "path"), list(enumerate(UN)), ids=[p.stem for p in UN])
def test_a_document_laid_out_otherwise_imports_the_same(index: int, path: Path) -> None:
    text = decode_document(path.read_bytes())
    expected = shape(text)
    assert same_structure(text, Variant("form feeds", form_feeds), expected)
    narrower = Variant("narrower", lambda t: authored_by(ECOSOC)(rewrapped(t, 0.9)), ECOSOC)
    assert same_structure(text, narrower, expected)
    assert same_structure(text, _furnished_otherwise(index), expected)
    assert same_structure(text, Variant("no blank lines", no_blank_lines), expected)


def test_a_blank_line_inside_a_preambular_sentence_does_not_cut_it() -> None:
    """A/RES/79/145 prints "…adopted by the Food and Agriculture" / "" / "Organization of the United
    Nations,": one preambular paragraph, as the same text without blank lines reads."""
    draft = import_text(
        decode_document(next(p for p in UN if p.stem == "A_RES_79_145").read_bytes()), slug="x"
    )
    texts = [p.text for p in draft.draft.paragraphs]
    whole = next(t for t in texts if t.startswith("Recalling the International Plan of Action to Prevent"))
    assert whole.endswith("Food and Agriculture Organization of the United Nations,")
    assert "Organization of the United Nations," not in texts
