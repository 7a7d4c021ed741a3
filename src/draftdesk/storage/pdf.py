"""Word -> PDF through LibreOffice (``soffice --headless --convert-to pdf``), in a temporary folder.

Each conversion runs with its own LibreOffice profile, so it neither waits for nor disturbs a
LibreOffice the user has open, and two conversions at once do not share one.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

PACKAGE = "libreoffice-writer-nogui"
TIMEOUT = 300


class ConversionError(Exception):
    """LibreOffice is missing or could not convert the document; one line."""


def docx_to_pdf(data: bytes) -> bytes:
    """The PDF of a .docx, as LibreOffice prints it."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise ConversionError(f"PDF export needs LibreOffice: install the Debian package {PACKAGE}")
    with tempfile.TemporaryDirectory(prefix="draftdesk-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "document.docx"
        source.write_bytes(data)
        command = [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise ConversionError(f"LibreOffice took over {TIMEOUT} s to convert the document") from None
        pdf = folder / "document.pdf"
        if not pdf.exists():
            said = (done.stderr or done.stdout).strip().splitlines()
            raise ConversionError(
                f"LibreOffice could not convert the document: {said[-1] if said else 'no output'}"
            )
        return pdf.read_bytes()
