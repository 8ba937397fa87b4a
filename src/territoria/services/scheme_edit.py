"""Agency mode: the agency's team edits the schemes of its publisher on the server.

A scheme of origin ``pack`` whose ``pack_publisher`` is the agency's (``services.agency_mode``)
may be edited: its name, summary, link, dates, amounts and contact. Its operator, funders,
programme, territory and sources stay as published. Like the initiatives of the record form,
a save carries the version it opened and is refused with
:class:`~territoria.services.record_versions.EditConflictError` when someone saved since.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from territoria.errors import NotFoundError, TerritoriaError
from territoria.services.database import Database
from territoria.services.record_versions import EditConflictError
from territoria.store.models import ORIGIN_PACK, Scheme
from territoria.store.versions import claim_version, current_version

FIELD_LABELS = {
    "name": "Nom", "summary": "Résumé", "url": "Lien", "opens": "Ouverture", "closes": "Clôture",
    "opens_announced": "Ouverture annoncée", "amount_min_eur": "Montant minimum",
    "amount_max_eur": "Montant maximum", "rate_max_percent": "Taux maximum (%)", "contact": "Contact",
}
_LIMITS = {"name": 250, "summary": 5000, "url": 1000, "opens_announced": 200, "contact": 500}
_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


class SchemeError(TerritoriaError):
    """A scheme that cannot be saved: ``errors`` maps each bad field to its French message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        lines = [f"{FIELD_LABELS.get(name, name)} : {message}" for name, message in self.errors.items()]
        super().__init__("Le dispositif n'a pas été enregistré :\n- " + "\n- ".join(lines))


@dataclass(frozen=True, slots=True)
class SchemeFields:
    """The editable fields of a scheme."""

    name: str = ""
    summary: str = ""
    url: str = ""
    opens: str = ""  # YYYY-MM or YYYY-MM-DD
    closes: str = ""
    opens_announced: str = ""
    amount_min_eur: float | None = None
    amount_max_eur: float | None = None
    rate_max_percent: float | None = None
    contact: str = ""


@dataclass(frozen=True, slots=True)
class OpenedScheme:
    """A scheme opened in the form: its fields and the version they were read at."""

    id: int
    fields: SchemeFields
    version: int


def _valid_date(value: str) -> bool:
    match = _DATE.match(value)
    if not match:
        return False
    year, month, day = match.groups()
    try:
        date(int(year), int(month), int(day or 1))
    except ValueError:
        return False
    return True


