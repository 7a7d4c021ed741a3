"""Refusals and mistakes: one line on stderr and exit 1; usage errors exit 2; never a traceback."""

from __future__ import annotations

import socket
from pathlib import Path

from .runner import DraftDesk


def test_a_malformed_draft_toml_is_reported_with_its_line_and_column(dd: DraftDesk, tmp_path: Path) -> None:
    toml = tmp_path / "drafts" / "belgrade-2011" / "draft.toml"
    lines = toml.read_text().splitlines()
    lines[4] = 'revision = "zero'
    toml.write_text("\n".join(lines) + "\n")
    message = dd.refused("show", "belgrade-2011")
    assert message.startswith(f"{toml}:5:") and message.count(":") >= 3


def test_requests_that_cannot_be_done(dd: DraftDesk) -> None:
    assert "no draft folder" in dd.refused("show", "nowhere")
    assert "OP99" in dd.refused("propose", "belgrade-2011", "--as", "UNDP", "--delete", "OP99")
    assert "XYZ" in dd.refused("open", "belgrade-2011", "--as", "XYZ")
    unknown_theme = dd.refused("open", "belgrade-2011", "--theme", "purple")
    assert "no theme 'purple'" in unknown_theme and "high-contrast" in unknown_theme


def test_usage_errors_exit_2(dd: DraftDesk) -> None:
    assert "--as" in dd("propose", "belgrade-2011", "--delete", "OP1", code=2).err
    assert "say what to change" in dd("propose", "belgrade-2011", "--as", "UNDP", code=2).err
    assert "--after" in dd("propose", "belgrade-2011", "--as", "UNDP", "--move", "OP1", code=2).err


def test_a_document_whose_third_change_cannot_be_read_stores_none_of_its_changes(
    dd: DraftDesk, tmp_path: Path
) -> None:
    document = tmp_path / "L.9.txt"
    document.write_text(
        "1. In operative paragraph 1, replace “Aware to the fact” with “Aware of the fact”.\n"
        "2. In operative paragraph 2, replace “Recognise” with “Recognize”.\n"
        "3. In operative paragraph 3, replace “two different but alike” with “two”.\n"
        "4. Delete operative paragraph 4.\n",
        encoding="utf-8",
    )
    folder = tmp_path / "drafts" / "belgrade-2011"
    before = sorted(p.name for p in folder.rglob("*"))
    message = dd.refused("propose", "belgrade-2011", "--as", "UNDP", "--instruction-file", document)
    assert message == "3. In operative paragraph 3: “two different but alike” does not occur in the text"
    assert sorted(p.name for p in folder.rglob("*")) == before


def test_a_theme_of_ones_own_that_is_hard_to_read_is_refused_with_why(dd: DraftDesk, tmp_path: Path) -> None:
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "faint.toml").write_text(
        'name = "faint"\ndark = false\nprimary = "#0072B2"\nforeground = "#cccccc"\nbackground = "#ffffff"\n'
    )
    (themes / "bare.toml").write_text('name = "bare"\n')
    message = dd.refused("open", "belgrade-2011", "--theme", "faint")
    assert "no theme 'faint'" in message and "themes/faint.toml is not offered, too hard to read" in message
    assert "text on background 1.6" in message
    assert "themes/bare.toml: a theme needs primary (text)" in message


def test_serve_on_a_port_taken_says_so_before_announcing_itself(dd: DraftDesk) -> None:
    with socket.create_server(("localhost", 0)) as taken:
        port = taken.getsockname()[1]
        message = dd.refused("serve", "belgrade-2011", "--port", str(port))
    assert (
        message
        == f"cannot serve on localhost:{port}: Address already in use (choose another with --host or --port)"
    )
    assert "is not a port (1 to 65535)" in dd("serve", "belgrade-2011", "--port", "80000", code=2).err


def test_an_instruction_file_that_is_not_text_is_named(dd: DraftDesk, tmp_path: Path) -> None:
    word = tmp_path / "L.9.docx"
    dd("export", "belgrade-2011", "--format", "docx", "-o", word)
    message = dd.refused("propose", "belgrade-2011", "--as", "UNDP", "--instruction-file", word)
    assert message.startswith(f"{word}: a Word file: give its tracked changes with --from-docx")
    empty = tmp_path / "L.10.txt"
    empty.write_text("")
    assert dd.refused("propose", "belgrade-2011", "--as", "UNDP", "--instruction-file", empty) == (
        f"{empty}: the file is empty"
    )
