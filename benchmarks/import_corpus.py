"""How well the importer reads the UN corpus: `python benchmarks/import_corpus.py [--all] [--json]`.

Each document is checked against facts taken from its source by simple, separate means (not the
importer's own code), so a wrong import cannot grade itself:

- numbering: the paragraph numbers printed in the source ("12." or "12" alone on a line, after
  the authoring line) form runs 1…N, one per part; the import must have N operative paragraphs
  in each part, in order;
- furniture: no paragraph or note holds the document's symbol, its job number, a page marker
  "n/M" of its page count or a barcode;
- words: every word of the source, less the top of each page (from the page break to the page
  marker), is in the draft (metadata, paragraphs, notes, printed numbers) and the draft has no
  word the source lacks.

A document is exact when all three hold. Prints one line per document that is not (all with
``--all``) and the total.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from draftdesk.engine.importing import ImportFailed, decode_document, import_text
from draftdesk.engine.model import Draft
from draftdesk.engine.numbering import number_paragraphs

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
WORD = re.compile(r"[^\W\d_]+|(?:19|20)\d\d(?=\d)|\d+")  # "20044": a year, then note 4
NUMBER = re.compile(r"^(\d{1,3})(\.(?:\s|$)|$)")
AUTHORING = re.compile(r"^The [A-Z][\w ]+(?:,|$)")
JOB = re.compile(r"\b\d{2}-\d{5}\b")
BARCODE = re.compile(r"\*\d{7,}\*")
PAGE_MARK = re.compile(r"^\d+/(\d+)$")
PRINTED_PART = re.compile(r"^(?:annex|appendix|attachment|enclosure|article|[a-z]\b|[ivxl]+\b)")
AMOUNT = re.compile(r"^\(?\d{1,3}(?: \d{3})+\)?$")


def corpus() -> list[Path]:
    return sorted([*DATA.glob("*.txt"), *DATA.glob("un/*.txt")])


def _page_tops(lines: list[str]) -> set[int]:
    """Indices of the lines from each page break (an empty line) down to the page marker."""
    out: set[int] = set()
    for start, line in enumerate(lines):
        if line != "" or start == 0:
            continue
        for end in range(start + 1, min(start + 10, len(lines))):
            if PAGE_MARK.match(lines[end].strip()):
                following = lines[end + 1].strip() if end + 1 < len(lines) else ""
                out.update(range(start, end + 1 + bool(JOB.fullmatch(following))))
                break
    return out


def expected_numbering(lines: list[str]) -> list[int]:
    """Runs of printed paragraph numbers after the authoring line: [N of each run]."""
    start = next((i for i, line in enumerate(lines) if AUTHORING.match(line.strip())), 0)
    runs: list[int] = []
    tops = _page_tops(lines)
    for i in range(start, len(lines)):
        match = NUMBER.match(lines[i].strip())
        if not match or i in tops or _row_number(lines, i):
            continue
        n = int(match.group(1))
        if n == 1:
            runs.append(1)
        elif runs and n == runs[-1] + 1:
            runs[-1] = n
    return [n for n in runs if n > 1]


def _row_number(lines: list[str], i: int) -> bool:
    """A number alone on its line with an amount ("92 738 500") within the next two lines numbers
    a table's row (a budget section), not a paragraph."""
    following = [line.strip() for line in lines[i + 1 : i + 6] if line.strip()][:2]
    return lines[i].strip().isdigit() and any(AMOUNT.match(line) for line in following)


def imported_numbering(draft: Draft) -> list[int]:
    """Operative paragraphs per part; a part of one (an unnumbered decision) is left out."""
    counts = Counter(p.part for p in draft.paragraphs if p.kind == "operative")
    return [n for n in counts.values() if n > 1]


