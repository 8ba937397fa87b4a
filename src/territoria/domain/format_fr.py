"""French formatting of numbers, money, populations and dates.

Non-breaking spaces follow French typography: a narrow no-break space (U+202F) groups
thousands and precedes ``; ! ?``; a no-break space (U+00A0) separates a number from its
unit and sits inside « ».
"""

from __future__ import annotations

import re
from collections.abc import Callable
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


def euros(value: float | None, word: Callable[[str], str] = str,
          decimal: Callable[[float, int], str] = decimal_fr, group: Callable[[int], str] = group_thousands) -> str:
    """Money the way French officials write it: ``70 M€``, ``3,6 M€``, ``200 000 €``.

    ``word`` translates the templates (``"{0} M€"``…), ``decimal`` and ``group`` write the
    numbers: the UI passes Qt's translations, documents keep the French defaults.
    """
    if value is None:
        return word("montant inconnu")
    if abs(value) >= 1_000_000_000:
        text = word("{0} Md€").format(decimal(value / 1_000_000_000, 2))
    elif abs(value) >= 1_000_000:
        text = word("{0} M€").format(decimal(value / 1_000_000, 2))
    else:
        text = word("{0} €").format(group(round(value)))
    return text.replace(" ", NBSP)


def percent(value: float) -> str:
    """``40`` → ``"40 %"``; ``12.5`` → ``"12,5 %"``."""
    return f"{decimal_fr(value, 1)}{NBSP}%"


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def partial_date(value: str | None, word: Callable[[str], str] = str) -> str:
    """``"2025-06-12"`` → ``"12 juin 2025"``, ``"2024-10"`` → ``"octobre 2024"``, ``"2024"`` → ``"2024"``.

    ``word`` translates the month names and "1er" (the UI passes Qt's translation); a value
    that is not a date is returned as it is.
    """
    if not value:
        return ""
    match = _PARTIAL_DATE.match(value.strip())
    if not match:
        return value
    year, month, day = match.groups()
    if month is None:
        return year
    month_name = word(MONTHS[int(month) - 1]) if 1 <= int(month) <= 12 else month
    if day is None:
        return f"{month_name} {year}"
    day_text = word("1er") if int(day) == 1 else str(int(day))
    return f"{day_text} {month_name} {year}"


def long_date(value: date) -> str:
    """A ``date`` as ``"22 novembre 2026"``."""
    return partial_date(value.isoformat())


_SPACES = "[ \t\u00a0\u202f]*"
# URLs and e-mail addresses are left untouched: "?" and ":" inside them are not punctuation.
_URL = r"(?P<url>(?:https?://|ftp://|www\.|mailto:)[^\s<>«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
_TYPO_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # no-break spaces inside « »
    (re.compile(_URL + r"|«" + _SPACES), "«" + NBSP),
    (re.compile(_URL + r"|" + _SPACES + r"»"), NBSP + "»"),
    # a narrow no-break space before ; ! ? (a run such as "?!" counts as one mark)
    (re.compile(_URL + r"|(?<=[^\s;!?:(\[«'\"])" + _SPACES + r"(?P<mark>[;!?]+)"), NNBSP + r"\g<mark>"),
    # a no-break space before a colon that ends a phrase (not in "14:30")
    (re.compile(_URL + r"|(?<=[^\s:;!?(\[«'\"])" + _SPACES + r":(?=\s|$)"), NBSP + ":"),
    # digit groups written with plain spaces ("200 000") are glued by narrow no-break spaces
    (re.compile(_URL + r"|(?<![\d.,])(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+)(?!\d)"), ""),
    # a number and its unit never part
    (re.compile(_URL + r"|(?P<digit>\d)[ \t]+(?P<unit>%|€|k€|M€|Md€|hab\.|km\b|ha\b)"),
     r"\g<digit>" + NBSP + r"\g<unit>"),
)


def _apply(pattern: re.Pattern[str], replacement: str, text: str) -> str:
    def substitute(match: re.Match[str]) -> str:
        if match.group("url"):
            return match.group("url")
        if "num" in pattern.groupindex:
            return re.sub(r"[ \u00a0]", NNBSP, match.group("num"))
        return match.expand(replacement)

    return pattern.sub(substitute, text)


def typographic(text: str) -> str:
    """Apply French spacing rules to free text (idempotent).

    Puts a narrow no-break space before ``; ! ?`` and inside digit groups (``200 000``), a
    no-break space before a closing ``:``, inside « » and between a number and its unit
    (``%``, ``€``, ``M€``, ``hab.``…). URLs and e-mail addresses are left as they are, and no
    space is added at the start of a line or after an opening bracket.
    """
    for pattern, replacement in _TYPO_RULES:
        text = _apply(pattern, replacement, text)
    return text
