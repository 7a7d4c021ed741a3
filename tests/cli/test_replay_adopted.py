"""Real negotiations replayed through the CLI and compared with the resolution the Assembly adopted.

The draft is imported, the written amendment tabled from its document as circulated, the chair
decides as the Assembly did, and the agreed text is compared, paragraph by paragraph and number by
number, with the adopted resolution imported as well (an amendment divided, rule 129, decided
part by part: ``parts``, the parts adopted): the same addresses in the same order, the
same words (cross-references "paragraph 67 above" as renumbered). Where they differ is listed in
tests/data/replay/adopted.toml with the reason; anything else fails.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from .runner import DATA
from .test_replay_un import Cli

DOCUMENTS = DATA / "replay" / "adopted"
NEGOTIATIONS = tomllib.loads((DATA / "replay" / "adopted.toml").read_text(encoding="utf-8"))
TEXT = ("title", "preamble", "operative", "sub-item")


def paragraphs(dd: Cli, slug: str) -> dict[str, str]:
    """Address -> words (notes as marks, whitespace runs as one space, U+2011 as a hyphen), in order."""
    out = {}
    for p in json.loads(dd("show", slug, "--json")):
        if p["kind"] in TEXT:
            words = re.sub(r"\[\^\w+\]", "[^]", p["text"]).replace("\u2011", "-")
            out[p["address"] or p["kind"]] = " ".join(words.split())
    return out


@pytest.mark.parametrize("name", NEGOTIATIONS)
def test_the_agreed_text_is_the_resolution_adopted(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    case = NEGOTIATIONS[name]
    monkeypatch.chdir(tmp_path)
    dd = Cli(capsys)
    dd("import", DOCUMENTS / f"{case['draft']}.txt", "--slug", name, "--chair", "GA")
    code, country = case["by"]
    dd("add-org", name, "--as", "GA", "--name", country, code)
    document = DOCUMENTS / f"{case['amendment']}.txt"
    aid = dd("propose", name, "--as", code, "--instruction-file", document).strip()
    assert json.loads(dd("list", name, "--json"))[0]["symbol"] == case["amendment"].replace("_", "/")
    dd(case["decision"], name, "--as", "GA", aid, *(("--parts", case["parts"]) if "parts" in case else ()))
    dd("import", DOCUMENTS / f"{case['adopted']}.txt", "--slug", "adopted", "--chair", "GA")
    ours, adopted = paragraphs(dd, name), paragraphs(dd, "adopted")
    assert list(ours) == list(adopted)  # the same paragraphs, numbered alike
    differs = {address for address in ours if ours[address] != adopted[address]}
    assert differs == {address for address, _ in case["differs"]}
