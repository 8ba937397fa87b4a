"""How the lead of an initiative is known, said in French.

The sources often name a place rather than an organisation ("À Lyon, elle identifie…"): the
curated data then records the lead as ``inferred`` (our reading, with a one-line reason) or
``unknown``. Every place that prints a lead (detail pane, one-pager, dossier) says so with
these phrases.
"""

from __future__ import annotations

#: Name prefixes that take "la" / "le" in a sentence ("probablement la Métropole de Lyon").
_FEMININE = ("Métropole", "Ville", "Région", "Communauté", "Commune", "Collectivité", "Agence")
_MASCULINE = ("Département", "Conseil", "Syndicat", "Ministère", "Secrétariat", "Studio")


def with_article(name: str, kind: str = "") -> str:
    """``name`` as it reads inside a sentence: "la Métropole de Lyon", "la commune de Nantes"."""
    first = name.split(" ", 1)[0]
    if first in _FEMININE:
        return f"la {name}"
    if first in _MASCULINE:
        return f"le {name}"
    if kind == "commune":
        return f"la commune de {name}"
    return name


UNKNOWN_LEAD = "porteur non précisé par la source"


def lead_phrase(name: str | None, kind: str, attribution: str, note: str | None) -> str:
    """The lead as a report prints it.

    ``stated``: the name; ``inferred``: "porteur non précisé par la source ; probablement la
    Métropole de Lyon, compétente pour l'APA"; ``unknown`` (or no name): "porteur non précisé
    par la source".
    """
    if not name or attribution == "unknown":
        return UNKNOWN_LEAD
    if attribution == "inferred":
        reason = f", {note.strip()}" if note and note.strip() else ""
        return f"{UNKNOWN_LEAD} ; probablement {with_article(name, kind)}{reason}"
    return name
