"""Each document with a golden file in tests/data/golden imports as the file says: paragraphs of
each part by kind, the text that runs across page breaks, and each footnote on the right words."""

import json
from collections import Counter
from pathlib import Path

import pytest

from draftdesk.engine.importing import decode_document, import_text
from draftdesk.engine.model import Draft, plain_text
from draftdesk.engine.numbering import labels

DATA = Path(__file__).resolve().parents[1] / "data"
GOLDEN = sorted((DATA / "golden").glob("*.json"))


def _source(stem: str) -> Path:
    return next(
        p for p in (DATA / "corpus" / f"{stem}.txt", DATA / "corpus" / "un" / f"{stem}.txt") if p.exists()
    )


def _by_address(draft: Draft) -> dict[str, str]:
    """ "OP4", "ANNEX PP2" or "#7" (the 8th paragraph, unnumbered) -> its paragraph id."""
    named = labels(draft.paragraphs)
    return {named.get(p.id, f"#{i}"): p.id for i, p in enumerate(draft.paragraphs)}


def test_every_document_has_a_golden_file_or_a_known_reason() -> None:
    documents = {p.stem for p in (DATA / "corpus").glob("*.txt")} | {
        p.stem for p in (DATA / "corpus" / "un").glob("*.txt")
    }
    assert len(GOLDEN) >= 100 and {p.stem for p in GOLDEN} <= documents


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.stem)
def test_document_imports_as_its_golden_file_says(golden: Path) -> None:
    expected = json.loads(golden.read_text(encoding="utf-8"))
    draft = import_text(decode_document(_source(golden.stem).read_bytes()), slug="x").draft
    assert draft.authoring == expected["authoring"] and " ".join(draft.title) == expected["title"]
    parts: dict[str, Counter[str]] = {}
    for p in draft.paragraphs:
        parts.setdefault(p.part, Counter())[p.kind] += 1
    assert {part: dict(counts) for part, counts in parts.items()} == expected["parts"]
    where = _by_address(draft)
    for join in expected["joins"]:
        assert join["text"] in plain_text(draft.paragraph(where[join["paragraph"]]).text)
    for note in expected["footnotes"]:
        paragraph = draft.paragraph(where[note["paragraph"]])
        cited = {n.mark: n.text for n in paragraph.footnotes}
        assert cited[note["mark"]].startswith(note["note"])
        before = plain_text(paragraph.text[: paragraph.text.index(f"[^{note['mark']}]")])
        assert " ".join(before.split()[-2:]) == note["after"]
