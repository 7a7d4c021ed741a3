"""How colours are seen: WCAG contrast, perceptual distance (OKLab) and colour-blind vision.

Pure arithmetic on ``#RRGGBB`` strings. The organization palettes (palette.py) are chosen and
checked with it: WCAG 2 contrast against a background, and the distance between two colours in
OKLab (Ottosson 2020) as seen with normal vision and with each dichromacy, simulated with the
Machado, Oliveira and Fernandes (2009) matrices at severity 1.0 on linear sRGB.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Triple = tuple[float, float, float]
Matrix = tuple[Triple, Triple, Triple]

MACHADO_2009: dict[str, Matrix] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
VISIONS = ("normal", *MACHADO_2009)
"""Normal vision, then the three dichromacies, as ``seen`` simulates them."""


def _times(matrix: Matrix, v: Triple) -> Triple:
    r0, r1, r2 = matrix
    return (
        r0[0] * v[0] + r0[1] * v[1] + r0[2] * v[2],
        r1[0] * v[0] + r1[1] * v[1] + r1[2] * v[2],
        r2[0] * v[0] + r2[1] * v[1] + r2[2] * v[2],
    )


def linear(colour: str) -> Triple:
    """``#RRGGBB`` -> linear-light sRGB, each channel in 0..1."""
    value = colour.lstrip("#")
    channels = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return r, g, b


def hex_colour(rgb: Triple) -> str:
    """Linear-light sRGB (clipped to the gamut) -> ``#RRGGBB``."""
    out = []
    for c in rgb:
        c = min(1.0, max(0.0, c))
        encoded = 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055
        out.append(round(encoded * 255))
    return "#{:02X}{:02X}{:02X}".format(*out)


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance."""
    r, g, b = linear(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio, 1..21 (4.5 body text, 3 large text and UI marks)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def oklab(rgb: Triple) -> Triple:
    """Linear sRGB -> OKLab (L 0..1)."""
    lms = _times(
        (
            (0.4122214708, 0.5363325363, 0.0514459929),
            (0.2119034982, 0.6806995451, 0.1073969566),
            (0.0883024619, 0.2817188376, 0.6299787005),
        ),
        rgb,
    )
    l_, m_, s_ = (math.copysign(abs(c) ** (1 / 3), c) for c in lms)
    return _times(
        (
            (0.2104542553, 0.7936177850, -0.0040720468),
            (1.9779984951, -2.4285922050, 0.4505937099),
            (0.0259040371, 0.7827717662, -0.8086757660),
        ),
        (l_, m_, s_),
    )


def from_oklab(lab: Triple) -> Triple:
    """OKLab -> linear sRGB (possibly out of gamut)."""
    l_, m_, s_ = _times(
        (
            (1.0, 0.3963377774, 0.2158037573),
            (1.0, -0.1055613458, -0.0638541728),
            (1.0, -0.0894841775, -1.2914855480),
        ),
        lab,
    )
    return _times(
        (
            (4.0767416621, -3.3077115913, 0.2309699292),
            (-1.2684380046, 2.6097574011, -0.3413193965),
            (-0.0041960863, -0.7034186147, 1.7076147010),
        ),
        (l_**3, m_**3, s_**3),
    )


def seen(colour: str, vision: str = "normal") -> Triple:
    """The OKLab coordinates of ``colour`` as seen with ``vision`` (one of VISIONS)."""
    rgb = linear(colour)
    if vision != "normal":
        rgb = tuple(min(1.0, max(0.0, c)) for c in _times(MACHADO_2009[vision], rgb))  # type: ignore[assignment]
    return oklab(rgb)


def distance(a: str, b: str, vision: str = "normal") -> float:
    """Euclidean OKLab distance (about 0.02 is just noticeable) as seen with ``vision``."""
    return math.dist(seen(a, vision), seen(b, vision))


def least_distance(colours: Sequence[str], visions: Iterable[str] = VISIONS) -> float:
    """The smallest distance between two of ``colours`` under any of ``visions``."""
    worst = math.inf
    for vision in visions:
        points = [seen(c, vision) for c in colours]
        for i, p in enumerate(points):
            for q in points[i + 1 :]:
                worst = min(worst, math.dist(p, q))
    return worst


def is_dark(grounds: Sequence[str]) -> bool:
    """Light text reads better than dark on these grounds (WCAG: luminance under about 0.18)."""
    return sum(luminance(g) for g in grounds) / len(grounds) < 0.18


def readable_on(colour: str, backgrounds: Sequence[str], ratio: float = 3.0) -> str:
    """``colour``, made lighter or darker (hue and chroma kept as the gamut allows) until its contrast
    with every one of ``backgrounds`` reaches ``ratio``; unchanged when it already does."""
    if all(contrast(colour, b) >= ratio for b in backgrounds):
        return colour
    dark = is_dark(backgrounds)
    lightness, a, b = oklab(linear(colour))
    low, high = (lightness, 1.0) if dark else (0.0, lightness)
    for _ in range(24):  # bisection on OKLab lightness, towards the side away from the backgrounds
        middle = (low + high) / 2
        candidate = hex_colour(from_oklab((middle, a, b)))
        good = all(contrast(candidate, g) >= ratio for g in backgrounds)
        low, high = (low, middle) if good == dark else (middle, high)
    return hex_colour(from_oklab((high if dark else low, a, b)))
