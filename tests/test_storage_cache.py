"""The per-user cache behind storage.load: same result as parsing every file, whatever happens to the cache.

Which files a load read is seen by spying on open(): draft.toml is read every time, an amendment
or decision file only when the cache does not hold that version of it.
"""

from __future__ import annotations

import builtins
import io
import os
import pickle
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from draftdesk import storage
from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.model import Draft, Org, Paragraph

T0 = datetime(2026, 11, 28, 14, 0, tzinfo=UTC)


def amendment(number: int, rationale: str = "") -> Amendment:
    op = Op("modify", target="p-1", base_text="Welcome progress;", patch="@@ -1,7 +1,7 @@\n-Welcome\n+Note\n")
    return Amendment(f"RCC-{number}", "RCC", (op,), T0 + timedelta(seconds=number), rationale=rationale)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A draft folder with three amendments and a decision."""
    draft = Draft(
        "cached",
        ["TITLE"],
        orgs=[Org("SEECF", "Forum", roles=("chair",)), Org("RCC", "Council")],
        paragraphs=[Paragraph("p-1", "operative", "Welcome progress;")],
    )
    path = tmp_path / "cached"
    decision = Decision("SEECF-1", "RCC-1", "accept", "SEECF", T0 + timedelta(minutes=1))
    storage.create(path, draft, [amendment(n) for n in (1, 2, 3)], [decision])
    return path


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the .toml files opened for reading from now on, whatever parses them."""
    seen: list[str] = []
    real = builtins.open

    def spy(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "r" in mode and str(file).endswith(".toml"):
            seen.append(Path(file).name)
        return real(file, mode, *args, **kwargs)

    real_os_open = os.open

    def os_spy(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if not flags & (os.O_WRONLY | os.O_RDWR) and str(path).endswith(".toml"):
            seen.append(Path(path).name)
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    monkeypatch.setattr(io, "open", spy)
    monkeypatch.setattr(os, "open", os_spy)
    return seen


def cold(folder: Path, monkeypatch: pytest.MonkeyPatch) -> storage.Stored:
    """The folder loaded with the cache off."""
    with monkeypatch.context() as patch:
        patch.setenv("DRAFTDESK_CACHE_DIR", "off")
        return storage.load(folder)


def error(load: Callable[[], storage.Stored]) -> str:
    """The one file a load left out, as reported."""
    (skipped,) = load().skipped
    return str(skipped)


def only_file(folder: Path) -> Path:
    (path,) = folder.iterdir()
    return path


def test_a_warm_load_reads_only_the_draft_and_gives_the_same(
    folder: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = storage.load(folder)
    assert len(reads) == 5  # draft, three amendments, a decision
    reads.clear()
    assert storage.load(folder) == first
    assert reads == ["draft.toml"]
    assert first == cold(folder, monkeypatch)


def test_a_deferred_cache_write_waits_for_its_caller(
    folder: Path, parse_cache: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    saves: list[Callable[[], None]] = []
    first = storage.load(folder, defer=saves.append)
    assert first == cold(folder, monkeypatch)
    assert len(saves) == 1
    assert not any(parse_cache.iterdir())  # nothing written until the caller runs it
    thread = threading.Thread(target=saves[0])  # as a TUI would, once its first frame is up
    thread.start()
    thread.join()
    reads.clear()
    assert storage.load(folder, defer=saves.append) == first
    assert reads == ["draft.toml"]
    assert len(saves) == 1  # nothing new read: nothing to write


def test_a_deferred_cache_write_that_fails_is_silent(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saves: list[Callable[[], None]] = []
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("DRAFTDESK_CACHE_DIR", str(blocker / "cache"))
    storage.load(folder, defer=saves.append)
    saves[0]()
    assert storage.load(folder, defer=saves.append) == cold(folder, monkeypatch)
    assert len(saves) == 2


def test_a_cache_written_in_parts_loads_whole(
    folder: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The write pickles a few records at a time (a thread beside a user interface gets its turns)."""
    monkeypatch.setattr(storage.cache, "PART", 2)
    first = storage.load(folder)
    reads.clear()
    assert storage.load(folder) == first
    assert reads == ["draft.toml"]


def test_a_load_that_changes_nothing_leaves_the_cache_file_alone(folder: Path, parse_cache: Path) -> None:
    storage.load(folder)
    before = only_file(parse_cache).stat()
    storage.load(folder)
    after = only_file(parse_cache).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_new_file_is_read_alone_and_appears(folder: Path, reads: list[str]) -> None:
    storage.load(folder)
    storage.add_amendment(folder, amendment(4))
    storage.add_decision(folder, Decision("SEECF-2", "RCC-4", "reject", "SEECF", T0 + timedelta(hours=1)))
    reads.clear()
    stored = storage.load(folder)
    assert [a.id for a in stored.amendments] == ["RCC-1", "RCC-2", "RCC-3", "RCC-4"]
    assert [d.id for d in stored.decisions] == ["SEECF-1", "SEECF-2"]
    assert reads == ["draft.toml", "RCC-4.toml", "SEECF-2.toml"]
    reads.clear()
    storage.load(folder)
    assert reads == ["draft.toml"]  # the cache now holds them


def test_a_file_replaced_with_other_content_is_read_again(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage.load(folder)
    path = folder / "amendments" / "RCC-2.toml"
    replacement = folder / "amendments" / ".RCC-2.toml.new"
    replacement.write_text('rationale = "Changed."\n' + path.read_text(encoding="utf-8"), encoding="utf-8")
    os.replace(replacement, path)
    stored = storage.load(folder)
    assert stored.amendments[1].rationale == "Changed."
    assert stored == cold(folder, monkeypatch)


def test_an_edit_in_place_of_the_same_size_is_read_again(folder: Path) -> None:
    storage.load(folder)
    path = folder / "decisions" / "SEECF-1.toml"
    text = path.read_text(encoding="utf-8")
    before = path.stat()
    with open(path, "w", encoding="utf-8") as handle:  # same inode, same size
        handle.write(text.replace('"accept"', '"reject"'))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))  # a later clock tick
    assert storage.load(folder).decisions[0].action == "reject"


def test_a_deleted_file_disappears(folder: Path, reads: list[str]) -> None:
    storage.load(folder)
    (folder / "amendments" / "RCC-3.toml").unlink()
    assert [a.id for a in storage.load(folder).amendments] == ["RCC-1", "RCC-2"]
    reads.clear()
    assert [a.id for a in storage.load(folder).amendments] == ["RCC-1", "RCC-2"]
    assert reads == ["draft.toml"]


def test_a_corrupt_cache_is_ignored_and_rewritten(
    folder: Path, parse_cache: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    storage.load(folder)
    for garbage in (b"", b"not a pickle", pickle.dumps(("a", "b", "c"))[:-3], pickle.dumps([1, 2, 3])):
        only_file(parse_cache).write_bytes(garbage)
        assert storage.load(folder) == cold(folder, monkeypatch)
    reads.clear()
    storage.load(folder)
    assert reads == ["draft.toml"]


def test_a_cache_of_another_format_or_code_is_not_used(
    folder: Path, parse_cache: Path, reads: list[str]
) -> None:
    storage.load(folder)
    path = only_file(parse_cache)
    _header, *rest = pickle.loads(path.read_bytes())
    path.write_bytes(pickle.dumps(((0, "another Python", "other code"), *rest)))
    reads.clear()
    storage.load(folder)
    assert len(reads) == 5


def test_a_planted_cache_runs_no_code(
    folder: Path, parse_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoever could write the cache file still could not make a load run code."""

    class Planted:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.mkdir, (str(tmp_path / "pwned"),))

    storage.load(folder)
    only_file(parse_cache).write_bytes(pickle.dumps(Planted()))
    assert storage.load(folder) == cold(folder, monkeypatch)
    assert not (tmp_path / "pwned").exists()


def test_an_unwritable_cache_folder_still_loads(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("DRAFTDESK_CACHE_DIR", str(blocker / "cache"))  # cannot be made, even by root
    assert storage.load(folder) == storage.load(folder) == cold(folder, monkeypatch)


HEAD = 'author = "RCC"\ncreated = 2026-11-28T14:00:00Z\n'
BAD = {
    "syntax": 'id = "RCC-9"\nauthor = \n',
    "content": f'id = "RCC-9"\n{HEAD}ops = []\n',
    "id vs file name": f'id = "RCC-8"\n{HEAD}[[ops]]\nkind = "delete"\ntarget = "p-1"\n',
}


@pytest.mark.parametrize("bad", BAD.values(), ids=BAD.keys())
def test_a_bad_file_gives_the_same_error_after_a_cached_load(
    folder: Path, bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage.load(folder)
    (folder / "amendments" / "RCC-9.toml").write_text(bad, encoding="utf-8")
    expected = error(lambda: cold(folder, monkeypatch))
    assert expected.startswith(str(folder / "amendments" / "RCC-9.toml") + ":")
    assert error(lambda: storage.load(folder)) == expected
    assert error(lambda: storage.load(folder)) == expected  # never cached


def test_a_cached_file_turned_bad_gives_its_error(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    storage.load(folder)
    path = folder / "amendments" / "RCC-1.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('author = "RCC"', "author = 7"), encoding="utf-8"
    )
    assert error(lambda: storage.load(folder)) == error(lambda: cold(folder, monkeypatch))
    assert ":2: 'author' must be a string" in error(lambda: storage.load(folder))


@pytest.mark.parametrize("off", ["", "off"])
def test_caching_off_reads_every_file_and_writes_nothing(
    folder: Path, off: str, parse_cache: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DRAFTDESK_CACHE_DIR", off)
    first = storage.load(folder)
    assert storage.load(folder) == first
    assert len(reads) == 10
    assert not any(parse_cache.iterdir())


def test_the_cache_goes_to_xdg_cache_home_else_home(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DRAFTDESK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    storage.load(folder)
    assert only_file(tmp_path / "xdg" / "draftdesk").suffix == ".pickle"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    storage.load(folder)
    assert only_file(tmp_path / "home" / ".cache" / "draftdesk").suffix == ".pickle"


def test_each_folder_has_its_own_cache(folder: Path, parse_cache: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    storage.create(other, storage.load(folder).draft, [amendment(7)])
    assert [a.id for a in storage.load(other).amendments] == ["RCC-7"]
    assert len(list(parse_cache.iterdir())) == 2


def test_a_folder_whose_name_is_not_utf8_is_cached(folder: Path, parse_cache: Path) -> None:
    odd = folder.rename(folder.with_name(os.fsdecode(b"caf\xe9")))
    assert storage.load(odd) == storage.load(odd)
    assert only_file(parse_cache).suffix == ".pickle"
