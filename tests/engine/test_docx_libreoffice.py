"""The Word exports opened by a real word processor: LibreOffice, headless.

One LibreOffice session (through UNO, tests/libreoffice_uno.py) rejects and
accepts every tracked change of the tracked export and lays out the agreed
texts to compare with. Comments are read from LibreOffice's own conversion to
ODT, made meanwhile: this LibreOffice (7.4, no GUI) closes the connection when
it loads any file with comments over UNO (python-docx's own comments included).
"""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from draftdesk.engine.exporting import word_document
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import plain_text
from draftdesk.engine.numbering import number_paragraphs
from draftdesk.engine.title import split_title
from draftdesk.engine.views import document

from .docx_cases import accepted_in_voting_order, general_assembly, negotiation

L25_AMENDMENTS = (
    ("A_80_L.30", "USA"),
    ("A_80_L.31", "USA"),
    ("A_80_L.32", "USA"),
    ("A_80_L.33", "USA"),
    ("A_80_L.36", "RUS"),
)
UNO_HELPER = Path(__file__).resolve().parents[1] / "libreoffice_uno.py"
SYSTEM_PYTHON = "/usr/bin/python3"
"""The Python that Debian's python3-uno serves."""


def libreoffice(jobs: list[dict[str, str]]) -> list[dict]:
    done = subprocess.run(
        [SYSTEM_PYTHON, str(UNO_HELPER)], input=json.dumps(jobs), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """LibreOffice's reading of the exports; the one with comments converted to ODT meanwhile."""
    folder = tmp_path_factory.mktemp("word")
    neg = negotiation()
    files = {
        "tracked": word_document(neg, "tracked"),
        "agreed": word_document(neg, "agreed"),
        "accepted": word_document(accepted_in_voting_order(neg), "agreed"),
        "competing": word_document(negotiation(competing=True), "tracked"),
        "ga-tracked": word_document(general_assembly(), "tracked"),
        "ga-accepted": word_document(accepted_in_voting_order(general_assembly()), "agreed"),
        "l25-tracked": word_document(humanitarian(), "tracked"),
        "l25-accepted": word_document(accepted_in_voting_order(humanitarian()), "agreed"),
    }
    for name, data in files.items():
        (folder / f"{name}.docx").write_bytes(data)
    profile = (folder / "profile").as_uri()
    command = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "odt"]
    converting = subprocess.Popen(
        [*command, "--outdir", str(folder), str(folder / "competing.docx")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    jobs = [
        ("rejected", "tracked", "reject"),
        ("accepted all", "tracked", "accept"),
        ("agreed", "agreed", "open"),
        ("accepted", "accepted", "open"),
        ("tracked", "tracked", "open"),
        ("ga rejected", "ga-tracked", "reject"),
        ("ga accepted all", "ga-tracked", "accept"),
        ("ga accepted", "ga-accepted", "open"),
        ("l25 rejected", "l25-tracked", "reject"),
        ("l25 accepted all", "l25-tracked", "accept"),
        ("l25 accepted", "l25-accepted", "open"),
    ]
    reports = libreoffice(
        [{"path": str(folder / f"{file}.docx"), "action": action} for _, file, action in jobs]
    )
    out = {name: report for (name, _, _), report in zip(jobs, reports, strict=True)}
    assert converting.wait(timeout=300) == 0
    out["competing"] = {"content": zipfile.ZipFile(folder / "competing.odt").read("content.xml").decode()}
    return out


def humanitarian() -> Negotiation:
    """Draft resolution A/80/L.25 with the five written amendments tabled to it, pending: words and
    paragraphs deleted throughout (A/80/L.30), words inserted with a footnote of their own (L.31),
    words replaced (L.32), two new operative paragraphs (L.33, L.36)."""
    return general_assembly("A_80_L.25", L25_AMENDMENTS)


def lines(report: dict) -> list[tuple[str, str]]:
    return [(p["label"], p["text"]) for p in report["paragraphs"] if p["text"].strip()]


def test_reject_all_gives_the_agreed_text(office: dict[str, dict]) -> None:
    rejected, agreed = lines(office["rejected"]), lines(office["agreed"])
    assert rejected == agreed
    assert ("4.", next(text for label, text in agreed if text.startswith("Recognise the regional"))) in agreed
    notes = [[note.strip() for note in office[name]["footnotes"]] for name in ("rejected", "agreed")]
    assert notes == [["As recorded by the Chair."]] * 2


def test_accept_all_gives_every_amendment_accepted_in_voting_order(office: dict[str, dict]) -> None:
    accepted = lines(office["accepted all"])
    assert accepted == lines(office["accepted"])
    texts = [text for _, text in accepted]
    assert "Invite the partners to report in 2012." in texts and not any(
        t.startswith("Encourage") for t in texts
    )
    assert lines(office["accepted all"]) != lines(office["agreed"])


def test_revisions_carry_the_full_names_and_the_tabling_times(office: dict[str, dict]) -> None:
    redlines = office["tracked"]["redlines"]
    authors = {r["author"] for r in redlines}
    assert authors == {
        "United Nations Development Programme",
        "Regional Cooperation Council Secretariat",
        "Council of Europe",
        "Geneva Center for the Democratic Control of Armed Forces",
        "Organization for Security and Co-operation in Europe, Mission to Bosnia and Herzegovina",
    }
    council = {r["date"] for r in redlines if r["author"] == "Council of Europe"}
    assert council == {"2026-11-28T09:04"}
    assert {r["type"] for r in redlines} >= {"Insert", "Delete"}
    assert not office["accepted all"]["redlines"] and not office["rejected"]["redlines"]


def test_competing_amendments_are_comments_on_the_same_words(office: dict[str, dict]) -> None:
    content = office["competing"]["content"]
    creators = re.findall(r"<office:annotation\b.*?<dc:creator>(.*?)</dc:creator>", content)
    assert sorted(creators) == [
        "Organization for Security and Co-operation in Europe, Mission to Bosnia and Herzegovina",
        "United Nations Development Programme",
    ]
    assert "In operative paragraph 4, replace “note” with “acknowledge”." in content
    assert "Rationale: Weaker." in content
    revised = re.findall(r"<text:changed-region.*?<dc:creator>(.*?)</dc:creator>", content)
    assert "Southeast European Law Enforcement Center" in " ".join(revised)


def body(report: dict) -> list[tuple[str, str]]:
    """LibreOffice's paragraphs after the authoring line: (list number, words)."""
    texts = [p["text"] for p in report["paragraphs"]]
    start = texts.index("The General Assembly,") + 1
    return [(p["label"], p["text"]) for p in report["paragraphs"][start:] if p["text"].strip()]


def engine_lines(paragraphs) -> list[tuple[str, str]]:
    """The engine's text as a resolution is numbered ("4.", "(b)"; none for the preamble), in
    plain words with each note's mark where Word prints it."""
    numbers = number_paragraphs(paragraphs)
    out = []
    for p in paragraphs:
        marker = numbers[p.id].marker if p.id in numbers and p.kind != "preamble" else ""
        label = f"({marker})" if p.kind == "sub-item" else f"{marker}." if marker else ""
        out.append((label, plain_text(p.text)))
    return out


def test_a_general_assembly_negotiation_in_libreoffice(office: dict[str, dict]) -> None:
    """Draft A/80/L.3 with Ukraine's amendment A/80/L.28 pending: LibreOffice's Reject all gives the
    draft, its Accept all the text with the amendment accepted, number by number."""
    neg = general_assembly()
    assert body(office["ga rejected"]) == engine_lines(neg.agreed)
    accepted = accepted_in_voting_order(neg).agreed
    assert body(office["ga accepted all"]) == engine_lines(accepted) == body(office["ga accepted"])
    assert len(accepted) == len(neg.agreed) + 4


def test_a_negotiation_with_a_new_footnote_in_libreoffice(office: dict[str, dict]) -> None:
    """A/80/L.25 with its five amendments: the note A/80/L.31 brings is numbered by Word where it
    stands, so Accept all numbers every note in order as the accepted text does, number by number,
    and Reject all gives the draft's own notes back."""
    neg = humanitarian()
    assert body(office["l25 rejected"]) == engine_lines(neg.agreed)
    _, accepted = split_title(document(accepted_in_voting_order(neg), "agreed"))
    numbered = [
        (f"{v.marker}." if v.kind == "operative" else "", "".join(s.text for s in v.spans)) for v in accepted
    ]
    assert body(office["l25 accepted all"]) == numbered == body(office["l25 accepted"])
    notes = [note.text for p in accepted for note in p.footnotes]
    assert [note.strip() for note in office["l25 accepted all"]["footnotes"]] == notes
    assert "Report of the International Conference on Population and Development" in notes[17]
