"""locate: a path, a slug in ./drafts, a bundled sample; a clear error otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftdesk import storage
from draftdesk.engine.model import Draft
from draftdesk.storage import lookup


@pytest.fixture
def bundled(tmp_path: Path, draft: Draft, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for the repository's drafts/ folder, holding belgrade-2011 and other."""
    root = tmp_path / "bundled"
    storage.create(root / "belgrade-2011", draft)
    storage.create(root / "other", draft)
    monkeypatch.setattr(lookup, "BUNDLED", root)
    return root


@pytest.fixture
def cwd(tmp_path: Path, draft: Draft) -> Path:
    """A working folder with drafts/other and a folder of its own, mine/."""
    root = tmp_path / "work"
    storage.create(root / "drafts" / "other", draft)
    storage.create(root / "mine", draft)
    (root / "plain").mkdir()
    return root


def test_no_draft_means_the_bundled_sample(bundled: Path, cwd: Path, draft: Draft) -> None:
    storage.create(cwd / "drafts" / "belgrade-2011", draft)
    assert storage.locate(None, cwd) == bundled / "belgrade-2011"


def test_a_path_to_a_draft_folder(bundled: Path, cwd: Path) -> None:
    assert storage.locate("mine", cwd) == cwd / "mine"
    assert storage.locate(str(cwd / "mine"), Path("/")) == cwd / "mine"


def test_a_slug_in_cwd_drafts_comes_before_the_bundled_one(bundled: Path, cwd: Path) -> None:
    assert storage.locate("other", cwd) == cwd / "drafts" / "other"
    assert storage.locate("belgrade-2011", cwd) == bundled / "belgrade-2011"


def test_not_found_says_where_it_looked(bundled: Path, cwd: Path) -> None:
    with pytest.raises(storage.StorageError) as caught:
        storage.locate("plain", cwd)  # a folder, but not a draft folder
    error = caught.value
    assert error.line is None and str(error).startswith("plain: no draft folder found")
    assert str(cwd / "drafts" / "plain") in error.message and str(bundled / "plain") in error.message


def test_missing_bundled_sample(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lookup, "BUNDLED", tmp_path / "none")
    with pytest.raises(storage.StorageError, match="belgrade-2011: no draft folder found"):
        storage.locate(None, tmp_path)


@pytest.mark.skipif(not (lookup.BUNDLED / lookup.SAMPLE).exists(), reason="bundled sample not written yet")
def test_the_real_bundled_sample_loads(tmp_path: Path) -> None:
    stored = storage.load(storage.locate(None, tmp_path))
    assert stored.draft.slug == "belgrade-2011" and stored.draft.paragraphs
