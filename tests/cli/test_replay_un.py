"""Real General Assembly negotiations replayed through the CLI, as a secretariat would.

Each draft of tests/data/corpus/un is imported, every written amendment to it is tabled
from its L. document as printed (``propose --instruction-file``: the program leaves out the
cover, page furniture and sponsors' note), the chair decides, and the agreed text is compared
paragraph by paragraph and number by number with what the amendments say, written out by
hand in tests/data/replay/un.toml. The votes are not in the corpus: none of these
amendments compete, so all are accepted.

The CLI runs in this process (``draftdesk.cli.main.main``): the program's parser and
handlers, without starting Python some fifty times.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from draftdesk.cli.main import main

from .runner import DATA

CORPUS = DATA / "corpus" / "un"
NEGOTIATIONS = tomllib.loads((DATA / "replay" / "un.toml").read_text(encoding="utf-8"))
ORGS = {
    "RUS": "Russian Federation",
    "UKR": "Ukraine",
    "BLR": "Belarus",
    "BRA": "Brazil",
    "USA": "United States",
}
NUMBERED = {"preamble": "PP", "operative": "OP"}

Row = tuple[str, str, tuple[str, ...]]
"""(kind, text with markup, texts of its footnotes)."""


def expected(base: list[dict[str, Any]], changes: list[dict[str, Any]]) -> list[Row]:
    """The agreed text: the draft with the changes of the data file applied to it by hand."""
    at = {p["address"]: i for i, p in enumerate(base) if p["address"]}
    rows = [[p["kind"], p["markup"], [n["text"] for n in p["footnotes"]]] for p in base]
    added: dict[int, list[list[Any]]] = {}
    gone: set[int] = set()
    anchor = -1
    for change in changes:
        kind = change["change"]
        if kind == "everywhere":
            for row in rows:
                if row[0] in NUMBERED or row[0] == "title":
                    row[1] = re.sub(rf"\b{change['old']}\b", change["new"], row[1])
        elif kind == "new":
            anchor = anchor if change["after"] == "new" else at[change["after"]]
            added.setdefault(anchor, []).append([change["kind"], change["text"], []])
        elif kind == "words":
            row = rows[at[change["at"]]]
            assert row[1].count(change["old"]) == 1, (change["at"], change["old"])
            row[1] = row[1].replace(change["old"], change["new"])
            row[2] += change.get("notes", [])
        else:  # gone, reworded: the paragraph the amendment meant
            row = rows[at[change["at"]]]
            assert row[1].startswith(change["begins"]), (change["at"], row[1][:80])
            if kind == "gone":
                gone.add(at[change["at"]])
            else:
                row[1] = change["new"]
    out: list[Row] = []
    for i, row in enumerate(rows):
        out += [] if i in gone else [(row[0], row[1], tuple(row[2]))]
        out += [(k, text, tuple(notes)) for k, text, notes in added.get(i, [])]
    return out


def addresses(rows: list[Row]) -> list[str]:
    """Each row's address, PP1…, OP1… counted in order as the documents number them ("" unnumbered)."""
    counts = dict.fromkeys(NUMBERED, 0)
    out = []
    for kind, _, _ in rows:
        counts[kind] = counts.get(kind, 0) + 1
        out.append(f"{NUMBERED[kind]}{counts[kind]}" if kind in NUMBERED else "")
    return out


class Cli:
    """``draftdesk`` commands run in this process; each must succeed, its stdout is returned."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, *args: str | Path) -> str:
        self.capsys.readouterr()
        code = main([str(arg) for arg in args])
        out, err = self.capsys.readouterr()
        assert code == 0, err
        return out


@pytest.mark.parametrize("name", NEGOTIATIONS)
def test_a_real_negotiation_replayed_through_the_cli(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    negotiation = NEGOTIATIONS[name]
    monkeypatch.chdir(tmp_path)
    dd = Cli(capsys)
    dd("import", CORPUS / f"{negotiation['draft']}.txt", "--slug", name, "--chair", "GA")
    base = json.loads(dd("show", name, "--json"))
    for code in dict.fromkeys(org for _, org in negotiation["amendments"]):
        dd("add-org", name, "--as", "GA", "--name", ORGS[code], code)
    tabled = [  # all tabled against the draft before the votes, as in the committee
        dd("propose", name, "--as", org, "--instruction-file", CORPUS / f"{document}.txt").strip()
        for document, org in negotiation["amendments"]
    ]
    listed = {entry["id"]: entry["symbol"] for entry in json.loads(dd("list", name, "--json"))}
    assert [listed[aid] for aid in tabled] == [doc.replace("_", "/") for doc, _ in negotiation["amendments"]]
    for amendment in tabled:
        dd("accept", name, "--as", "GA", amendment)
    circulated = dd("export", name, "--format", "list")
    for n, (document, org) in enumerate(negotiation["amendments"], 1):
        assert f"{n}. {document.replace('_', '/')} (" in circulated
        assert f"   Proposed by:   {ORGS[org]} ({org})\n" in circulated
    assert circulated.count("   Accepted:      by GA, ") == len(tabled)
    assert "[^" not in circulated  # notes printed as the documents print them

    agreed = json.loads(dd("show", name, "--json"))
    known = {note["mark"] for p in base for note in p["footnotes"]}
    new_mark = re.compile(r"\[\^(\w+)\]")
    got = [
        (
            p["kind"],
            new_mark.sub(lambda m: m[0] if m[1] in known else "[^NEW]", p["markup"]),
            tuple(n["text"] for n in p["footnotes"]),
        )
        for p in agreed
    ]
    want = expected(base, negotiation["changes"])
    for address, mine, theirs in zip(addresses(want), got, want, strict=False):
        assert mine == theirs, address
    assert len(got) == len(want)
    assert [p["address"] if p["kind"] in NUMBERED else "" for p in agreed] == addresses(want)
