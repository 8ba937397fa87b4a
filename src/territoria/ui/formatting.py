"""Numbers, money, populations and dates for the screen, in the UI's language.

The French forms are exactly those of ``domain.format_fr`` (the source strings); the
words, units and separators go through Qt translation context ``"format"``, so the
English UI shows ``1,055 inhabitants``, ``€3.6M`` and ``12 June 2025``. Reports (PDF,
CSV) keep using ``domain.format_fr``: they are French documents.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from territoria.domain import format_fr

NBSP = format_fr.NBSP
NNBSP = format_fr.NNBSP

#: The month names, listed for lupdate (``format_fr.partial_date`` asks for them by name).
MONTHS = (
    QT_TRANSLATE_NOOP("format", "janvier"), QT_TRANSLATE_NOOP("format", "février"),
    QT_TRANSLATE_NOOP("format", "mars"), QT_TRANSLATE_NOOP("format", "avril"),
    QT_TRANSLATE_NOOP("format", "mai"), QT_TRANSLATE_NOOP("format", "juin"),
    QT_TRANSLATE_NOOP("format", "juillet"), QT_TRANSLATE_NOOP("format", "août"),
    QT_TRANSLATE_NOOP("format", "septembre"), QT_TRANSLATE_NOOP("format", "octobre"),
    QT_TRANSLATE_NOOP("format", "novembre"), QT_TRANSLATE_NOOP("format", "décembre"),
)


def _thousands_separator() -> str:
    # the source is the narrow no-break space French uses; English translates it to ","
    return QCoreApplication.translate("format", "\u202f", "thousands separator")


def group_thousands(value: int) -> str:
    """``1055`` → ``"1 055"`` (French) or ``"1,055"`` (English)."""
    return format_fr.group_thousands(value).replace(NNBSP, _thousands_separator())


def decimal(value: float, places: int = 1) -> str:
    """``3.6`` → ``"3,6"`` (French) or ``"3.6"`` (English); trailing zeros dropped."""
    whole, comma, fraction = format_fr.decimal_fr(value, places).partition(",")
    whole = whole.replace(NNBSP, _thousands_separator())
    return whole + (QCoreApplication.translate("format", ",", "decimal separator") + fraction if comma else "")


def population(value: int | None) -> str:
    """``1055`` → ``"1 055 hab."``; unknown → ``"population inconnue"``."""
    if value is None:
        return QCoreApplication.translate("format", "population inconnue")
    return QCoreApplication.translate("format", "{0} hab.").format(group_thousands(value)).replace(" ", NBSP)


#: The money templates, listed for lupdate (``format_fr.euros`` asks for them by name).
MONEY = (
    QT_TRANSLATE_NOOP("format", "montant inconnu"), QT_TRANSLATE_NOOP("format", "{0} Md€"),
    QT_TRANSLATE_NOOP("format", "{0} M€"), QT_TRANSLATE_NOOP("format", "{0} €"),
)


def euros(value: float | None) -> str:
    """Money: ``70 M€``, ``3,6 M€``, ``200 000 €`` (English: ``€70M``, ``€3.6M``, ``€200,000``)."""
    return format_fr.euros(value, lambda text: QCoreApplication.translate("format", text), decimal, group_thousands)


def partial_date(value: str | None) -> str:
    """``"2025-06-12"`` → ``"12 juin 2025"`` / ``"12 June 2025"``; ``"2024-10"`` → ``"octobre 2024"``."""
    return format_fr.partial_date(value, _date_word)


def _date_word(french: str) -> str:
    if french == "1er":
        return QCoreApplication.translate("format", "1er", "first day of the month")
    return QCoreApplication.translate("format", french)


