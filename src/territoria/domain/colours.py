"""Colours and their contrast, by the WCAG 2.1 formulas (no Qt: the window and the PDFs share them).

RGAA, the French reference, takes WCAG's thresholds: a contrast ratio of 4.5:1 for text,
3:1 for large text (18 pt, or 14 pt bold) and for what is not text but must be seen
(outlines, marks, the state of a control). Colours are ``#rrggbb`` strings.
"""

from __future__ import annotations

#: Minimum ratio for normal text (WCAG 1.4.3, level AA).
AA_TEXT = 4.5
#: Minimum ratio for large text and for graphical objects and states (WCAG 1.4.3 and 1.4.11).
AA_LARGE = 3.0
AA_NON_TEXT = 3.0

#: The app's own colours, by meaning. Each one is a hue the window adjusts to its palette
#: (see ``ui/palette.py``): on a dark palette the same meaning is lightened until it reads.
SEMANTIC: dict[str, str] = {
    "muted": "#555555",        # secondary lines: reasons, places, dates
    "accent": "#1f4e79",       # titles and links of the PDFs
    "error": "#b00020",        # a refused field, a failed step (always with its words)
    "warning": "#8a4b00",      # a reminder (always with its words)
    "very_close": "#1b5e20",   # closeness badges: the word carries the meaning, the hue helps
    "close": "#1f5f99",
    "further": "#4d4d4d",
}
#: Background of a search term marked in the fiche and the ink drawn on it (a fixed pair).
MARK_BACKGROUND = "#ffe08a"
MARK_INK = "#000000"


def rgb(colour: str) -> tuple[int, int, int]:
    """The red, green and blue (0-255) of ``#rrggbb`` (or ``#rgb``)."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"couleur invalide : {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def hex_colour(red: float, green: float, blue: float) -> str:
    """``#rrggbb`` of three channels (clamped to 0-255 and rounded)."""
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in (red, green, blue))


def relative_luminance(colour: str) -> float:
    """WCAG's relative luminance of ``colour`` (0 for black, 1 for white)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def mix(first: str, second: str, share: float) -> str:
    """``first`` moved ``share`` (0-1) of the way to ``second``."""
    a, b = rgb(first), rgb(second)
    return hex_colour(*(x + (y - x) * share for x, y in zip(a, b, strict=True)))


def readable_on(colour: str, background: str, minimum: float = AA_TEXT) -> str:
    """``colour`` itself if it reaches ``minimum`` on ``background``, else the nearest shade that does.

    The colour is moved toward black on a light background and toward white on a dark one
    (keeping its hue as long as it can), in small steps, so the result stays close to the
    intended colour.
    """
    if contrast_ratio(colour, background) >= minimum:
        return colour
    # black reaches at least 4.58:1 on any background whose luminance is above 0.179, white below
    target = "#000000" if relative_luminance(background) > 0.179 else "#ffffff"
    for step in range(1, 101):
        shade = mix(colour, target, step / 100)
        if contrast_ratio(shade, background) >= minimum:
            return shade
    return target


def behind(colour: str, ink: str, minimum: float = AA_TEXT) -> str:
    """A background near ``colour`` on which ``ink`` reaches ``minimum`` (a selection under its text)."""
    if contrast_ratio(ink, colour) >= minimum:
        return colour
    # light ink: darken the background; dark ink: lighten it
    target = "#000000" if relative_luminance(ink) > 0.179 else "#ffffff"
    for step in range(1, 101):
        shade = mix(colour, target, step / 100)
        if contrast_ratio(ink, shade) >= minimum:
            return shade
    return target


def muted_on(ink: str, background: str, minimum: float = AA_TEXT) -> str:
    """A secondary ink between ``ink`` and ``background`` that still reaches ``minimum`` (grey on white, light grey on black)."""
    best = ink
    for step in range(1, 60):
        shade = mix(ink, background, step / 100)
        if contrast_ratio(shade, background) < minimum + 0.3:  # a margin for anti-aliasing
            break
        best = shade
    return best
