"""Write a verified data pack's records into a Territoria database.

Records are matched by their namespaced slug ("<publisher>:<id>"): a record of the pack
updates the publisher's row of that slug in place (its id, which nothing of the user's
names, stays), a new one is inserted, and one the publisher no longer sends is withdrawn,
unless it is in "Ma sélection" (kept, like a seed update does) or another record still
points at it. Children (citations, partners, themes, funding…) of the pack's records are
replaced wholesale. Rows of the seed, of other publishers and of the user are never
written. Everything runs inside the caller's transaction, in bulk (``executemany``), with
the search-index triggers suspended and the index rebuilt once at the end.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Connection, Table, delete, insert

from territoria.domain.reasons import Reason
from territoria.store import sort_keys
from territoria.store.derived import PlaceIndex
from territoria.store.models import (
    ORIGIN_PACK,
    Base,
    BudgetMention,
    Event,
    Figure,
    Funding,
    Initiative,
    InitiativeTechnique,
    InitiativeTheme,
    Organisation,
    Pack,
    Programme,
    Scheme,
    Source,
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

#: Record kind -> table, in the order records are written (references point backwards).
TABLES: dict[str, Table] = {
    "sources": Source.__table__,  # type: ignore[dict-item]
    "organisations": Organisation.__table__,  # type: ignore[dict-item]
    "programmes": Programme.__table__,  # type: ignore[dict-item]
    "schemes": Scheme.__table__,  # type: ignore[dict-item]
    "initiatives": Initiative.__table__,  # type: ignore[dict-item]
    "figures": Figure.__table__,  # type: ignore[dict-item]
    "events": Event.__table__,  # type: ignore[dict-item]
}
#: Record field -> (column, kind of the record it names).
_REFS = {"lead": ("lead_id", "organisations"), "programme": ("programme_id", "programmes"),
         "operator": ("operator_id", "organisations")}
#: Derived columns of an initiative (computed, never copied from a record).
_DERIVED = frozenset({"commune_insee", "epci_siren", "departement_code", "region_code", "lead_kind",
                      "lead_population", "title_key", "start_year", "has_money"})
#: ``version`` counts saves (optimistic locking: an update moves it on, never back to 1);
#: ``user_name`` names the owner of a local record only (migration 0010).
_NEVER_COPIED = frozenset({"id", "slug", "origin", "pack_publisher", "pack_edition", "version", "user_name"})

Resolver = Callable[[str, str], int | None]


@dataclass(frozen=True)
class _Child:
    """A table of rows owned by one record (replaced with it)."""

    table: Table
    parent: str  # the column naming the owning record
    rows: Callable[[dict[str, Any], Resolver], list[dict[str, Any]]]


def _links(field_name: str, kind: str, column: str) -> Callable[[dict[str, Any], Resolver], list[dict[str, Any]]]:
    def rows(record: dict[str, Any], resolve: Resolver) -> list[dict[str, Any]]:
        return [{column: resolve(kind, value)} for value in dict.fromkeys(record.get(field_name, []))]
    return rows


def _tags(field_name: str, column: str) -> Callable[[dict[str, Any], Resolver], list[dict[str, Any]]]:
    def rows(record: dict[str, Any], resolve: Resolver) -> list[dict[str, Any]]:
        return [{column: value} for value in dict.fromkeys(record.get(field_name, []))]
    return rows


def _funding(record: dict[str, Any], resolve: Resolver) -> list[dict[str, Any]]:
    return [
        {"amount_eur": m.get("amount_eur"), "note": m.get("note"),
         "funder_id": resolve("organisations", m["funder"]) if m.get("funder") else None,
         "scheme_id": resolve("schemes", m["scheme"]) if m.get("scheme") else None}
        for m in record.get("funding", [])
    ]


def _mentions(record: dict[str, Any], resolve: Resolver) -> list[dict[str, Any]]:
    return [
        {"amount_eur": m["amount_eur"], "qualifier": m.get("qualifier"), "label": m.get("label", ""),
         "date": m.get("date"), "source_id": resolve("sources", m["source"])}
        for m in record.get("budget_mentions", [])
    ]


_CITES = _links("sources", "sources", "source_id")
CHILDREN: dict[str, tuple[_Child, ...]] = {
    "sources": (),
    "organisations": (_Child(organisation_sources, "record_id", _CITES),),
    "programmes": (_Child(programme_sources, "record_id", _CITES),
                   _Child(BudgetMention.__table__, "programme_id", _mentions)),  # type: ignore[arg-type]
    "schemes": (_Child(scheme_sources, "record_id", _CITES),
                _Child(scheme_funders, "scheme_id", _links("funders", "organisations", "organisation_id"))),
    "initiatives": (
        _Child(initiative_sources, "record_id", _CITES),
        _Child(initiative_partners, "initiative_id", _links("partners", "organisations", "organisation_id")),
        _Child(InitiativeTheme.__table__, "initiative_id", _tags("themes", "theme")),  # type: ignore[arg-type]
        _Child(InitiativeTechnique.__table__, "initiative_id",  # type: ignore[arg-type]
               _tags("techniques", "technique")),
        _Child(Funding.__table__, "initiative_id", _funding),  # type: ignore[arg-type]
    ),
    "figures": (_Child(figure_sources, "record_id", _CITES),),
    "events": (_Child(event_sources, "record_id", _CITES),
               _Child(event_actors, "event_id", _links("actors", "organisations", "organisation_id")),
               _Child(event_regions, "event_id", _tags("regions", "region_code"))),
}


@dataclass
class KindPlan:
    """What merging a pack does to one kind: slugs added, updated, withdrawn, kept."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    kept_starred: list[str] = field(default_factory=list)


