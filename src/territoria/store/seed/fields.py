"""Checks of curated records that the cross-reference validation does not make: field types
and geography codes. Called by ``curated.load_curated`` (seed build and data packs alike).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

#: Fields of a known type, whatever the record kind. Dates are quoted strings in TOML
#: (an unquoted TOML date would reach the database as an object, not as "YYYY-MM-DD").
_NUMBER_FIELDS = frozenset({
    "budget_eur", "amount_eur", "amount_min_eur", "amount_max_eur", "rate_max_percent", "value",
})
_INT_FIELDS = frozenset({"start_year", "end_year"})
_BOOL_FIELDS = frozenset({"url_is_article"})
_STR_LIST_FIELDS = frozenset({
    "sources", "partners", "themes", "techniques", "audiences", "aid_types", "funders", "actors", "regions",
})
_TABLE_LIST_FIELDS = frozenset({"funding", "budget_mentions"})
#: Every other field holds text.
_NOT_TEXT_FIELDS = _NUMBER_FIELDS | _INT_FIELDS | _BOOL_FIELDS | _STR_LIST_FIELDS | _TABLE_LIST_FIELDS

#: Fields every record of a kind must have (the writers read them unconditionally).
REQUIRED: dict[str, tuple[str, ...]] = {
    "sources": ("id", "title", "publisher", "url"),
    "organisations": ("id", "name", "kind"),
    "programmes": ("id", "name", "kind"),
    "schemes": ("id", "name"),
    "initiatives": ("id", "title"),
    "figures": ("id", "label", "value", "unit"),
    "events": ("id", "date", "title"),
    "priorities": ("id", "label"),
}

#: Geography fields and the kind of code they hold.
_GEO_FIELDS = {
    "commune_insee": "communes", "place_commune_insee": "communes",
    "epci_siren": "epci", "place_epci_siren": "epci",
    "departement_code": "departements", "place_departement_code": "departements",
    "region_code": "regions", "place_region_code": "regions",
}
_GEO_LABELS = {
    "communes": "commune (code INSEE)", "epci": "intercommunalité (SIREN)",
    "departements": "département", "regions": "région",
}
_SCOPE_KINDS = {"commune": "communes", "epci": "epci", "departement": "departements", "region": "regions"}


@dataclass(frozen=True, slots=True)
class Geography:
    """The codes of the reference geography a record may name."""

    communes: frozenset[str]
    epci: frozenset[str]
    departements: frozenset[str]
    regions: frozenset[str]

    def has(self, kind: str, code: str) -> bool:
        """Whether ``code`` is a real code of ``kind`` ("communes", "epci"…)."""
        return code in getattr(self, kind)


def geography_of(database_file: str) -> Geography:
    """The reference codes stored in a Territoria database file (seed or user's)."""
    connection = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True)
    try:
        def codes(sql: str) -> frozenset[str]:
            return frozenset(r[0] for r in connection.execute(sql))

        return Geography(
            codes("SELECT insee FROM communes"), codes("SELECT siren FROM epci"),
            codes("SELECT code FROM departements"), codes("SELECT code FROM regions"),
        )
    finally:
        connection.close()


def _type_name(value: Any) -> str:
    return {bool: "booléen", int: "entier", float: "nombre", str: "texte", list: "liste", dict: "table"}.get(
        type(value), type(value).__name__
    )


