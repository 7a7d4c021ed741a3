"""Word files written by LibreOffice itself (its own numbering, styles and notes), imported."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from draftdesk.engine.amendments import Amendment
from draftdesk.engine.importing import decode_document, import_text
from draftdesk.engine.importing.docx import import_docx
from draftdesk.engine.importing.docx_changes import ops_from_docx
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.user_ops import find

from .docx_cases import T0, accepted_in_voting_order, seed_draft
from .test_docx_foreign import in_word, outline
from .test_docx_libreoffice import libreoffice
from .word_drafts import un_draft_resolution, working_group_draft

FODT = Path(__file__).resolve().parents[1] / "data" / "word" / "regional-partners.fodt"
L3 = Path(__file__).resolve().parents[1] / "data" / "corpus" / "un" / "A_80_L.3.txt"


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """LibreOffice's .docx of a document of its own (flat ODT) and of a secretariat's Word draft."""
    folder = tmp_path_factory.mktemp("lo-word")
    sources = folder / "in"
    sources.mkdir()
    (sources / "partners.fodt").write_bytes(FODT.read_bytes())
    (sources / "migrants.docx").write_bytes(un_draft_resolution())
    (sources / "working-group.docx").write_bytes(working_group_draft())
    (sources / "l3.txt").write_bytes(L3.read_bytes())
    profile = (folder / "profile").as_uri()
    command = [
        "soffice",
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "docx:MS Word 2007 XML",
    ]
    subprocess.run(
        [*command, "--outdir", str(folder), *(str(path) for path in sorted(sources.iterdir()))],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {path.stem: (folder / f"{path.stem}.docx").read_bytes() for path in sources.iterdir()}


def test_a_libreoffice_document_imports_by_its_list_levels(written: dict[str, bytes]) -> None:
    draft = import_docx(written["partners"], slug="partners").draft
    assert outline(draft) == [
        ("PP1", "", "*Recalling* its resolution 79/1,[^1]"),
        ("PP2", "", "*Welcoming* the report of the Secretary-General,"),
        ("OP1", "", "Invites the regional partners to report;"),
        ("OP2", "", "Decides:"),
        ("OP2(a)", "", "To meet in 2026;"),
        ("OP2(b)", "", "To review the matter in 2027;"),
        ("OP3", "", "Decides to include the item in its next session."),
        ("closing", "", "64th plenary meeting"),
        ("closing", "", "3 December 2025"),
    ]
    assert [(n.mark, n.text) for p in draft.paragraphs for n in p.footnotes] == [("1", "See A/79/1.")]
    assert (draft.title, draft.metadata["number"], draft.metadata["symbol"]) == (
        ["Cooperation between the United Nations and the regional partners"],
        "80/999",
        "A/RES/80/999",
    )


def test_a_word_draft_saved_again_by_libreoffice_imports_the_same(written: dict[str, bytes]) -> None:
    original = import_docx(un_draft_resolution(), slug="migrants").draft
    again = import_docx(written["migrants"], slug="migrants").draft
    assert outline(again) == outline(original)
    assert again.paragraphs == original.paragraphs
    assert again.metadata == original.metadata


def test_a_corpus_text_opened_and_saved_by_libreoffice_imports_as_the_text(written: dict[str, bytes]) -> None:
    """LibreOffice makes each line of a text a paragraph (a sentence runs on over several): the
    file is read line by line, as its text."""
    result = import_docx(written["l3"], slug="l3")
    text = import_text(decode_document(L3.read_bytes()), slug="l3")
    assert result.draft.paragraphs == text.draft.paragraphs
    assert (result.draft.title, result.draft.metadata) == (text.draft.title, text.draft.metadata)
    assert len(result.draft.paragraphs) == 16


def test_a_draft_with_no_cover_saved_by_libreoffice_imports_the_same(written: dict[str, bytes]) -> None:
    original = import_docx(working_group_draft(), slug="wg")
    again = import_docx(written["working-group"], slug="wg")
    assert again.draft.paragraphs == original.draft.paragraphs
    assert (again.draft.title, again.draft.authoring, again.warnings) == (
        original.draft.title,
        original.draft.authoring,
        original.warnings,
    )


def test_paragraphs_joined_in_libreoffice_become_one_modify_and_one_delete(tmp_path: Path) -> None:
    """LibreOffice, recording changes, deletes the mark at the end of operative paragraph 6 (the
    Delete key there) and saves as Word: the amendment joins paragraph 7's words to paragraph 6."""
    seed = seed_draft()
    (tmp_path / "seed.docx").write_bytes(in_word(seed))
    libreoffice(
        [
            {
                "path": str(tmp_path / "seed.docx"),
                "action": "join",
                "at": "Welcome the readiness",
                "out": str(tmp_path / "joined.docx"),
            }
        ]
    )
    ops = ops_from_docx((tmp_path / "joined.docx").read_bytes(), seed.paragraphs)
    op6, op7 = find(seed.paragraphs, "OP6"), find(seed.paragraphs, "OP7")
    assert [(op.kind, op.target) for op in ops] == [("modify", op6.id), ("delete", op7.id)]
    joined = accepted_in_voting_order(
        Negotiation(seed, [Amendment("UNDP-1", "UNDP", tuple(ops), T0)], [])
    ).agreed
    assert [p.text for p in joined if p.kind == "operative"][-1] == f"{op6.text} {op7.text}"
