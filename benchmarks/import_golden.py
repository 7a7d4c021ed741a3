"""Write golden expectations for the UN corpus: `python benchmarks/import_golden.py DOC...`.

For each document named (a file stem in tests/data/corpus or tests/data/corpus/un) it writes
tests/data/golden/<stem>.json: the paragraphs of each part by kind, the joins across page breaks
(the last words of a page and the first of the next, in the paragraph that holds both) and the
footnotes (the paragraph citing each, the words before the reference, the note's first words).
Write one only after reading the source and checking what the import makes of it: the file
records what is right, and tests/engine/test_import_golden.py holds the importer to it.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from draftdesk.engine.importing import decode_document, import_text
from draftdesk.engine.importing.notes import cut_notes
from draftdesk.engine.importing.pages import learn_furniture, split_pages, strip_furniture
from draftdesk.engine.model import Draft, plain_text
from draftdesk.engine.numbering import labels

ROOT = Path(__file__).resolve().parent.parent / "tests" / "data"
GOLDEN = ROOT / "golden"
_JOINS = 3


def source(stem: str) -> Path:
    return next(
        p for p in (ROOT / "corpus" / f"{stem}.txt", ROOT / "corpus" / "un" / f"{stem}.txt") if p.exists()
    )


def _address(draft: Draft) -> dict[str, str]:
    """Paragraph id -> its label, or "#n" (position) for an unnumbered one."""
    named = labels(draft.paragraphs)
    return {p.id: named.get(p.id, f"#{i}") for i, p in enumerate(draft.paragraphs)}


def _joins(text: str, draft: Draft) -> list[dict[str, str]]:
    """Paragraphs that run across a page break: (paragraph, last words of one page + first of the next)."""
    symbol = draft.metadata.get("symbol", "")
    pages = split_pages(text.split("\n"))
    lines, _ = cut_notes(strip_furniture(pages, learn_furniture(pages, " ".join(draft.title), symbol)))
    where = _address(draft)
    out = []
    for before, after in pairwise(lines):
        if before.page == after.page or not before.text or not after.text or not after.text[:1].islower():
            continue
        seam = f"{' '.join(before.text.split()[-3:])} {' '.join(after.text.split()[:3])}"
        seam = re.sub(r"\s+", " ", seam)
        holder = next((p for p in draft.paragraphs if seam in plain_text(p.text)), None)
        if holder is not None:
            out.append({"paragraph": where[holder.id], "text": seam})
    return out[:_JOINS]


def expectations(path: Path) -> dict[str, object]:
    text = decode_document(path.read_bytes())
    draft = import_text(text, slug="x").draft
    where = _address(draft)
    parts: dict[str, Counter[str]] = {}
    for p in draft.paragraphs:
        parts.setdefault(p.part, Counter())[p.kind] += 1
    notes = []
    for p in draft.paragraphs:
        for note in p.footnotes:
            at = p.text.index(f"[^{note.mark}]")
            words = plain_text(p.text[:at]).split()[-2:]
            notes.append(
                {
                    "paragraph": where[p.id],
                    "mark": note.mark,
                    "after": " ".join(words),
                    "note": note.text[:40],
                }
            )
    return {
        "authoring": draft.authoring,
        "title": " ".join(draft.title),
        "parts": {part: dict(sorted(counts.items())) for part, counts in parts.items()},
        "joins": _joins(text, draft),
        "footnotes": notes,
    }


def main() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for stem in sys.argv[1:]:
        out = GOLDEN / f"{stem}.json"
        out.write_text(
            json.dumps(expectations(source(stem)), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(out)


if __name__ == "__main__":
    main()
