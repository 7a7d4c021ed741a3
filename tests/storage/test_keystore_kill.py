"""A key write killed (kill -9) at a random moment: every key file left is whole, and the private
key's temporary file it may leave (0600) is removed once stale, as a draft's are."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import stat
import time
from pathlib import Path

from draftdesk.storage import keystore, private, unsent
from draftdesk.storage.atomic import STALE_AFTER


def write_keys() -> None:
    while True:
        keystore.new_key("UNDP", "belgrade")


def kill_9_while_writing(keys: Path, rng: random.Random) -> None:
    """Make keys in a loop in another process, and kill it at a random moment once it writes."""
    before = len(list(keys.glob("*.toml")))
    writer = multiprocessing.get_context("fork").Process(target=write_keys)
    writer.start()
    try:
        deadline = time.monotonic() + 10
        while len(list(keys.glob("*.toml"))) == before and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.03))
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.join()


def test_a_key_write_killed_leaves_whole_keys_and_its_temporary_file_goes_once_stale(
    config_folder: Path,
) -> None:
    keys = config_folder / keystore.KEYS
    rng = random.Random(16)
    left: list[Path] = []
    for _ in range(40):  # until a kill lands inside a write (about one in three)
        kill_9_while_writing(keys, rng)
        left = list(keys.glob(".*.tmp"))
        if left:
            break
    assert left, "no kill landed inside a write: nothing was tested"
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in left)
    assert len(keystore.held()) == len(list(keys.glob("*.toml")))  # each key file whole
    assert all(path.exists() for path in left)  # a fresh one may be a writer's at work: kept
    old = time.time() - STALE_AFTER - 5
    for path in left:
        os.utime(path, (old, old))
    keystore.held()  # `draftdesk keys list` (and every key written) tidies the folder
    assert not any(path.exists() for path in left)
    assert len(keystore.held()) == len(list(keys.glob("*.toml")))


def test_the_other_private_folders_are_tidied_by_their_writes(config_folder: Path, tmp_path: Path) -> None:
    """The private drafts' folder and the typing kept against a dropped terminal hold texts as private."""
    draft = tmp_path / "drafts" / "belgrade"
    typing = unsent.Keeper(draft, "UNDP")
    typing.keep(unsent.Unsent("instruction", "", "Type an amendment instruction", "In OP4, …"))
    private.mark_tabling(draft, "UNDP-1", "UNDP-2")
    old = time.time() - STALE_AFTER - 5
    stale = [
        typing.path.parent / ".UNDP.json.9.ab12.tmp",
        private.place(draft) / "tabling" / ".UNDP-1.9.ab12.tmp",
    ]
    for path in stale:
        path.write_text("half")
        os.utime(path, (old, old))
    typing.keep(unsent.Unsent("instruction", "", "Type an amendment instruction", "In OP4, delete …"))
    private.mark_tabling(draft, "UNDP-1", "UNDP-2")
    assert not any(path.exists() for path in stale)
    assert typing.kept() is not None and private.tabling(draft) == {"UNDP-1": "UNDP-2"}
