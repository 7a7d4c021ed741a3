"""A UN draft's sponsors, read from its cover's sponsor line against the States' names."""

from __future__ import annotations

from draftdesk.engine.member_states import STATES, sponsors


def test_the_list_holds_the_member_states_and_the_observer_states() -> None:
    assert len(STATES) == 195 and len(set(STATES.values())) == 195
    assert STATES["Netherlands (Kingdom of the)"] == "NLD" and STATES["State of Palestine"] == "PSE"


def test_names_with_and_inside_them_are_read_whole() -> None:
    cover = (
        "Bosnia and Herzegovina, Côte d’Ivoire, Guinea\u2011Bissau, United Kingdom of Great Britain and "
        "Northern Ireland and Uruguay:* draft resolution"
    )
    assert sponsors(cover) == (
        [
            ("BIH", "Bosnia and Herzegovina"),
            ("CIV", "Côte d'Ivoire"),
            ("GNB", "Guinea-Bissau"),
            ("GBR", "United Kingdom of Great Britain and Northern Ireland"),
            ("URY", "Uruguay"),
        ],
        [],
    )


def test_note_marks_other_names_and_what_is_no_state() -> None:
    assert sponsors("Maldives, Nigeria,* and Thailand: draft resolution") == (
        [("MDV", "Maldives"), ("NGA", "Nigeria"), ("THA", "Thailand")],
        [],
    )
    assert sponsors("Islamic Republic of Iran: draft resolution")[0] == [
        ("IRN", "Iran (Islamic Republic of)")
    ]
    assert sponsors("Spain, Atlantis and Chile: draft decision") == (
        [("ESP", "Spain"), ("CHL", "Chile")],
        ["Atlantis"],
    )
    assert sponsors("Draft resolution submitted by the President of the General Assembly") == ([], [])
