"""New words announced before they are quoted ("add the following sentence at the end: …",
"Amend operative paragraph 3 as follows: …"), as amendment documents write them."""

from __future__ import annotations

import pytest

from .test_instructions_moves import text_of

CHANGED = "Calls for action. It notes the plan again;"


@pytest.mark.parametrize(
    ("instruction", "op3"),
    [
        ("Amend operative paragraph 3 as follows: “Calls for peace;”", "Calls for peace;"),
        (
            "Amend operative paragraph 3 as follows: replace “action” with “peace”.",
            CHANGED.replace("action", "peace"),
        ),
        (
            "Add the following sentence at the end of operative paragraph 3: “It acts.”",
            CHANGED[:-1] + ". It acts;",
        ),
        (
            "In operative paragraph 3, add the following sentence at the end: “It acts.”",
            CHANGED[:-1] + ". It acts;",
        ),
        (
            "At the end of operative paragraph 3, add the following words: “and acts”",
            CHANGED[:-1] + " and acts;",
        ),
        (
            "In operative paragraph 3, insert the following words before “again”: “once”",
            "Calls for action. It notes the plan once again;",
        ),
    ],
)
def test_words_announced_before_they_are_quoted(instruction: str, op3: str) -> None:
    assert text_of(instruction)["OP3"] == op3
