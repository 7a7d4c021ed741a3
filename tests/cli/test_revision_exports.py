"""A revision's exports say it is one: a UN document is issued under its revision symbol
(A/80/L.3/Rev.1), another body's draft prints "Rev.1" under its symbol; the text as first imported
says neither (QA F34). The UN letterhead is printed only above a UN document (QA F30)."""

from __future__ import annotations

import re
from pathlib import Path

import docx

from .runner import DATA, DraftDesk

WELCOMES = "In operative paragraph 1, replace “Takes note of” with “Welcomes”."


def exports(dd: DraftDesk, slug: str, tmp_path: Path) -> dict[str, str]:
    """The agreed text as txt, md, the Word document's paragraphs and the list of amendments."""
    dd("export", slug, "-o", tmp_path / "agreed.docx")
    word = "\n".join(p.text for p in docx.Document(str(tmp_path / "agreed.docx")).paragraphs)
    formats = {fmt: dd("export", slug, "--format", fmt).out for fmt in ("txt", "md", "list")}
    return {**formats, "docx": word}


def revised(dd: DraftDesk, slug: str, chair: str) -> None:
    amendment = dd("propose", slug, "--as", chair, "--instruction", WELCOMES).out.split()[0]
    dd("accept", slug, "--as", chair, amendment)
    dd("revise", slug, "--as", chair)


def test_a_un_revision_is_issued_under_its_revision_symbol(dd: DraftDesk, tmp_path: Path) -> None:
    dd("import", DATA / "corpus" / "un" / "A_80_L.3.txt", "--slug", "l3", "--chair", "PGA")
    before = exports(dd, "l3", tmp_path)
    assert not any("Rev.1" in text for text in before.values())
    assert before["txt"].startswith("United Nations\nA/80/L.3\n\nGeneral Assembly\n")
    revised(dd, "l3", "PGA")
    after = exports(dd, "l3", tmp_path)
    assert after["txt"].startswith("United Nations\nA/80/L.3/Rev.1\n\nGeneral Assembly\n")
    assert "\nA/80/L.3/Rev.1\n" in after["md"]
    assert re.search(r"^A/80/L\.3/Rev\.1$", after["docx"], re.M)
    assert "To: Persistent legacy of the Chernobyl disaster (A/80/L.3/Rev.1)\n" in after["list"]
    revised_again = dd(
        "propose",
        "l3",
        "--as",
        "PGA",
        "--instruction",
        "In operative paragraph 1, replace “Welcomes” with “Takes note of”.",
    )
    dd("accept", "l3", "--as", "PGA", revised_again.out.split()[0])
    dd("revise", "l3", "--as", "PGA")
    assert dd("export", "l3").out.startswith("United Nations\nA/80/L.3/Rev.2\n")


def test_a_revision_of_a_draft_without_a_un_symbol_prints_rev_under_it(dd: DraftDesk, tmp_path: Path) -> None:
    before = exports(dd, "belgrade-2011", tmp_path)
    assert not any("Rev.1" in text for text in before.values())
    dd("propose", "belgrade-2011", "--as", "SEECF", "OP4", "--text", "Welcome the partners.")
    amendment = dd("list", "belgrade-2011", "--json").json()[0]["id"]
    dd("accept", "belgrade-2011", "--as", "SEECF", amendment)
    dd("revise", "belgrade-2011", "--as", "SEECF")
    after = exports(dd, "belgrade-2011", tmp_path)
    for fmt in ("txt", "md", "docx"):
        assert re.search(r"^Rev\.1$", after[fmt], re.M), fmt
    assert ", Rev.1\n" in after["list"]
    assert not after["txt"].startswith("United Nations") and not after["docx"].startswith("United Nations")