def validate_scheme(fields: SchemeFields) -> dict[str, str]:
    """Every problem of ``fields`` as ``{field: French message}`` (empty when all is well)."""
    errors: dict[str, str] = {}
    for name, limit in _LIMITS.items():
        value = getattr(fields, name)
        if not isinstance(value, str):
            errors[name] = "doit être un texte."
        elif len(value.strip()) > limit:
            errors[name] = f"trop long ({len(value.strip())} caractères ; {limit} au plus)."
        elif not all(ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs") for ch in value):
            errors[name] = "contient des caractères de contrôle."
    if "name" not in errors and not fields.name.strip():
        errors["name"] = "obligatoire."
    for name in ("opens", "closes"):
        value = getattr(fields, name)
        if value and not _valid_date(str(value)):
            errors[name] = f"date invalide « {value} » : écrivez AAAA-MM ou AAAA-MM-JJ."
    if fields.opens and fields.closes and not errors.keys() & {"opens", "closes"} and fields.closes < fields.opens:
        errors["closes"] = "la clôture précède l'ouverture."
    for name in ("amount_min_eur", "amount_max_eur", "rate_max_percent"):
        value = getattr(fields, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                  or not math.isfinite(value) or value < 0):
            errors[name] = "doit être un nombre positif."
    if (fields.rate_max_percent or 0) > 100 and "rate_max_percent" not in errors:
        errors["rate_max_percent"] = "un taux ne dépasse pas 100 %."
    if (fields.amount_min_eur is not None and fields.amount_max_eur is not None
            and not errors.keys() & {"amount_min_eur", "amount_max_eur"}
            and fields.amount_min_eur > fields.amount_max_eur):
        errors["amount_max_eur"] = "inférieur au montant minimum."
    return errors


def _clean(fields: SchemeFields) -> SchemeFields:
    def number(value: float | None) -> float | None:
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value

    return replace(fields, name=" ".join(fields.name.split()), summary=fields.summary.strip(), url=fields.url.strip(),
                   opens=fields.opens.strip(), closes=fields.closes.strip(),
                   opens_announced=fields.opens_announced.strip(), contact=fields.contact.strip(),
                   amount_min_eur=number(fields.amount_min_eur), amount_max_eur=number(fields.amount_max_eur),
                   rate_max_percent=number(fields.rate_max_percent))


def _editable(session, scheme_id: int, publisher: str | None) -> Scheme:
    row = session.get(Scheme, int(scheme_id))
    if row is None or not publisher or row.origin != ORIGIN_PACK or row.pack_publisher != publisher:
        raise NotFoundError(f"Le dispositif n° {scheme_id} n'est pas un dispositif de l'éditeur de l'agence "
                            "(seuls ceux-là peuvent être modifiés, sur la base partagée).")
    return row


def _fields(row: Scheme) -> SchemeFields:
    return SchemeFields(
        name=row.name, summary=row.summary or "", url=row.url or "", opens=row.opens or "", closes=row.closes or "",
        opens_announced=row.opens_announced or "", amount_min_eur=row.amount_min_eur,
        amount_max_eur=row.amount_max_eur, rate_max_percent=row.rate_max_percent, contact=row.contact or "",
    )


def list_publisher_schemes(db: Database, publisher: str | None) -> list[tuple[int, str]]:
    """``(id, name)`` of every scheme of ``publisher``, by name (none without a publisher)."""
    if not publisher:
        return []
    with db.session() as session:
        rows = session.execute(select(Scheme.id, Scheme.name).where(Scheme.origin == ORIGIN_PACK,
                                                                    Scheme.pack_publisher == publisher)
                               .order_by(Scheme.name, Scheme.id))
        return [(int(i), str(n)) for i, n in rows]


def open_scheme(db: Database, scheme_id: int, *, publisher: str | None) -> OpenedScheme:
    """The fields of the publisher's scheme ``scheme_id`` and their version (read together)."""
    with db.session() as session:
        row = _editable(session, scheme_id, publisher)
        return OpenedScheme(int(scheme_id), _fields(row), row.version)


def update_scheme(db: Database, scheme_id: int, fields: SchemeFields, *, expected_version: int,
                  publisher: str | None) -> int:
    """Save ``fields`` on the publisher's scheme opened at ``expected_version``; returns the new version.

    Raises :class:`SchemeError` (bad fields), ``NotFoundError`` (not the publisher's) or
    :class:`EditConflictError` (someone saved since: nothing written, both versions shown).
    """
    cleaned = _clean(fields)
    errors = validate_scheme(cleaned)
    if errors:
        raise SchemeError(errors)
    with db.session() as session:
        row = _editable(session, scheme_id, publisher)
        if not claim_version(session, Scheme, scheme_id, expected_version):
            session.refresh(row)  # what the other editor saved, as committed now
            theirs = _fields(row)
            their_version = current_version(session, Scheme, scheme_id) or 0
            title = row.name
        else:
            session.refresh(row)
            row.name, row.summary, row.url = cleaned.name, cleaned.summary, cleaned.url or None
            row.opens, row.closes = cleaned.opens or None, cleaned.closes or None
            row.opens_announced = cleaned.opens_announced or None
            row.amount_min_eur, row.amount_max_eur = cleaned.amount_min_eur, cleaned.amount_max_eur
            row.rate_max_percent, row.contact = cleaned.rate_max_percent, cleaned.contact or None
            return row.version
    raise EditConflictError(title, int(expected_version), their_version, cleaned, theirs, FIELD_LABELS)
