"""locate and working_folder: a path, a slug in ./drafts, a sample shipped in the package."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from draftdesk import storage
from draftdesk.engine.model import Draft
from draftdesk.storage import lookup


def digest(folder: Path) -> str:
    """What a folder holds, names and bytes, as one hash: a write anywhere in it changes it."""
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        h.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


@pytest.fixture
def cwd(tmp_path: Path, draft: Draft) -> Path:
    """A working folder with drafts/other and a folder of its own, mine/."""
    root = tmp_path / "work"
    storage.create(root / "drafts" / "other", draft)
    storage.create(root / "mine", draft)
    (root / "plain").mkdir()
    return root


def test_no_draft_means_the_sample_shipped_in_the_package(cwd: Path) -> None:
    found = storage.locate(None, cwd)
    assert found == lookup.samples() / "belgrade-2011"
    assert lookup.is_sample(found)
    stored = storage.load(found)
    assert stored.draft.slug == "belgrade-2011" and stored.draft.paragraphs


def test_a_path_to_a_draft_folder(cwd: Path) -> None:
    assert storage.locate("mine", cwd) == cwd / "mine"
    assert storage.locate(str(cwd / "mine"), Path("/")) == cwd / "mine"
    assert not lookup.is_sample(cwd / "mine")


def test_a_slug_in_cwd_drafts_comes_before_the_sample(cwd: Path, draft: Draft) -> None:
    assert storage.locate("other", cwd) == cwd / "drafts" / "other"
    storage.create(cwd / "drafts" / "belgrade-2011", draft)
    assert storage.locate("belgrade-2011", cwd) == cwd / "drafts" / "belgrade-2011"
    assert storage.locate(None, cwd) == cwd / "drafts" / "belgrade-2011"


def test_not_found_says_where_it_looked(cwd: Path) -> None:
    with pytest.raises(storage.StorageError) as caught:
        storage.locate("plain", cwd)  # a folder, but not a draft folder
    error = caught.value
    assert error.line is None and str(error).startswith("plain: no draft folder found")
    assert str(cwd / "drafts" / "plain") in error.message and str(lookup.samples() / "plain") in error.message


def test_an_absolute_path_not_found_is_named_once(cwd: Path) -> None:
    missing = cwd / "nowhere"
    with pytest.raises(storage.StorageError) as caught:
        storage.locate(str(missing), cwd)
    assert caught.value.message.count(str(missing)) == 1


def test_acting_on_the_sample_copies_it_once_and_leaves_the_package_alone(tmp_path: Path) -> None:
    before = digest(lookup.samples())
    copy, copied = storage.working_folder("belgrade-2011", tmp_path)
    assert copied and copy == tmp_path / "drafts" / "belgrade-2011"
    assert storage.load(copy).draft == storage.load(lookup.samples() / "belgrade-2011").draft
    again, copied = storage.working_folder(None, tmp_path)
    assert (again, copied) == (copy, False)
    assert digest(lookup.samples()) == before


def test_a_draft_of_ones_own_is_acted_on_where_it_is(cwd: Path) -> None:
    assert storage.working_folder("mine", cwd) == (cwd / "mine", False)


def test_something_in_the_way_of_the_copy_is_reported(tmp_path: Path) -> None:
    (tmp_path / "drafts" / "belgrade-2011").mkdir(parents=True)  # a folder without draft.toml
    with pytest.raises(storage.StorageError, match="in the way of a working copy"):
        storage.working_folder(None, tmp_path)