def field_problems(kind: str, record: dict[str, Any]) -> list[str]:
    """Type problems of one record, each "kind/id: champ …" in French."""
    # a first pass answers for the common record (every field of its type, nothing missing) with
    # a type test per field; any doubt runs the full check below, which words the problems
    for name, value in record.items():
        cls = value.__class__
        if cls is str:
            if name in _NOT_TEXT_FIELDS or "." in name:
                break
        elif cls is list:
            if name not in _STR_LIST_FIELDS:
                break
            try:
                "".join(value)  # TypeError when an item is not a text
            except TypeError:
                break
        elif cls is float or cls is int:
            if name not in _NUMBER_FIELDS and (cls is float or name not in _INT_FIELDS):
                break
        elif cls is not bool or name not in _BOOL_FIELDS:
            break
    else:
        if all(name in record for name in REQUIRED.get(kind, ())):
            return []
    rid = record.get("id", "?")
    where = f"{kind}/{rid}"
    problems = [f"{where}: champ obligatoire {name!r} absent" for name in REQUIRED.get(kind, ()) if name not in record]
    for entry in record.get("budget_mentions", []) if isinstance(record.get("budget_mentions"), list) else []:
        if isinstance(entry, dict):
            problems.extend(f"{where}: champ obligatoire 'budget_mentions.{name}' absent"
                            for name in ("amount_eur", "source") if name not in entry)
    for name, value in record.items():
        # the common cases (text in a text field, a list of texts) cost two look-ups, not a call
        if value.__class__ is str:
            if name not in _NOT_TEXT_FIELDS and "." not in name:
                continue
        elif value.__class__ is list and name in _STR_LIST_FIELDS and all(v.__class__ is str for v in value):
            continue
        problems.extend(_value_problems(where, name, value))
    return problems


def _value_problems(where: str, name: str, value: Any) -> list[str]:
    field = name.rsplit(".", 1)[-1]  # "funding.amount_eur" is typed as "amount_eur"
    expected = _expected(field, value)
    if expected is None:
        if field in _TABLE_LIST_FIELDS:  # the entries' own fields
            return [p for entry in value for key, v in entry.items() for p in _value_problems(where, f"{name}.{key}", v)]
        return []
    return [f"{where}: champ {name!r} de type {_type_name(value)}, {expected} attendu"]


def _expected(field: str, value: Any) -> str | None:
    """What ``field`` should hold when ``value`` is wrong for it, else None (checked first:
    the common case costs one type test)."""
    if field in _NUMBER_FIELDS:
        return None if isinstance(value, (int, float)) and not isinstance(value, bool) else "nombre"
    if field in _INT_FIELDS:
        return None if isinstance(value, int) and not isinstance(value, bool) else "entier"
    if field in _BOOL_FIELDS:
        return None if isinstance(value, bool) else "booléen (true/false)"
    if field in _STR_LIST_FIELDS:
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        return None if ok else "liste de textes"
    if field in _TABLE_LIST_FIELDS:
        return None if isinstance(value, list) and all(isinstance(v, dict) for v in value) else "liste de tables"
    return None if isinstance(value, str) else "texte"


def geography_problems(kind: str, record: dict[str, Any], geography: Geography) -> list[str]:
    """Codes of ``record`` that are not real communes, EPCI, départements or régions."""
    rid = record.get("id", "?")
    problems = []
    for name, geo_kind in _GEO_FIELDS.items():
        value = record.get(name)
        if isinstance(value, str) and value and not geography.has(geo_kind, value):
            problems.append(f"{kind}/{rid}: {name} {value!r} n'est pas un code de {_GEO_LABELS[geo_kind]} existant")
    for code in record.get("regions", []) if kind in {"events", "priorities"} else []:
        if isinstance(code, str) and not geography.has("regions", code):
            problems.append(f"{kind}/{rid}: regions {code!r} n'est pas un code de région existant")
    if kind == "schemes":
        scope_kind = _SCOPE_KINDS.get(str(record.get("territory_scope", "national")))
        code = record.get("territory_code")
        if scope_kind and isinstance(code, str) and code and not geography.has(scope_kind, code):
            problems.append(
                f"schemes/{rid}: territory_code {code!r} n'est pas un code de {_GEO_LABELS[scope_kind]} existant"
            )
    return problems


def seed_ids(database_file: str, kinds: tuple[str, ...]) -> dict[str, set[str]]:
    """The slugs of the seed's records of each of ``kinds`` (table names) in a database file."""
    connection = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True)
    try:
        return {kind: {r[0] for r in connection.execute(f"SELECT slug FROM {kind} WHERE origin = 'seed'")}
                for kind in kinds}
    finally:
        connection.close()
