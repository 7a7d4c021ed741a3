"""Opens Word files in a real LibreOffice (headless, through UNO) and reports what it reads.

Run by the system Python, which has LibreOffice's ``uno`` module (Debian: python3-uno):
``/usr/bin/python3 tests/libreoffice_uno.py < jobs.json``. Each job is ``{"path": FILE, "action":
"accept" | "reject" | "open"}``, or ``"join"`` with ``"at"`` (the opening words of a paragraph) and
``"out"`` (a .docx path): with changes recorded, the paragraph's mark is deleted as the Delete key
does at its end (joining it to the next) and the file saved as Word. For each job, one JSON object:
the paragraphs as LibreOffice lays them out (list number and text), the tracked changes (type,
author, date) and the comments (author, text) it found, and the footnotes' texts. One LibreOffice
serves every job (its start takes seconds).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

COMMANDS = {"accept": ".uno:AcceptAllTrackedChanges", "reject": ".uno:RejectAllTrackedChanges"}


def _prop(name: str, value: object) -> PropertyValue:
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(pipe: str):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 120
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _enumerate(access):
    enum = access.createEnumeration()
    while enum.hasMoreElements():
        yield enum.nextElement()


def _report(doc) -> dict:
    paragraphs = [
        {"label": p.ListLabelString, "text": p.getString(), "style": p.ParaStyleName}
        for p in _enumerate(doc.getText())
        if p.supportsService("com.sun.star.text.Paragraph")
    ]
    redlines = [
        {"type": r.RedlineType, "author": r.RedlineAuthor, "date": _date(r.RedlineDateTime)}
        for r in _enumerate(doc.getRedlines())
    ]
    comments = [
        {"author": f.Author, "text": f.Content}
        for f in _enumerate(doc.getTextFields())
        if f.supportsService("com.sun.star.text.TextField.Annotation")
    ]
    notes = doc.getFootnotes()
    footnotes = [notes.getByIndex(i).getString() for i in range(notes.getCount())]
    return {"paragraphs": paragraphs, "redlines": redlines, "comments": comments, "footnotes": footnotes}


def _join(doc, at: str) -> None:
    """Delete, as a tracked change, the mark of the paragraph that opens with ``at``."""
    doc.RecordChanges = True
    paragraph = next(p for p in _enumerate(doc.getText()) if p.getString().startswith(at))
    cursor = doc.getText().createTextCursorByRange(paragraph.getEnd())
    cursor.goRight(1, True)
    cursor.setString("")


def _date(value) -> str:
    return f"{value.Year:04d}-{value.Month:02d}-{value.Day:02d}T{value.Hours:02d}:{value.Minutes:02d}"


def main() -> None:
    jobs = json.load(sys.stdin)
    with tempfile.TemporaryDirectory(prefix="draftdesk-uno-") as tmp:
        pipe = f"draftdesk-tests-{os.getpid()}"
        office = subprocess.Popen(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--invisible",
                "--norestore",
                f"--accept=pipe,name={pipe};urp;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: ended whole below
        )
        try:
            ctx = _connect(pipe)
            smgr = ctx.ServiceManager
            desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
            out = []
            for job in jobs:
                url = uno.systemPathToFileUrl(os.path.abspath(job["path"]))
                doc = desktop.loadComponentFromURL(url, "_blank", 0, (_prop("Hidden", True),))
                if job["action"] == "join":
                    _join(doc, job["at"])
                    doc.storeToURL(
                        uno.systemPathToFileUrl(os.path.abspath(job["out"])),
                        (_prop("FilterName", "MS Word 2007 XML"),),
                    )
                if job["action"] in COMMANDS:
                    frame = doc.getCurrentController().getFrame()
                    dispatcher.executeDispatch(frame, COMMANDS[job["action"]], "", 0, ())
                out.append(_report(doc))
                doc.close(True)
            with contextlib.suppress(Exception):  # the bridge goes down with the office
                desktop.terminate()
        finally:
            try:
                office.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(office.pid, signal.SIGKILL)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
