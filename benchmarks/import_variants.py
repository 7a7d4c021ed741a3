"""How the importer holds up on documents it has not seen: `python benchmarks/import_variants.py [--json]`.

Each UN corpus document is laid out as other real documents are (tests/engine/import_variants.py:
page widths, no page marks or no blank lines, other symbols and furniture, other authoring
bodies) and must import to the same structure as the document itself. Prints, per variant, how
many documents keep their structure, the documents that do not, and the total.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "engine"))

from import_variants import VARIANTS, same_structure, shape  # noqa: E402

from draftdesk.engine.importing import decode_document  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="one JSON object per variant")
    args = parser.parse_args()
    started = time.perf_counter()
    documents = [
        (p.stem, decode_document(p.read_bytes()))
        for p in sorted((ROOT / "tests/data/corpus/un").glob("*.txt"))
    ]
    shapes = {name: shape(text) for name, text in documents}
    kept = total = 0
    for variant in VARIANTS:
        failed = [name for name, text in documents if not same_structure(text, variant, shapes[name])]
        kept, total = kept + len(documents) - len(failed), total + len(documents)
        report = {
            "variant": variant.name,
            "same": len(documents) - len(failed),
            "of": len(documents),
            "failed": failed,
        }
        print(
            json.dumps(report)
            if args.json
            else f"{report['same']:4}/{report['of']}  {variant.name}: {' '.join(failed)}"
        )
    elapsed = time.perf_counter() - started
    print(f"same structure: {kept}/{total} ({100 * kept / total:.1f}%) in {elapsed:.0f} s")


if __name__ == "__main__":
    main()
