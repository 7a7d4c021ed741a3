"""Importing a document, exporting views, and the log of every event."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from draftdesk import services
from draftdesk.services import ServiceError

from .conftest import SEED
from .helpers import reword


def test_import_makes_a_folder_named_after_the_file(tmp_path: Path) -> None:
    folder, warnings = services.import_document(SEED, tmp_path / "drafts", chair="SEECF")
    assert folder == tmp_path / "drafts" / "belgrade-2011-conclusions"
    assert warnings == []
    neg = services.negotiation(folder)
    assert neg.draft.chair == ["SEECF"]
    assert len(neg.agreed) == 18
    with pytest.raises(ServiceError, match="already exists: choose another --slug"):
        services.import_document(SEED, tmp_path / "drafts")


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "the file is empty"), (b"\x00\x01\x02PK\x03\x04" * 20, "binary"), (b"  \n\n", "empty")],
)
def test_unreadable_documents_are_refused_clearly(tmp_path: Path, data: bytes, message: str) -> None:
    source = tmp_path / "bad.txt"
    source.write_bytes(data)
    with pytest.raises(ServiceError, match=f"bad.txt: .*{message}"):
        services.import_document(source, tmp_path / "drafts")
    assert not (tmp_path / "drafts" / "bad").exists()


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match=r"missing\.txt: cannot read"):
        services.import_document(tmp_path / "missing.txt", tmp_path / "drafts")


def test_exports_of_the_agreed_text(folder: Path, tmp_path: Path) -> None:
    services.decide(folder, "SEECF", reword(folder, "UNDP", "OP5", "Recognize", "Welcome").id, "accept")
    text = services.export(folder, fmt="txt")
    assert isinstance(text, str) and "Welcome the RCC Secretariat role" in text
    assert "Recognize the RCC" in str(services.export(folder, fmt="txt", view="base"))
    markdown = services.export(folder, fmt="md", out=tmp_path / "out.md")
    assert (tmp_path / "out.md").read_text(encoding="utf-8") == markdown
    docx = services.export(folder, fmt="docx", out=tmp_path / "out.docx")
    assert isinstance(docx, bytes) and docx.startswith(b"PK")
    assert (tmp_path / "out.docx").read_bytes() == docx


def test_tracked_export_and_the_amendment_list_show_pending_proposals(folder: Path) -> None:
    amendment = reword(folder, "OSCE", "OP6", "Welcome", "Note")
    assert "OSCE" in str(services.export(folder, fmt="txt", view="tracked"))
    listing = services.export(folder, fmt="list")
    assert amendment.id in str(listing) and "tabled" in str(listing)


def test_every_text_format_the_engine_writes_is_offered(folder: Path) -> None:
    from draftdesk.engine.exporting import FORMATS

    for fmt in FORMATS:
        assert fmt in services.EXPORT_FORMATS
        assert isinstance(services.export(folder, fmt=fmt), str)


@pytest.mark.parametrize(("fmt", "view"), [("rtf", "agreed"), ("txt", "final")])
def test_unknown_formats_and_views_are_refused(folder: Path, fmt: str, view: str) -> None:
    with pytest.raises(ServiceError, match="unknown"):
        services.export(folder, fmt=fmt, view=view)


def test_the_log_lists_every_event_in_order(folder: Path) -> None:
    private = reword(folder, "UNDP", "OP5", "Recognize", "Welcome", table=False, rationale="clearer")
    services.decide(folder, "UNDP", private.id, "table")
    services.decide(folder, "RCC", private.id, "cosponsor")
    services.decide(folder, "SEECF", private.id, "accept", note="by consensus")
    events = services.log(folder)
    assert [(e.by, e.action, e.amendment) for e in events] == [
        ("UNDP", "draft", private.id),
        ("UNDP", "table", private.id),
        ("RCC", "cosponsor", private.id),
        ("SEECF", "accept", private.id),
    ]
    assert (events[0].note, events[-1].note) == ("clearer", "by consensus")
    assert all(a.at < b.at for a, b in itertools.pairwise(events))


def test_an_export_into_a_missing_folder_is_a_service_error(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="cannot write"):
        services.export(folder, fmt="txt", out=tmp_path / "no" / "such" / "out.txt")
