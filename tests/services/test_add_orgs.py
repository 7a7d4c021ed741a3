"""The chair adds many organizations at once: a meeting's delegations, a UN draft's sponsors."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftdesk import services, signatures, storage

UN = Path(__file__).resolve().parents[1] / "data" / "corpus" / "un" / "A_80_L.39.txt"


def test_a_un_drafts_sponsors_are_added_at_once_and_again_adds_nothing(tmp_path: Path) -> None:
    folder, _ = services.import_document(UN, tmp_path / "drafts", slug="l39", chair="PGA")
    found, unknown = services.sponsors(folder)
    assert unknown == [] and len(found) > 20 and ("AUT", "Austria") in found
    wanted = [(code, name, "") for code, name in found]
    added, there = services.add_orgs(folder, "PGA", wanted)
    assert [(o.code, o.name) for o in added] == found and there == []
    assert {o.code for o in services.negotiation(folder).draft.orgs} == {"PGA", *(c for c, _ in found)}
    assert signatures.verify(folder) == (True, [], [])
    assert services.check_signing(folder, "AUT").signer.by == "AUT"  # a key made here for each

    files = storage.roster_ids(folder)
    again, there = services.add_orgs(folder, "PGA", [*wanted, *wanted, ("EU", "European Union", "")] * 2)
    assert [o.code for o in again] == ["EU"] and len(there) == len(found)  # an interrupted list completes
    assert len(storage.roster_ids(folder)) == len(files) + 1


def test_one_bad_entry_refuses_the_whole_list_before_anything_is_written(folder: Path) -> None:
    files = storage.roster_ids(folder)
    for wanted, why in (
        ([("AAA", "Alpha", ""), ("bad code", "Beta", "")], "not a usable organization code"),
        ([("AAA", "Alpha", ""), ("aaa", "Alpha again", "")], "(?i)aaa is given twice, with two names"),
        ([("AAA", "Alpha", ""), ("BBB", " ", "")], "BBB needs a name"),
    ):
        with pytest.raises(services.ServiceError, match=why):
            services.add_orgs(folder, "SEECF", wanted)
    with pytest.raises(services.ServiceError, match="chair"):
        services.add_orgs(folder, "UNDP", [("AAA", "Alpha", "")])
    assert storage.roster_ids(folder) == files
