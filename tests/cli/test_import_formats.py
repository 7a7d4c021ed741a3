"""Files of other formats given to `import`: one line saying what the file is and the way out,
exit 1, nothing created; the advised conversion, run as printed, imports the same draft."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from draftdesk import services
from draftdesk.services import ServiceError

from .runner import DATA, DraftDesk

FORMATS = DATA / "formats"
SEED = DATA / "seeds" / "belgrade-2011-conclusions.txt"
CONVERTED = {"seed-word97.doc": "Word 97-2003", "seed-rtf.rtf": "RTF", "seed-odt.odt": "OpenDocument"}


@pytest.mark.parametrize(("name", "what"), sorted(CONVERTED.items()))
def test_a_word_processor_format_is_refused_with_the_conversion_command(
    dd: DraftDesk, name: str, what: str
) -> None:
    shutil.copy(FORMATS / name, dd.cwd / name)
    line = dd.refused("import", name, "--slug", "other")
    assert line.startswith(f"{name}: ") and what in line
    docx = Path(name).with_suffix(".docx").name
    assert f"`soffice --headless --convert-to docx {name}` and import {docx}" in line
    assert not (dd.cwd / "drafts" / "other").exists()


def test_a_pdf_is_refused_with_the_version_that_imports(dd: DraftDesk) -> None:
    line = dd.refused("import", FORMATS / "seed.pdf", "--slug", "other")
    assert "a PDF is not read" in line and "Word (.docx) or plain-text version" in line
    assert "export --format docx" in line and "pdftotext" not in line
    assert not (dd.cwd / "drafts" / "other").exists()


def test_an_instruction_file_in_another_format_is_refused_the_same_way(dd: DraftDesk) -> None:
    shutil.copy(FORMATS / "seed-rtf.rtf", dd.cwd / "amendment.rtf")
    line = dd.refused("propose", "belgrade-2011", "--as", "UNDP", "--instruction-file", "amendment.rtf")
    assert "RTF" in line and "soffice --headless --convert-to docx amendment.rtf" in line


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
def test_the_advised_conversion_imports_the_same_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # where the secretariat runs the command, and imports its .docx
    commands = []
    for name in CONVERTED:
        shutil.copy(FORMATS / name, tmp_path / name)
        with pytest.raises(ServiceError) as refused:
            services.import_document(Path(name), tmp_path / "drafts")
        command = re.search(r"`(soffice [^`]+)`", str(refused.value))
        assert command is not None
        commands.append(shlex.split(command.group(1)))
    converted = [argument for command in commands for argument in command[4:]]  # one LibreOffice start
    subprocess.run([*commands[0][:4], *converted], cwd=tmp_path, check=True, capture_output=True, timeout=120)
    seed = services.negotiation(services.import_document(SEED, tmp_path / "drafts", chair="SEECF")[0])
    for name in CONVERTED:
        folder, _ = services.import_document(Path(name).with_suffix(".docx"), tmp_path / "drafts")
        draft = services.negotiation(folder).draft
        assert (draft.title, draft.paragraphs) == (seed.draft.title, seed.draft.paragraphs), name
