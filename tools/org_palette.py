"""Choose the organization palettes (engine/palette.py) and print them with their figures.

For each family (dark, light) the candidates are an sRGB grid, kept if their WCAG contrast
reaches MARGIN against every background the family is shown on and if they are not grey (a grey
reads as the original text) and within the family's OKLab lightness band (near-black on white, or
near-white on black, reads as the text too). From them COUNT colours are chosen to maximise the smallest OKLab
distance between two of them, and between each and the theme's text, under normal vision and
the three simulated dichromacies (engine/colour_vision.py): farthest-point picks, then swaps
while one improves it. They are listed in farthest-point order, so the first organizations of
a draft get the colours farthest apart.

    PYTHONPATH=src python tools/org_palette.py          # about a minute
"""

from __future__ import annotations

import math
from itertools import product

from draftdesk.engine.colour_vision import VISIONS, contrast, hex_colour, least_distance, oklab, seen

COUNT = 30
MARGIN = 3.2
"""Contrast asked of a candidate: WCAG's 3:1 for large text and marks, with room to spare."""
LEVELS = 18
CHROMA = 0.07
FAMILIES = {
    # the lightest dark backgrounds DraftDesk offers (catppuccin-frappe's surface, nord's), its text
    "DARK": (("#414559", "#3B4252", "#121212"), ("#E0E0E0", "#FFFFFF"), (0.0, 0.92)),
    # draftdesk-light's background and surface, the paper of the exports; its text
    "LIGHT": (("#FAFAFA", "#FFFFFF"), ("#000000", "#1A1A1A"), (0.42, 1.0)),
}
Point = tuple[tuple[float, float, float], ...]


def candidates(backgrounds: tuple[str, ...], band: tuple[float, float]) -> list[str]:
    steps = [i / (LEVELS - 1) for i in range(LEVELS)]
    out = []
    for rgb in product(steps, repeat=3):
        colour = hex_colour(tuple(c**2.2 for c in rgb))  # type: ignore[arg-type]
        lightness, a, b = oklab(tuple(c**2.2 for c in rgb))  # type: ignore[arg-type]
        if (
            band[0] <= lightness <= band[1]
            and math.hypot(a, b) >= CHROMA
            and all(contrast(colour, g) >= MARGIN for g in backgrounds)
        ):
            out.append(colour)
    return sorted(set(out))


def gap(p: Point, q: Point) -> float:
    return min(math.dist(x, y) for x, y in zip(p, q, strict=True))


def farthest_first(pool: list[str], fixed: list[Point], point: dict[str, Point]) -> list[str]:
    """COUNT colours of ``pool``, each the farthest from the fixed points and those picked before it."""
    picked: list[str] = []
    nearest = {c: min(gap(point[c], f) for f in fixed) for c in pool}
    while len(picked) < COUNT:
        best = max((c for c in pool if c not in picked), key=nearest.__getitem__)
        picked.append(best)
        for c in pool:
            nearest[c] = min(nearest[c], gap(point[c], point[best]))
    return picked


def choose(backgrounds: tuple[str, ...], texts: tuple[str, ...], band: tuple[float, float]) -> list[str]:
    pool = candidates(backgrounds, band)
    point = {c: tuple(seen(c, v) for v in VISIONS) for c in [*pool, *texts]}
    fixed = [point[t] for t in texts]
    chosen = farthest_first(pool, fixed, point)
    improved = True
    while improved:
        improved = False
        for i in range(COUNT):
            others = [point[c] for j, c in enumerate(chosen) if j != i] + fixed
            score = min(gap(point[chosen[i]], o) for o in others)
            for c in pool:
                if c not in chosen and min(gap(point[c], o) for o in others) > score + 1e-9:
                    chosen[i], score, improved = c, min(gap(point[c], o) for o in others), True
    return farthest_first(chosen, fixed, point)


def main() -> None:
    for name, (backgrounds, texts, band) in FAMILIES.items():
        colours = choose(backgrounds, texts, band)
        print(f"{name} = (")
        for i in range(0, COUNT, 6):
            print("    " + " ".join(f'"{c}",' for c in colours[i : i + 6]))
        print(")")
        worst = min(contrast(c, g) for c in colours for g in backgrounds)
        print(f"# least contrast {worst:.2f}", end="")
        for n in (8, 20, COUNT):
            print(f"; first {n}: least distance {least_distance(colours[:n]):.3f}", end="")
            print(f" (normal {least_distance(colours[:n], ['normal']):.3f})", end="")
        print()


if __name__ == "__main__":
    main()
