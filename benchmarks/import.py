"""Import benchmark: `python benchmarks/import.py [--json]` (target: a 100-page document < 1 s).

The document is the corpus's longest resolution (A/RES/79/145, 50 pages) with its pages after
the first printed twice, page markers renumbered "n/99": a real layout, furniture, footnotes and
all, at a hundred pages. Prints the fastest of 5 imports (decode + import_text), wall clock.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from draftdesk.engine.importing import decode_document, import_text

SOURCE = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus" / "un" / "A_RES_79_145.txt"
TARGET_S = 1.0


def hundred_pages() -> bytes:
    """The source's pages (cut at the extractor's empty page lines), the body pages twice."""
    pages = SOURCE.read_text(encoding="utf-8").split("\n\n")
    pages = [pages[0], *pages[1:], *pages[1:]]
    count = len(pages)
    numbered = [
        re.sub(r"(?m)^(\s*)\d+/\d+(\s*)$", rf"\g<1>{n}/{count}\g<2>", page) for n, page in enumerate(pages, 1)
    ]
    return "\n\n".join(numbered).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    data = hundred_pages()
    times, paragraphs = [], 0
    for _ in range(5):
        started = time.perf_counter()
        draft = import_text(decode_document(data), slug="bench").draft
        times.append(time.perf_counter() - started)
        paragraphs = len(draft.paragraphs)
    pages = data.decode().count("\n\n") + 1
    result = {
        "pages": pages,
        "paragraphs": paragraphs,
        "import_s": round(min(times), 3),
        "target_s": TARGET_S,
    }
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))


if __name__ == "__main__":
    main()
