"""Translated labels of vocabulary slugs (themes, statuses, kinds…) and population bands.

The French labels live in ``domain.vocab``; this is the one place the UI turns a slug into
text, through Qt translation context ``"vocab"`` (strings listed in ``vocab_strings.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from territoria.domain import vocab
from territoria.domain.bands import BANDS_BY_SLUG

_VOCABULARIES: dict[str, dict[str, str]] = {
    "org_kind": vocab.ORG_KINDS,
    "lead_kind": vocab.LEAD_KIND_FACET,
    "programme_kind": vocab.PROGRAMME_KINDS,
    "audience": vocab.AUDIENCES,
    "aid_type": vocab.AID_TYPES,
    "theme": vocab.THEMES,
    "technique": vocab.TECHNIQUES,
    "status": vocab.STATUSES,
    "territory_scope": vocab.TERRITORY_SCOPES,
    "recurrence": vocab.RECURRENCES,
    "epci_kind": vocab.EPCI_KINDS,
}


def tr_label(text: str) -> str:
    """Translate a French vocabulary label (context ``"vocab"``)."""
    return QCoreApplication.translate("vocab", text)


def label(kind: str, slug: str) -> str:
    """The translated label of ``slug`` in vocabulary ``kind`` (the slug itself if unknown).

    ``kind`` is one of ``org_kind``, ``lead_kind``, ``programme_kind``, ``audience``,
    ``aid_type``, ``theme``, ``technique``, ``status``, ``territory_scope``, ``recurrence``,
    ``epci_kind``, or ``band`` for population bands.
    """
    if kind == "band":
        band = BANDS_BY_SLUG.get(slug)
        return tr_label(band.label) if band else slug
    text = _VOCABULARIES.get(kind, {}).get(slug)
    return tr_label(text) if text else slug
