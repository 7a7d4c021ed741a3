"""Word in and out from the shell: export docx/pdf, import a .docx, propose from a tracked .docx."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from draftdesk.cli.progress import ProgressBar

from .runner import DraftDesk


def test_pdf_without_libreoffice_names_the_package_to_install(
    dd: DraftDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    line = dd.refused("export", "belgrade-2011", "--format", "pdf", "-o", tmp_path / "out.pdf")
    assert "libreoffice-writer-nogui" in line
    assert not (tmp_path / "out.pdf").exists()


def test_pdf_is_the_word_document_printed_by_libreoffice(dd: DraftDesk, tmp_path: Path) -> None:
    dd("export", "belgrade-2011", "--format", "pdf", "-o", tmp_path / "out.pdf")
    assert (tmp_path / "out.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_word_export_imports_back_and_its_tracked_changes_become_an_amendment(
    dd: DraftDesk, tmp_path: Path
) -> None:
    dd("export", "belgrade-2011", "--format", "docx", "-o", tmp_path / "agreed.docx")
    dd("import", tmp_path / "agreed.docx", "--slug", "again", "--chair", "SEECF")
    assert dd("show", "again").out == dd("show", "belgrade-2011").out
    dd("propose", "belgrade-2011", "--as", "UNDP", "--instruction", "In OP4, replace 'note' with 'welcome'")
    dd("propose", "belgrade-2011", "--as", "OSCE", "--delete", "OP7")
    dd("export", "belgrade-2011", "--format", "docx", "--view", "tracked", "-o", tmp_path / "tracked.docx")
    proposed = dd("propose", "again", "--as", "UNDP", "--from-docx", tmp_path / "tracked.docx", "--json")
    amendment = proposed.json()
    assert amendment["author"] == "UNDP" and amendment["targets"] == ["OP4"]
    assert "replace “note” with “welcome”" in amendment["instruction"]
    assert "warning: left out 2 tracked changes by Organization for Security" in proposed.err  # text, mark


def test_other_delegations_tracked_changes_in_a_file_sent_back_are_not_the_proposers(
    dd: DraftDesk, tmp_path: Path
) -> None:
    """The secretariat circulates the tracked draft; RCC sends it back: UNDP's change is UNDP's."""
    dd("propose", "belgrade-2011", "--as", "UNDP", "--instruction", "In OP4, replace 'note' with 'welcome'")
    dd("export", "belgrade-2011", "--format", "docx", "--view", "tracked", "-o", tmp_path / "tracked.docx")
    before = dd("list", "belgrade-2011").out
    refused = dd("propose", "belgrade-2011", "--as", "RCC", "--from-docx", tmp_path / "tracked.docx", code=1)
    assert "left out 2 tracked changes by United Nations Development Programme" in refused.err  # del + ins
    assert refused.err.strip().endswith("the file has no tracked change to the agreed text")
    assert dd("list", "belgrade-2011").out == before


def test_a_file_that_is_not_word_is_refused_in_one_line(dd: DraftDesk, tmp_path: Path) -> None:
    (tmp_path / "fake.docx").write_bytes(b"PK\x03\x04 broken")
    assert "fake.docx" in dd.refused(
        "propose", "belgrade-2011", "--as", "UNDP", "--from-docx", tmp_path / "fake.docx"
    )


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_shows_only_on_a_terminal_after_a_second() -> None:
    now = [0.0]
    screen, pipe = Terminal(), io.StringIO()
    bars = [ProgressBar("exporting", stream, clock=lambda: now[0]) for stream in (screen, pipe)]
    for bar in bars:
        bar(10, 100)
    assert screen.getvalue() == ""
    now[0] = 1.5
    for bar in bars:
        bar(50, 100)
        bar.close()
    assert "exporting ▕" in screen.getvalue() and " 50%" in screen.getvalue()
    assert screen.getvalue().endswith("\r") and pipe.getvalue() == ""


def test_an_amendment_cites_a_word_declaration_by_the_numbers_word_prints(
    dd: DraftDesk, tmp_path: Path
) -> None:
    """QA F32: items in a second Word list ("List Number 2") under "We commit to:" are sub-items, so
    the paragraph Word prints "3." is operative paragraph 3 and an amendment citing it finds its words."""
    doc = docx.Document()
    doc.add_paragraph("Ministerial Declaration on the Danube", style="Title")
    doc.add_paragraph("Recalling the Convention signed in Sofia on 29 June 1994,")
    doc.add_paragraph("We reaffirm our commitment to the basin.", style="List Number")
    doc.add_paragraph("We commit to:", style="List Number")
    for item in ("restoring wetlands;", "sharing data;"):
        doc.add_paragraph(item, style="List Number 2")
    doc.add_paragraph("We will reduce emissions by 2030.", style="List Number")
    doc.save(tmp_path / "declaration.docx")
    imported = dd("import", tmp_path / "declaration.docx", "--slug", "danube", "--chair", "AT")
    assert "OP2(a) to OP2(b): Word prints them “1.” to “2.”; DraftDesk numbers them OP2(a) to OP2(b)" in (
        imported.err
    )
    amendment = dd(
        "propose",
        "danube",
        "--as",
        "AT",
        "--json",
        "--instruction",
        "In operative paragraph 3, replace “2030” with “2027”.",
    ).json()
    assert amendment["targets"] == ["OP3"]
    assert (
        "We will reduce emissions by [-2030-]{+2027+}" in dd("show", "danube", "OP3", "--view", "tracked").out
    )