@dataclass
class MergePlan:
    """The plan of a merge, per kind, and the slugs that belong to someone else."""

    kinds: dict[str, KindPlan]
    collisions: list[str]


def _prefix_rows(connection: Connection, table: Table, publisher_id: str) -> list[Any]:
    # every slug "<publisher>:…" through the unique index on slug (';' follows ':')
    return connection.execute(
        table.select().with_only_columns(table.c.id, table.c.slug, table.c.origin, table.c.pack_publisher)
        .where(table.c.slug >= f"{publisher_id}:", table.c.slug < f"{publisher_id};")
    ).all()


def plan_merge(connection: Connection, publisher_id: str, records: dict[str, list[dict[str, Any]]]) -> MergePlan:
    """What :func:`merge_pack` would do (reads only)."""
    starred = {r[0] for r in connection.exec_driver_sql("SELECT initiative_slug FROM user_selection")}
    plan = MergePlan({}, [])
    for kind, table in TABLES.items():
        wanted = {f"{publisher_id}:{r['id']}" for r in records.get(kind, [])}
        mine: set[str] = set()
        for row in _prefix_rows(connection, table, publisher_id):
            if row.origin == ORIGIN_PACK and row.pack_publisher == publisher_id:
                mine.add(row.slug)
            elif row.slug in wanted:
                plan.collisions.append(f"{kind}/{row.slug}")
        withdrawn = sorted(mine - wanted)
        kept = [s for s in withdrawn if s in starred] if kind == "initiatives" else []
        plan.kinds[kind] = KindPlan(sorted(wanted - mine), sorted(wanted & mine),
                                    [s for s in withdrawn if s not in kept], kept)
    return plan


