"""Which of this user's keys is which: each is labelled with the draft it was made for, and the
drafts that register it choose it."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftdesk import services, signatures
from draftdesk.storage import keystore

from .conftest import SEED


def test_keys_name_their_draft_and_the_draft_chooses_among_them(tmp_path: Path, config_folder: Path) -> None:
    drafts = tmp_path / "drafts"
    one, _ = services.import_document(SEED, drafts, slug="one", chair="SEECF")
    two, _ = services.import_document(SEED, drafts, slug="two", chair="SEECF")
    chairs = [k for k in keystore.held() if k.org == "SEECF"]
    assert sorted(k.draft for k in chairs) == ["one", "two"] and all(k.made for k in chairs)
    with pytest.raises(services.ServiceError, match="2 keys of yours for 'SEECF': give the draft"):
        services.key_for("SEECF")
    chosen = services.key_for("SEECF", two)
    assert chosen.draft == "two" and signatures.signer(two, "SEECF").public == chosen.public
    assert keystore.parse_key(keystore.key_text(chosen), tmp_path) == chosen  # the label travels
    used = services.registered_in(drafts)
    assert {public: places for public, places in used.items() if public in {k.public for k in chairs}} == {
        k.public: [k.draft] for k in chairs
    }
    _, keys = services.keys_here(one)
    assert keys["SEECF"] == [(next(k.public for k in chairs if k.draft == "one"), True)]
