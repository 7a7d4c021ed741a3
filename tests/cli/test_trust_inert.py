"""Escape sequences typed into a draft are stored as given and shown, never obeyed, by every command."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

import pytest

from .runner import DraftDesk, show

DRAFT = "belgrade-2011"
HOSTILE = "\x1b]52;c;cHduZWQ=\x07\x1b[2J\x1b]0;pwned\x07\x9b31m\u202eevil<img src=x onerror=alert(1)>"
OBEYED = {chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0), 0x202E)} - {"\n", "\t"}


def inert(*outputs: str) -> bool:
    return not any(set(output) & OBEYED for output in outputs)


@pytest.fixture
def hostile(dd: DraftDesk) -> tuple[DraftDesk, str]:
    """The sample with the hostile text in an organization's name, an amendment, its rationale and a note."""
    dd("add-org", DRAFT, "--as", "SEECF", "EVIL", "--name", f"Evil {HOSTILE} Org")
    op4 = show(dd, "OP4")["OP4"]["markup"]
    proposed = dd(
        "propose", DRAFT, "--as", "EVIL", "OP4", "--text", f"{op4} {HOSTILE}", "--rationale", HOSTILE
    )
    assert inert(proposed.out, proposed.err) and "␛[2J" in proposed.err
    amendment = proposed.out.strip()
    dd("reject", DRAFT, "--as", "SEECF", amendment, "--note", HOSTILE)
    return dd, amendment


def test_every_command_shows_the_escapes_visibly(hostile: tuple[DraftDesk, str], tmp_path: Path) -> None:
    dd, amendment = hostile
    dd("reinstate", DRAFT, "--as", "SEECF", amendment)
    dd("accept", DRAFT, "--as", "SEECF", amendment)
    for command in (
        ("show",),
        ("show", "--view", "tracked"),
        ("list",),
        ("log",),
        ("orgs",),
        ("list", "--json"),
    ):
        result = dd(command[0], DRAFT, *command[1:])
        assert inert(result.out, result.err), command
        assert "␛]52" in result.out or "\\u001b]52" in result.out, command
    for fmt in ("txt", "md", "html", "list"):
        exported = dd("export", DRAFT, "--format", fmt).out
        shown = "␛\\[2J" if fmt == "md" else "␛[2J"  # Markdown shows a bracket escaped
        assert inert(exported) and shown in exported, fmt
        assert "<img" not in exported or fmt in ("txt", "list"), fmt  # html and md: "&lt;img"
    for fmt in ("docx", "list"):  # Word (and the PDF made from it): the text the document holds
        dd("export", DRAFT, "--format", fmt, "-o", tmp_path / f"{fmt}.docx")
        with zipfile.ZipFile(tmp_path / f"{fmt}.docx") as document:
            words = "".join(
                re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", document.read("word/document.xml").decode())
            )
        assert inert(html.unescape(words)) and "␛[2J" in words and "<img" in html.unescape(words), fmt


def test_the_text_is_stored_as_given(hostile: tuple[DraftDesk, str]) -> None:
    dd, amendment = hostile
    listed = {a["id"]: a for a in dd("list", DRAFT, "--json").json()}
    assert listed[amendment]["rationale"] == HOSTILE
    orgs = {o["code"]: o["name"] for o in dd("orgs", DRAFT, "--json").json()}
    assert orgs["EVIL"] == f"Evil {HOSTILE} Org"


def test_refusals_quoting_what_was_typed_are_inert(dd: DraftDesk) -> None:
    line = dd.refused("propose", DRAFT, "--as", "UNDP", "--instruction", HOSTILE)
    assert inert(line) and "␛" in line
    usage = dd("orgs", DRAFT, HOSTILE, code=2)  # argparse quotes unrecognized arguments as typed
    assert inert(usage.err) and "␛" in usage.err


def test_an_argument_that_is_not_utf8_is_refused_in_one_line(dd: DraftDesk) -> None:
    typed = "In operative paragraph 4, replace “note” with “welcome\udc9b31m”."  # the raw byte 0x9b (CSI)
    refusal = dd.refused("propose", DRAFT, "--as", "UNDP", "--instruction", typed)
    assert refusal.startswith("an argument is not UTF-8 text (byte 0x9b in") and inert(refusal)
    assert not (dd.cwd / "drafts" / DRAFT / "amendments").exists() or not any(
        (dd.cwd / "drafts" / DRAFT / "amendments").iterdir()
    )
