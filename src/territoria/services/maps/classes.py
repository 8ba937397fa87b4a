"""Classes of counts for the map: a sequential palette, breaks, and legend labels.

Five classes: "none" (0) and four classes of counts whose bounds are chosen from the
counts shown (roughly quartiles of the non-zero counts, rounded to readable numbers). Each
class also has a pattern (none, dots, lines, crossed lines, dense) so that it reads without
colour and survives black-and-white printing; the palette is ColorBrewer's "Blues", whose
lightness falls monotonically.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: Fill of each class, lightest (no initiative) to darkest (ColorBrewer Blues, 5 classes).
PALETTE: tuple[str, ...] = ("#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b")
#: Pattern of each class, for readers who do not see the colours (and grey-scale printing).
PATTERNS: tuple[str, ...] = ("none", "dots", "lines", "cross", "dense")
#: Colour of the pattern marks on each class (dark on light fills, light on dark fills).
PATTERN_INK: tuple[str, ...] = ("#5f6b7a", "#1d3c5e", "#0b2440", "#ffffff", "#ffffff")
CLASS_COUNT = len(PALETTE)
#: Dark line drawn under the dashed outline of the chosen département: where the orange dashes
#: are too close to a fill (1.4:1 on the middle blues), the casing stands out (3:1 at least, WCAG 1.4.11).
HIGHLIGHT_CASING = "#000000"


def _nice(value: float) -> int:
    """``value`` rounded up to 1, 2 or 5 times a power of ten (at least 1)."""
    value = max(1.0, value)
    power = 1
    while power * 10 <= value:
        power *= 10
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


@dataclass(frozen=True, slots=True)
class CountScale:
    """Upper bounds of the classes 1..4 (class 0 is exactly 0)."""

    #: Inclusive upper bound of classes 1, 2 and 3; class 4 holds everything above.
    bounds: tuple[int, int, int]
    maximum: int

    @classmethod
    def of(cls, counts: Iterable[int]) -> CountScale:
        """A scale for ``counts`` (bounds near the quartiles of the non-zero counts)."""
        values = sorted(c for c in counts if c > 0)
        if not values:
            return cls((1, 2, 3), 0)
        picks = [values[min(len(values) - 1, (len(values) * q) // 4)] for q in (1, 2, 3)]
        bounds: list[int] = []
        for pick in picks:
            bound = _nice(pick) if pick > 3 else pick
            bounds.append(max(bound, bounds[-1] + 1) if bounds else max(bound, 1))
        return cls((bounds[0], bounds[1], bounds[2]), values[-1])

    def index(self, count: int) -> int:
        """The class (0 to 4) of ``count``."""
        if count <= 0:
            return 0
        for position, bound in enumerate(self.bounds, start=1):
            if count <= bound:
                return position
        return 4

    def ranges(self) -> tuple[tuple[int, int | None], ...]:
        """(low, high) of each class; high None for the last, open class."""
        low = 1
        result: list[tuple[int, int | None]] = [(0, 0)]
        for bound in self.bounds:
            result.append((low, bound))
            low = bound + 1
        result.append((low, None))
        return tuple(result)
