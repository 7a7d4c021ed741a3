"""Organization colours: 30 per family, readable on their grounds, told apart with any colour vision."""

from __future__ import annotations

import pytest

from draftdesk.engine.colour_vision import contrast, distance, least_distance, luminance, readable_on
from draftdesk.engine.model import Org
from draftdesk.engine.palette import DARK, LIGHT, PAPER, org_colours, org_palette

LEAST_DISTANCE = 0.04
"""OKLab distance between the two closest of 30 colours, under every simulated vision (about
two just-noticeable differences; closer colours are told apart by the code beside them)."""


def test_wcag_contrast_matches_the_published_figures() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)  # the usual AA grey
    assert luminance("#FFFFFF") == pytest.approx(1)


def test_dichromat_simulation_brings_red_and_green_together_but_not_blue_and_yellow() -> None:
    normal = distance("#D00000", "#00A000")
    assert distance("#D00000", "#00A000", "deuteranopia") < normal / 2
    assert distance("#D00000", "#00A000", "protanopia") < normal * 0.7
    assert distance("#D00000", "#00A000", "tritanopia") > normal * 0.7
    assert distance("#0000FF", "#FFFF00", "deuteranopia") > 0.5


@pytest.mark.parametrize(("family", "grounds"), [(DARK, ["#000000", "#121212"]), (LIGHT, [PAPER, "#FAFAFA"])])
def test_each_family_is_thirty_distinct_readable_colours(family: tuple[str, ...], grounds: list[str]) -> None:
    assert len(set(family)) == len(family) >= 30
    assert min(contrast(c, g) for c in family for g in grounds) >= 3
    assert least_distance(family) >= LEAST_DISTANCE


def test_the_okabe_ito_eight_repeated_for_thirty_would_fail_the_check() -> None:
    okabe_ito = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")
    assert least_distance([okabe_ito[i % 8] for i in range(30)]) < LEAST_DISTANCE
    assert min(contrast(c, PAPER) for c in okabe_ito) < 3  # its yellow on white


def test_a_ground_no_family_was_chosen_for_still_gets_readable_colours() -> None:
    grounds = ["#5A5A5A"]  # a mid grey: dark enough for the dark family, which must lighten
    assert min(contrast(c, grounds[0]) for c in org_palette(grounds)) >= 3
    assert contrast(readable_on("#FFFF00", [PAPER]), PAPER) >= 3


def test_exports_take_the_light_family_and_keep_a_draft_s_own_colour() -> None:
    orgs = [Org("UNDP", "UNDP"), Org("OSCE", "OSCE", colour="#123456")]
    assert org_colours(orgs) == {"UNDP": LIGHT[0], "OSCE": "#123456"}
