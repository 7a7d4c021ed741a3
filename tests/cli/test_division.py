"""Division of the question through the CLI, as a secretariat records it: A/C.3/80/L.65 ("Delete the
third preambular paragraph and operative paragraph 2") divided, its part on OP2 adopted and its part
on PP3 rejected, as the Assembly did (A/RES/80/189; the agreed text is compared with it in
test_replay_adopted.py)."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import docx
import pytest

from draftdesk.cli.main import main

from .runner import DATA
from .test_replay_un import Cli

DOCUMENTS = DATA / "replay" / "adopted"
DIVIDED = "part 2 (OP2) adopted, part 1 (PP3) rejected"


def refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """A command that must fail with one line on stderr, which is returned."""
    capsys.readouterr()
    assert main(list(args)) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err
    return err


def test_the_chair_divides_an_amendment_and_every_record_says_which_parts_were_adopted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    dd = Cli(capsys)
    dd("import", DOCUMENTS / "A_C.3_80_L.24.txt", "--slug", "hrc", "--chair", "GA")
    dd("add-org", "hrc", "--as", "GA", "--name", "Bulgaria", "BGR")
    aid = dd("propose", "hrc", "--as", "BGR", "--instruction-file", DOCUMENTS / "A_C.3_80_L.65.txt").strip()
    assert "parts 1 to 2 (1 (PP3), 2 (OP2)): no part 3" in refused(
        capsys, "accept", "hrc", "--as", "GA", aid, "--parts", "3"
    )
    assert dd("accept", "hrc", "--as", "GA", aid, "--parts", "2").strip() == f"{aid} divided by GA: {DIVIDED}"

    [entry] = json.loads(dd("list", "hrc", "--json"))
    assert (entry["status"], entry["parts"], entry["divided"]) == ("accepted", [2], DIVIDED)
    assert entry["targets"] == ["PP3", "OP2 of Rev.0, no longer in the text"]
    assert f"A/C.3/80/L.65 ({aid})  accepted in part" in dd("list", "hrc")
    [decision] = [e for e in json.loads(dd("log", "hrc", "--json")) if e["action"] == "accept"]
    assert decision["note"] == f"divided: {DIVIDED}"
    circulated = dd("export", "hrc", "--format", "list")
    assert "accepted in part\n" in circulated and f"(divided: {DIVIDED})" in circulated
    dd("export", "hrc", "--format", "list", "-o", "list.docx")
    word = [p.text for p in docx.Document(BytesIO(Path("list.docx").read_bytes())).paragraphs]
    assert "Status: accepted in part" in word and any(f"(divided: {DIVIDED})" in line for line in word)
    capsys.readouterr()
    assert main(["verify", "hrc"]) == 0
    assert "every file is validly signed" in capsys.readouterr().err
    shown = {p["address"]: p["text"] for p in json.loads(dd("show", "hrc", "--json"))}
    assert "PP3" in shown and "OP2" not in shown
