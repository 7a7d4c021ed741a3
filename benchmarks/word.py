"""Word export benchmark: `python benchmarks/word.py --json` prints one JSON object.

The synthetic negotiation (benchmarks/synthetic.py: 1,000 paragraphs, 5,000 amendments, half of
them accepted) exported as Word documents, the merge already done (as ``draftdesk export`` does
after loading). Keys, in seconds, best of 3:
- ``tracked_s``: every pending amendment (2,500) a Word revision or a comment;
- ``tracked_all_pending_s``: the same with no decision taken (5,000 pending);
- ``agreed_s``, ``attribution_s``, ``compilation_s``: the other views;
- ``list_s``: the list of amendments, each amendment carrying its record as tabled (written form,
  addresses: what ``propose`` stores); ``list_unrecorded_s``: records older than those fields,
  whose written forms and addresses are generated for the list (an old folder).
``target_s`` is the issue's bound for each (5 s); ``ok`` says whether every figure meets it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import build_negotiation

from draftdesk.engine.exporting import export_list_docx, word_document
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.tabled import as_tabled

TARGET_S = 5.0


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    draft, amendments, decisions = build_negotiation()
    neg = Negotiation(draft, amendments, decisions)
    open_neg = Negotiation(draft, amendments, [])
    recorded = Negotiation(draft, [as_tabled(a, draft.paragraphs) for a in amendments], decisions)
    figures = {
        "tracked_s": best_of(lambda: word_document(neg, "tracked")),
        "tracked_all_pending_s": best_of(lambda: word_document(open_neg, "tracked")),
        "agreed_s": best_of(lambda: word_document(neg, "agreed")),
        "attribution_s": best_of(lambda: word_document(neg, "attribution")),
        "compilation_s": best_of(lambda: word_document(neg, "compilation")),
        "list_s": best_of(lambda: export_list_docx(recorded)),
        "list_unrecorded_s": best_of(lambda: export_list_docx(neg)),
    }
    figures = {key: round(value, 3) for key, value in figures.items()}
    figures["target_s"] = TARGET_S
    figures["ok"] = all(v < TARGET_S for k, v in figures.items() if k.endswith("_s") and k != "target_s")
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>24}: {value}")


if __name__ == "__main__":
    main()
