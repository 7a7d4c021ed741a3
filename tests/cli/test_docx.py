"""Word in and out from the shell: export docx/pdf, import a .docx, propose from a tracked .docx."""

from __future__ import annotations

import io
from pathlib import Path

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
    amendment = dd(
        "propose", "again", "--as", "RCC", "--from-docx", tmp_path / "tracked.docx", "--json"
    ).json()
    assert amendment["author"] == "RCC" and amendment["targets"] == ["OP4", "OP7"]
    assert "replace “note” with “welcome”" in amendment["instruction"]


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
