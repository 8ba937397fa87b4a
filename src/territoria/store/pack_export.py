"""A publisher's records read back from the catalogue as a data pack's records (plain ids).

The reverse of :mod:`.pack_merge`: every row whose slug is ``"<publisher>:<id>"`` and that the
publisher's pack (or an import, or the editorial team on a server) wrote becomes the record
``{"id": "<id>", …}`` that :func:`.pack_merge.merge_pack` would write back identically. What
the merge derives (places from the lead, populations, sort keys, search documents) is left
out; a place that differs from the lead's is written as the ``place_*`` override it came from.
References name the publisher's own records by their plain id and the seed's by its slug.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import Connection, Table, select

from territoria.store import sort_keys
from territoria.store.derived import PlaceIndex
from territoria.store.models import (
    ORIGIN_PACK,
    BudgetMention,
    Funding,
    InitiativeTechnique,
    InitiativeTheme,
    event_actors,
    event_regions,
    event_sources,
    figure_sources,
    initiative_partners,
    initiative_sources,
    organisation_sources,
    programme_sources,
    scheme_funders,
    scheme_sources,
)
from territoria.store.pack_merge import _DERIVED, _NEVER_COPIED, _REFS, TABLES

#: Columns that are the catalogue's bookkeeping, never a record's field.
_BOOKKEEPING: Final = frozenset({"version", "updated_at", "updated_by", "lead_attribution"}) | frozenset(
    sort_keys.KEY_COLUMNS)
_PLACES: Final = ("commune_insee", "epci_siren", "departement_code", "region_code")

#: kind → (field, table, owning column, value column, kind the value names or None for a plain value).
_LINKS: Final[dict[str, tuple[tuple[str, Table, str, str, str | None], ...]]] = {
    "sources": (),
    "organisations": (("sources", organisation_sources, "record_id", "source_id", "sources"),),
    "programmes": (("sources", programme_sources, "record_id", "source_id", "sources"),),
    "schemes": (("sources", scheme_sources, "record_id", "source_id", "sources"),
                ("funders", scheme_funders, "scheme_id", "organisation_id", "organisations")),
    "initiatives": (("sources", initiative_sources, "record_id", "source_id", "sources"),
                    ("partners", initiative_partners, "initiative_id", "organisation_id", "organisations"),
                    ("themes", InitiativeTheme.__table__, "initiative_id", "theme", None),  # type: ignore[misc]
                    ("techniques", InitiativeTechnique.__table__, "initiative_id", "technique", None)),  # type: ignore[misc]
    "figures": (("sources", figure_sources, "record_id", "source_id", "sources"),),
    "events": (("sources", event_sources, "record_id", "source_id", "sources"),
               ("actors", event_actors, "event_id", "organisation_id", "organisations"),
               ("regions", event_regions, "event_id", "region_code", None)),
}


def _plain(value: Any) -> Any:
    """A column value as a record holds it (dates as ISO text; a server's exact numbers as floats)."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if value.__class__.__name__ == "Decimal":
        return float(value)
    return value


def publisher_records(connection: Connection, publisher_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every record of ``publisher_id`` by kind (``sources``, ``organisations``…), ordered by id."""
    prefix = f"{publisher_id}:"
    slugs: dict[str, dict[int, str]] = {}  # kind → row id → the id a record uses to name it
    for kind, table in TABLES.items():
        slugs[kind] = {r.id: (r.slug[len(prefix):] if r.slug.startswith(prefix) else r.slug)
                       for r in connection.execute(select(table.c.id, table.c.slug))}
    out: dict[str, list[dict[str, Any]]] = {}
    places: PlaceIndex | None = None
    for kind, table in TABLES.items():
        rows = connection.execute(
            select(table).where(table.c.origin == ORIGIN_PACK, table.c.pack_publisher == publisher_id,
                                table.c.slug >= prefix, table.c.slug < f"{publisher_id};").order_by(table.c.slug)
        ).mappings().all()
        if not rows:
            out[kind] = []
            continue
        children = _children(connection, kind, {r["id"] for r in rows}, slugs)
        records = []
        skipped = _NEVER_COPIED | _BOOKKEEPING | (_DERIVED if kind == "initiatives" else frozenset())
        references = {column: (field, target) for field, (column, target) in _REFS.items() if column in table.c}
        for row in rows:
            record: dict[str, Any] = {"id": row["slug"][len(prefix):]}
            for column in table.c:
                value = row[column.name]
                if column.name in references:
                    field, target = references[column.name]
                    if value is not None:
                        record[field] = slugs[target][value]
                elif column.name not in skipped and value is not None and value != [] and value != {}:
                    record[column.name] = _plain(value)
            for field, values in children.get(row["id"], {}).items():
                record[field] = values
            if kind == "initiatives":
                places = places or PlaceIndex(connection)
                _initiative_fields(connection, record, row, places)
            records.append(record)
        out[kind] = records
    return out


def _children(connection: Connection, kind: str, ids: set[int],
              slugs: dict[str, dict[int, str]]) -> dict[int, dict[str, Any]]:
    """Per owning row id, the list fields of its records (links, tags, funding, mentions)."""
    found: dict[int, dict[str, Any]] = {}

    def add(owner: int, field: str, value: Any) -> None:
        found.setdefault(owner, {}).setdefault(field, []).append(value)

    for field, table, owner, column, target in _LINKS[kind]:
        name: Callable[[Any], Any] = (lambda v: v) if target is None else (lambda v, t=target: slugs[t][v])
        for row in connection.execute(select(table.c[owner], table.c[column]).order_by(table.c[owner], table.c[column])):
            if row[0] in ids:
                add(row[0], field, name(row[1]))
    if kind == "initiatives":
        funding = Funding.__table__
        for row in connection.execute(select(funding).order_by(funding.c.id)).mappings():
            if row["initiative_id"] in ids:
                entry = {"amount_eur": _plain(row["amount_eur"]), "note": row["note"],
                         "funder": slugs["organisations"].get(row["funder_id"]) if row["funder_id"] else None,
                         "scheme": slugs["schemes"].get(row["scheme_id"]) if row["scheme_id"] else None}
                add(row["initiative_id"], "funding", {k: v for k, v in entry.items() if v is not None})
    if kind == "programmes":
        mentions = BudgetMention.__table__
        for row in connection.execute(select(mentions).order_by(mentions.c.id)).mappings():
            if row["programme_id"] in ids:
                entry = {"amount_eur": _plain(row["amount_eur"]), "qualifier": row["qualifier"],
                         "label": row["label"], "date": _plain(row["date"]),
                         "source": slugs["sources"][row["source_id"]]}
                add(row["programme_id"], "budget_mentions",
                    {k: v for k, v in entry.items() if v is not None and v != ""})
    return found


def _initiative_fields(connection: Connection, record: dict[str, Any], row: Any, places: PlaceIndex) -> None:
    """``lead_attribution`` when it is not the default, and the place override the stored place came from."""
    lead_id = row["lead_id"]
    if row["lead_attribution"] != ("stated" if lead_id else "unknown"):
        record["lead_attribution"] = row["lead_attribution"]
    lead = None
    if lead_id is not None:
        lead = dict(connection.exec_driver_sql(
            f"SELECT kind, commune_insee, epci_siren, departement_code, region_code FROM organisations "
            f"WHERE id = {int(lead_id)}").mappings().one())
    derived = places.derive(lead, {}, record.get("title", ""), record.get("start_date"), False)
    stored = tuple(row[c] for c in _PLACES)
    if stored != tuple(derived[c] for c in _PLACES):
        for column, value in zip(_PLACES, stored):
            if value is not None:
                record[f"place_{column}"] = value
                break