def _draft_texts(draft: Draft) -> list[str]:
    texts = [*draft.title, draft.place_date, draft.authoring, *draft.metadata.values()]
    # "annex ii": printed "Annex II"; "annex (2)", the second part named "Annex", is printed "Annex";
    # a document adopted in the body ("outcome document") is named by its adopting paragraph's words
    parts = dict.fromkeys(p.part for p in draft.paragraphs if p.part and PRINTED_PART.match(p.part))
    texts += [
        " ".join(w.upper() if re.fullmatch("[ivxl]+", w) else w.capitalize() for w in p.split())
        for p in (re.sub(r" \(\d+\)$", "", part) for part in parts)
    ]
    texts += [re.sub(r"\[\^(\w+)\]", r" \1 ", p.text) for p in draft.paragraphs]
    texts += [f"{note.mark} {note.text}" for p in draft.paragraphs for note in p.footnotes]
    numbers = number_paragraphs(draft.paragraphs)
    alone = {
        part
        for part, count in Counter(p.part for p in draft.paragraphs if p.kind == "operative").items()
        if count == 1
    }
    texts += [
        numbers[p.id].marker
        for p in draft.paragraphs
        if p.kind == "sub-item" or (p.kind == "operative" and p.part not in alone)  # an unnumbered decision
    ]
    return texts


def glued_references(lost: Counter[str], extra: Counter[str]) -> tuple[Counter[str], Counter[str]]:
    """A number of the source that the draft holds as a number and a reference ("217" printed
    for Agenda 21 and note 7; "59/3009" for resolution 59/300 and note 9) is not lost."""
    lost, extra = Counter(lost), Counter(extra)
    for word in [w for w in lost.elements() if w.isdigit()]:
        split = next(
            ((word[:i], word[i:]) for i in range(1, len(word)) if extra[word[:i]] and extra[word[i:]]), None
        )
        if split and (split[0] != split[1] or extra[split[0]] > 1):
            lost[word] -= 1
            extra.subtract(split)
    return +lost, +extra


def furniture_found(draft: Draft, lines: list[str]) -> list[str]:
    symbol = lines[1].strip()
    counts = Counter(m.group(1) for line in lines if (m := PAGE_MARK.match(line.strip())))
    pages = counts.most_common(1)[0][0] if counts else ""
    numbers = "|".join(str(n) for n in range(1, int(pages) + 1)) if pages else ""
    marker = re.compile(rf"(?<![\d/])(?:{numbers})/{pages}(?![\d/])") if pages else None
    found = []
    for p in draft.paragraphs:
        for text in (p.text, *(note.text for note in p.footnotes)):
            for pattern in (JOB, BARCODE, marker):
                if pattern and (m := pattern.search(text)):
                    found.append(m.group(0))
            if symbol and re.search(rf"{re.escape(symbol)}(?![\w/.])", text):
                found.append(symbol)
    return found


def measure(path: Path) -> dict[str, object]:
    text = decode_document(path.read_bytes())
    lines = path.read_text(encoding="utf-8").split("\n")
    try:
        result = import_text(text, slug="x")
    except ImportFailed as err:
        return {"doc": path.name, "exact": False, "error": str(err)}
    draft = result.draft
    tops = _page_tops(lines)
    source = Counter(w for i, line in enumerate(lines) if i not in tops for w in WORD.findall(line))
    got = Counter(w for t in _draft_texts(draft) for w in WORD.findall(t))
    lost, extra = glued_references(source - got, got - source)
    expected, imported = expected_numbering(lines), imported_numbering(draft)
    report = {
        "doc": path.name,
        "numbering": imported == expected or f"{imported} != source {expected}",
        "furniture": furniture_found(draft, lines),
        "lost": sorted(lost.elements())[:12],
        "extra": sorted(extra.elements())[:12],
        "warnings": len(result.warnings),
    }
    report["exact"] = (
        report["numbering"] is True and not report["furniture"] and not report["lost"] and not report["extra"]
    )
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="a line for every document, exact or not")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    args = parser.parse_args()
    started = time.perf_counter()
    reports = [measure(path) for path in corpus()]
    elapsed = time.perf_counter() - started
    for report in reports:
        if args.all or not report["exact"]:
            print(json.dumps(report, ensure_ascii=False) if args.json else _line(report))
    exact = sum(bool(r["exact"]) for r in reports)
    print(f"exact: {exact}/{len(reports)} ({100 * exact / len(reports):.0f}%) in {elapsed:.1f} s")


def _line(report: dict[str, object]) -> str:
    if "error" in report:
        return f"FAIL  {report['doc']}: {report['error']}"
    parts = [
        k if report[k] is True else f"{k}={report[k]}" for k in ("numbering", "furniture", "lost", "extra")
    ]
    flag = "ok   " if report["exact"] else "FAIL "
    return (
        flag
        + f"{report['doc']}: "
        + "  ".join(p for p in parts if p not in ("furniture=[]", "lost=[]", "extra=[]"))
    )


if __name__ == "__main__":
    main()