def _defer_foreign_keys(connection: Connection) -> None:
    """References checked at the commit, not per statement (SQLite; a server checks each row,
    which the write order already satisfies: referenced records first, withdrawals last)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def _refresh_statistics(connection: Connection) -> None:
    """On a server, the planner's statistics of the tables just written (``ANALYZE`` reads a
    sample, blocks nobody): with the counts of before a bulk load it scans the themes table once
    per initiative when the sort keys and search documents are computed (seconds, not ms)."""
    if connection.dialect.name == "postgresql":
        tables = {t.name for t in TABLES.values()} | {c.table.name for kids in CHILDREN.values() for c in kids}
        connection.exec_driver_sql("ANALYZE " + ", ".join(f'"{name}"' for name in sorted(tables)))


def _defaults(table: Table) -> dict[str, Any]:
    """The value of every writable column when a record omits it."""
    values: dict[str, Any] = {}
    for column in table.c:
        if column.name in _NEVER_COPIED:
            continue
        value = None
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            value = default.arg  # type: ignore[attr-defined]
        elif default is not None and getattr(default, "is_callable", False):
            value = default.arg(None)  # type: ignore[attr-defined]  # e.g. JSON lists
        elif column.server_default is not None and isinstance(getattr(column.server_default, "arg", None), str):
            value = column.server_default.arg  # type: ignore[attr-defined]
        values[column.name] = value
    return values


def merge_pack(
    connection: Connection,
    publisher: dict[str, Any],
    records: dict[str, list[dict[str, Any]]],
    plan: MergePlan,
    step: Callable[[int, int, str], None],
) -> None:
    """Write ``records`` (verified, plain ids) as ``publisher``'s pack; see the module docstring.

    ``connection`` must be inside the import's transaction (``store.import_transaction``:
    on SQLite one that DDL joins too, since the index triggers are dropped and restored).

    ``publisher`` holds the ``packs`` row to store (``publisher_id``, ``publisher_name``,
    ``edition``, ``title``, ``licence``, ``contact``, ``fingerprint``, ``format_version``,
    ``counts``, ``manifest_sha256``). ``step(done, total, text)`` reports progress and may
    raise to cancel (the caller's transaction then rolls everything back).
    """
    from territoria.store.search_index import search_index
    from territoria.store.seed.curated import lead_attribution

    pid, edition = publisher["publisher_id"], publisher["edition"]
    _defer_foreign_keys(connection)
    total = sum(len(records.get(kind, [])) for kind in TABLES) or 1
    done = 0
    seed_ids = {
        kind: dict(connection.exec_driver_sql(f"SELECT slug, id FROM {table.name} WHERE origin = 'seed'").fetchall())
        for kind, table in TABLES.items()
    }
    pack_ids: dict[str, dict[str, int]] = {}

    def resolve(kind: str, rid: str) -> int | None:
        found = pack_ids.get(kind, {}).get(f"{pid}:{rid}")
        return found if found is not None else seed_ids[kind].get(rid)

    index = search_index(connection.engine)
    # the publisher id is a checked slug ([a-z0-9-]): safe inside the SQL condition
    mine = f"pack_publisher = '{pid}'"
    with index.suspended(connection, scope=mine), sort_keys.suspended_for_bulk(connection, mine):
        places: PlaceIndex | None = None
        for kind, table in TABLES.items():
            rows = records.get(kind, [])
            existing = {r.slug: r.id for r in _prefix_rows(connection, table, pid)
                        if r.origin == ORIGIN_PACK and r.pack_publisher == pid}
            defaults = _defaults(table)
            skipped = _NEVER_COPIED | (_DERIVED if kind == "initiatives" else frozenset())
            orgs: dict[int, dict[str, Any]] = {}
            if kind == "initiatives":
                places = places or PlaceIndex(connection)
                orgs = {r.id: dict(r._mapping) for r in connection.exec_driver_sql(
                    "SELECT id, kind, commune_insee, epci_siren, departement_code, region_code FROM organisations")}
            inserts: list[dict[str, Any]] = []
            updates: list[dict[str, Any]] = []
            for start in range(0, len(rows), 5000):
                for record in rows[start : start + 5000]:
                    values = dict(defaults)
                    for key, value in record.items():
                        if key in values and key not in skipped:
                            values[key] = value
                    for key, (column, target) in _REFS.items():
                        if column in values:
                            values[column] = resolve(target, record[key]) if record.get(key) else None
                    if kind == "sources" and "licence" in values and values["licence"] is None:
                        values["licence"] = publisher.get("licence")
                    if kind == "initiatives":
                        values["lead_attribution"] = lead_attribution(record)
                        lead = orgs.get(values["lead_id"]) if values.get("lead_id") else None
                        money = record.get("budget_eur") is not None or any(
                            m.get("amount_eur") is not None for m in record.get("funding", []))
                        overrides = {k: v for k, v in record.items() if k.startswith("place_")}
                        assert places is not None
                        values.update(places.derive(lead, overrides, record["title"], record.get("start_date"), money))
                    if kind == "events":
                        values["date"] = str(record["date"])
                    slug = f"{pid}:{record['id']}"
                    values.update(slug=slug, origin=ORIGIN_PACK, pack_publisher=pid, pack_edition=edition)
                    if slug in existing:
                        values["b_id"] = existing[slug]
                        updates.append(values)
                    else:
                        inserts.append(values)
                done += min(5000, len(rows) - start)
                step(done, total, Reason.of("progress_writing", kind=kind))
            _write_rows(connection, table, inserts, updates)
            pack_ids[kind] = {r.slug: r.id for r in _prefix_rows(connection, table, pid)
                              if r.origin == ORIGIN_PACK and r.pack_publisher == pid}
            _replace_children(connection, kind, rows, pid, pack_ids[kind], set(existing), resolve)
        _refresh_statistics(connection)
        step(total, total, Reason.of("progress_withdrawing"))
        _withdraw(connection, plan, pid)
        connection.execute(delete(Pack.__table__).where(Pack.__table__.c.publisher_id == pid))
        connection.execute(insert(Pack.__table__).values(**publisher, imported_at=datetime.now()))
        step(total, total, Reason.of("progress_search_index"))


def _is_json(column: Any) -> bool:
    kind = column.type
    return isinstance(kind, JSON) or isinstance(getattr(kind, "impl", None), JSON) or \
        isinstance(getattr(kind, "impl_instance", None), JSON)


def _write_rows(connection: Connection, table: Table, inserts: list[dict[str, Any]],
                updates: list[dict[str, Any]]) -> None:
    """Plain ``executemany`` of positional rows (SQLAlchemy's per-row parameter processing
    costs more than the write itself at 100,000 rows); JSON columns are serialised here."""
    for rows, is_update in ((inserts, False), (updates, True)):
        if not rows:
            continue
        names = [name for name in rows[0] if name != "b_id"]
        as_json = {name for name in names if _is_json(table.c[name])}
        quoted = ", ".join(f'"{name}"' for name in names)
        if is_update:
            sets = ", ".join(f'"{name}" = ?' for name in names)
            if "version" in table.c:  # an editor who opened the record before the import gets a conflict
                sets += ', "version" = "version" + 1'
            sql = f'UPDATE "{table.name}" SET {sets} WHERE id = ?'
        else:
            sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" for _ in names)})'
        params = [
            tuple(json.dumps(row[name], ensure_ascii=False) if name in as_json and row[name] is not None
                  else row[name] for name in names) + ((row["b_id"],) if is_update else ())
            for row in rows
        ]
        connection.exec_driver_sql(sql, params)


def _replace_children(
    connection: Connection, kind: str, rows: list[dict[str, Any]], pid: str, ids: dict[str, int],
    existed: set[str], resolve: Resolver,
) -> None:
    for child in CHILDREN[kind]:
        stale = [(ids[f"{pid}:{r['id']}"],) for r in rows if f"{pid}:{r['id']}" in existed]
        if stale:
            connection.exec_driver_sql(f'DELETE FROM "{child.table.name}" WHERE "{child.parent}" = ?', stale)
        new_rows = []
        for record in rows:
            parent = ids[f"{pid}:{record['id']}"]
            for values in child.rows(record, resolve):
                values[child.parent] = parent
                new_rows.append(values)
        if new_rows:
            # children of one kind all have the same keys: plain executemany
            _write_rows(connection, child.table, new_rows, [])


def _blocking_references(table: Table) -> list[tuple[Table, str]]:
    """(table, column) pairs pointing at ``table`` that are not rows owned by its records."""
    owned = {(c.table.name, c.parent) for kind, t in TABLES.items() if t is table for c in CHILDREN[kind]}
    found = []
    for other in Base.metadata.sorted_tables:
        for column in other.c:
            for fk in column.foreign_keys:
                if fk.column.table is table and (other.name, column.name) not in owned:
                    found.append((other, column.name))
    return found


def _withdraw(connection: Connection, plan: MergePlan, publisher_id: str) -> None:
    for kind in reversed(list(TABLES)):
        table = TABLES[kind]
        slugs = set(plan.kinds[kind].withdrawn) if kind in plan.kinds else set()
        if not slugs:
            continue
        # by the publisher's slug range, not "slug IN (…)": 100,000 slugs exceed SQLite's variables
        ids = {r.slug: r.id for r in _prefix_rows(connection, table, publisher_id) if r.slug in slugs}
        referenced: set[int] = set()
        for other, column in _blocking_references(table):
            referenced.update(
                r[0] for r in connection.exec_driver_sql(
                    f'SELECT DISTINCT "{column}" FROM "{other.name}" WHERE "{column}" IS NOT NULL')
            )
        doomed = [(ident,) for ident in ids.values() if ident not in referenced]
        if doomed:
            connection.exec_driver_sql(f'DELETE FROM "{table.name}" WHERE id = ?', doomed)


def withdraw_publisher(connection: Connection, publisher_id: str) -> MergePlan:
    """Withdraw every record of ``publisher_id`` (starred initiatives and rows still
    referenced elsewhere stay) and forget its ``packs`` row; returns what was planned."""
    from territoria.store.search_index import search_index

    plan = plan_merge(connection, publisher_id, {})
    _defer_foreign_keys(connection)
    # what stays of the publisher (starred or still referenced) is re-indexed; the rest left with its rows
    with search_index(connection.engine).suspended(connection, scope=f"pack_publisher = '{publisher_id}'"):
        _withdraw(connection, plan, publisher_id)
        connection.execute(delete(Pack.__table__).where(Pack.__table__.c.publisher_id == publisher_id))
    return plan
