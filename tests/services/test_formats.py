"""Record formats: a draft written by an earlier DraftDesk reads as that build read it, and this build
acts on it; a record of a newer format is left out with one line saying to update DraftDesk.

tests/data/formats/ holds one negotiation written by each earlier format (see its README.md).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from draftdesk import services, signatures, storage
from draftdesk.engine.authority import Rejected

FORMATS = Path(__file__).resolve().parents[1] / "data" / "formats"


def earlier(written_by: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict]:
    """A copy of the draft ``written_by`` wrote, with the chair's key in this test's config folder."""
    copy = tmp_path / "drafts" / "belgrade-2011"
    shutil.copytree(FORMATS / written_by / "belgrade-2011", copy)
    config = tmp_path / "config"
    if (FORMATS / written_by / "chair-keys").is_dir():
        shutil.copytree(FORMATS / written_by / "chair-keys", config)
    monkeypatch.setenv("DRAFTDESK_CONFIG_DIR", str(config))
    return copy, json.loads((FORMATS / written_by / "expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("written_by", ["unsigned", "signed-acts", "signed-texts"])
def test_a_draft_an_earlier_build_wrote_reads_as_it_did_and_takes_new_acts(
    written_by: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, expected = earlier(written_by, tmp_path, monkeypatch)
    assert storage.load(folder).skipped == ()
    neg = services.negotiation(folder)
    assert {aid: neg.state(aid).status for aid in expected["states"]} == expected["states"]
    agreed = {p.id: p.text for p in neg.agreed}
    title = expected["agreed"].pop("title", None)  # shown as a paragraph by later builds
    assert title in (None, " ".join(neg.draft.title))
    assert {pid: agreed.get(pid) for pid in expected["agreed"]} == expected["agreed"]

    (eu,) = [aid for aid in expected["states"] if aid.startswith("EU-")]
    services.decide(folder, "SEECF", eu, "accept")  # the first act signs what an earlier build left unsigned
    services.issue_revision(folder, "SEECF")
    verdict = signatures.verify(folder)
    assert verdict.founded and verdict.rejected == verdict.lost == []
    neg = services.negotiation(folder)
    assert neg.draft.revision == 2 and neg.state(eu).status == "accepted"
    assert any(p.text.startswith("Note the readiness of RACVIAC") for p in neg.agreed)


def test_a_record_of_a_newer_format_is_left_out_saying_to_update(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, expected = earlier("signed-texts", tmp_path, monkeypatch)
    (eu,) = [aid for aid in expected["states"] if aid.startswith("EU-")]
    newer = folder / "decisions" / "SEECF-29991231T000000aaaa.toml"
    newer.write_text(
        f'format = 9\nid = "{newer.stem}"\namendment = "{eu}"\naction = "accept"\nby = "SEECF"\n'
        'at = 2999-12-31T00:00:00Z\nvote = "recorded"\n',
        encoding="utf-8",
    )
    (skipped,) = storage.load(folder).skipped
    assert str(skipped) == (
        f"{newer}:1: written by a newer DraftDesk (record format 9; this one reads up to 3): "
        "update DraftDesk to read it"
    )
    assert services.negotiation(folder).state(eu).status == "tabled"  # it changes nothing
    assert Rejected(f"decisions/{newer.name}", skipped.message) in signatures.verify(folder).rejected
