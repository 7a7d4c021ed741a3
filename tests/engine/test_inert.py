"""Inert text: every character a terminal would obey is shown instead, everything else is untouched."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from draftdesk.engine.inert import inert, inert_json

OBEYED = [
    chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))
]
HARMLESS = [c for c in OBEYED if c not in "\n\t"]


def test_every_control_character_is_shown_not_kept() -> None:
    shown = inert("".join(HARMLESS))
    assert not set(shown) & set(HARMLESS)
    assert inert("\x1b[2J") == "␛[2J" and inert("a\x07b") == "a␇b" and inert("\x9b") == "\\x9b"
    assert inert("\u202eevil") == "\\u202eevil"


def test_line_breaks_tabs_and_every_script_stay() -> None:
    text = "Accueille «la réunion»\tو مرحبا\n— 会议 “welcome” \u200d\u00a0"
    assert inert(text) == text


@given(st.text(alphabet=st.characters(blacklist_characters=HARMLESS)))
def test_ordinary_text_is_left_as_it_is(text: str) -> None:
    assert inert(text) == text


@given(st.text())
def test_json_made_inert_reads_back_the_same(text: str) -> None:
    document = inert_json(json.dumps({"text": text}, ensure_ascii=False))
    assert json.loads(document) == {"text": text}
    assert not set(document) & set(HARMLESS)
