"""French formatting of numbers, money, populations and dates.

Non-breaking spaces follow French typography: a narrow no-break space (U+202F) groups
thousands and precedes ``; ! ?``; a no-break space (U+00A0) separates a number from its
unit and sits inside « ».
"""

from __future__ import annotations

import re
from datetime import date

NBSP = "\u00a0"
NNBSP = "\u202f"

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)


def group_thousands(value: int) -> str:
    """``1055`` → ``"1 055"`` with a narrow no-break space."""
    sign = "-" if value < 0 else ""
    digits = str(abs(int(value)))
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return sign + NNBSP.join(reversed(groups))


def decimal_fr(value: float, places: int = 1) -> str:
    """``3.6`` → ``"3,6"``; trailing zeros dropped (``70.0`` → ``"70"``)."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    grouped = group_thousands(int(whole)) if whole not in ("", "-") else whole
    if whole.startswith("-") and int(whole) == 0:
        grouped = "-0"
    return f"{grouped},{frac}" if frac else grouped


def population(value: int | None) -> str:
    """``1055`` → ``"1 055 hab."``; unknown → ``"population inconnue"``."""
    if value is None:
        return "population inconnue"
    return f"{group_thousands(value)}{NBSP}hab."


def euros(value: float | None) -> str:
    """Money the way French officials write it: ``70 M€``, ``3,6 M€``, ``200 000 €``."""
    if value is None:
        return "montant inconnu"
    if abs(value) >= 1_000_000_000:
        return f"{decimal_fr(value / 1_000_000_000, 2)}{NBSP}Md€"
    if abs(value) >= 1_000_000:
        return f"{decimal_fr(value / 1_000_000, 2)}{NBSP}M€"
    return f"{group_thousands(round(value))}{NBSP}€"


def percent(value: float) -> str:
    """``40`` → ``"40 %"``; ``12.5`` → ``"12,5 %"``."""
    return f"{decimal_fr(value, 1)}{NBSP}%"


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def partial_date(value: str | None) -> str:
    """``"2025-06-12"`` → ``"12 juin 2025"``, ``"2024-10"`` → ``"octobre 2024"``, ``"2024"`` → ``"2024"``."""
    if not value:
        return ""
    match = _PARTIAL_DATE.match(value.strip())
    if not match:
        return value
    year, month, day = match.groups()
    if month is None:
        return year
    month_name = MONTHS[int(month) - 1] if 1 <= int(month) <= 12 else month
    if day is None:
        return f"{month_name} {year}"
    day_text = "1er" if int(day) == 1 else str(int(day))
    return f"{day_text} {month_name} {year}"


def long_date(value: date) -> str:
    """A ``date`` as ``"22 novembre 2026"``."""
    return partial_date(value.isoformat())


def typographic(text: str) -> str:
    """Apply French spacing rules to free text.

    Puts a narrow no-break space before ``; ! ?``, a no-break space before ``:`` and inside
    « », and replaces a plain space before ``%`` or ``€`` by a no-break space.
    """
    text = re.sub(r"\s*([;!?])", NNBSP + r"\1", text)
    text = re.sub(r"(?<=\S)\s*:(?=\s|$)", NBSP + ":", text)
    text = re.sub(r"«\s*", "«" + NBSP, text)
    text = re.sub(r"\s*»", NBSP + "»", text)
    text = re.sub(r"(\d) (%|€|M€|Md€|hab\.)", r"\1" + NBSP + r"\2", text)
    return text
