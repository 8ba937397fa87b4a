"""Bring a newer seed into a user's database without touching what the user made.

Reference geography is replaced wholesale. Curated records are matched by ``slug``:
records of origin ``seed`` are updated or added, their children (themes, citations,
funding…) replaced; records of origin ``user`` are never written. A seed record the new
seed no longer has is removed only when nothing of the user's points at it.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Table, delete, insert, select, text, update
from sqlalchemy.exc import IntegrityError

from territoria.store.derived import apply_derived
from territoria.store.models import (
    ORIGIN_SEED,
    BudgetMention,
    Commune,
    CommuneAlias,
    Departement,
    Epci,
    Event,
    Figure,
    Funding,
    Initiative,
    InitiativeTechnique,
    InitiativeTheme,
    Meta,
    Organisation,
    Priority,
    Programme,
    Region,
    Scheme,
    SelectionEntry,
    Source,
    event_actors,
    event_regions,
    event_sources,
    figure_sources,
    initiative_partners,
    initiative_sources,
    organisation_sources,
    priority_regions,
    priority_sources,
    programme_sources,
    scheme_funders,
    scheme_sources,
)

log = logging.getLogger(__name__)

REFERENCE: tuple[Table, ...] = tuple(m.__table__ for m in (Region, Departement, Epci, Commune, CommuneAlias))  # type: ignore[misc]
CURATED: tuple[Table, ...] = tuple(
    m.__table__ for m in (Source, Organisation, Programme, Scheme, Initiative, Figure, Event, Priority)  # type: ignore[misc]
)
#: (child table, parent foreign-key column) replaced wholesale under each seed parent.
CHILDREN: tuple[tuple[Table, str], ...] = (
    (organisation_sources, "record_id"),
    (programme_sources, "record_id"),
    (BudgetMention.__table__, "programme_id"),  # type: ignore[arg-type]
    (scheme_sources, "record_id"),
    (scheme_funders, "scheme_id"),
    (initiative_sources, "record_id"),
    (initiative_partners, "initiative_id"),
    (InitiativeTheme.__table__, "initiative_id"),  # type: ignore[arg-type]
    (InitiativeTechnique.__table__, "initiative_id"),  # type: ignore[arg-type]
    (Funding.__table__, "initiative_id"),  # type: ignore[arg-type]
    (figure_sources, "record_id"),
    (event_sources, "record_id"),
    (event_actors, "event_id"),
    (event_regions, "event_id"),
    (priority_sources, "record_id"),
    (priority_regions, "priority_id"),
)


def merge_seed(user: Connection, seed: Connection) -> dict[str, int]:
    """Merge ``seed`` into ``user`` inside the caller's transaction; return counts of changes."""
    user.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    stats = {"reference": 0, "added": 0, "updated": 0, "removed": 0, "kept_user": 0}
    for table in reversed(REFERENCE):
        user.execute(delete(table))
    for table in REFERENCE:
        rows = [dict(r) for r in seed.execute(select(table)).mappings()]
        if rows:
            user.execute(insert(table), rows)
        stats["reference"] += len(rows)
    user.execute(text("DELETE FROM vocab_labels"))
    labels = [dict(r) for r in seed.execute(text("SELECT kind, slug, label FROM vocab_labels")).mappings()]
    if labels:
        user.execute(text("INSERT INTO vocab_labels(kind, slug, label) VALUES (:kind, :slug, :label)"), labels)

    idmap: dict[str, dict[int, int]] = {}
    for table in CURATED:
        idmap[table.name] = _merge_table(user, seed, table, idmap, stats)
    for child, parent_column in CHILDREN:
        _replace_children(user, seed, child, parent_column, idmap)
    for table in reversed(CURATED):
        _remove_stale(user, seed, table, stats)

    for key in ("data_edition", "inputs_sha256", "reference"):
        value = seed.execute(select(Meta.value).where(Meta.key == key)).scalar()
        if value is not None:
            user.execute(delete(Meta).where(Meta.key == key))
            user.execute(insert(Meta).values(key=key, value=value))
    _refresh_user_initiatives(user)
    user.exec_driver_sql("DELETE FROM initiatives_fts")
    user.exec_driver_sql(
        "INSERT INTO initiatives_fts(rowid, title, body, orgs, places, tags) "
        "SELECT id, title, body, orgs, places, tags FROM initiative_search_text"
    )
    return stats


def _fk_target(table: Table, column_name: str) -> str | None:
    for fk in table.c[column_name].foreign_keys:
        target = fk.column.table.name
        if target in {t.name for t in CURATED}:
            return target
    return None


def _merge_table(
    user: Connection, seed: Connection, table: Table, idmap: dict[str, dict[int, int]], stats: dict[str, int]
) -> dict[int, int]:
    mapping: dict[int, int] = {}
    existing = {r.slug: r for r in user.execute(select(table.c.id, table.c.slug, table.c.origin))}
    for row in seed.execute(select(table).order_by(table.c.id)).mappings():
        values = dict(row)
        seed_id = values.pop("id")
        for name in list(values):
            target = _fk_target(table, name)
            if target and values[name] is not None:
                values[name] = idmap[target].get(values[name])
        found = existing.get(values["slug"])
        if found is None:
            result = user.execute(insert(table).values(**values))
            mapping[seed_id] = result.inserted_primary_key[0]
            stats["added"] += 1
        elif found.origin == ORIGIN_SEED:
            user.execute(update(table).where(table.c.id == found.id).values(**values))
            mapping[seed_id] = found.id
            stats["updated"] += 1
        else:  # the user owns this slug: their record wins, seed rows point at it
            mapping[seed_id] = found.id
            stats["kept_user"] += 1
    return mapping


def _replace_children(
    user: Connection, seed: Connection, child: Table, parent_column: str, idmap: dict[str, dict[int, int]]
) -> None:
    parent_table = next(iter(child.c[parent_column].foreign_keys)).column.table.name
    parent_map = idmap[parent_table]
    owned = [
        uid
        for uid in parent_map.values()
        if user.execute(text(f"SELECT origin FROM {parent_table} WHERE id = :i"), {"i": uid}).scalar() == ORIGIN_SEED
    ]
    if owned:
        user.execute(delete(child).where(child.c[parent_column].in_(owned)))
    owned_set = set(owned)
    rows = []
    for row in seed.execute(select(child)).mappings():
        values = dict(row)
        values.pop("id", None)
        for name in list(values):
            target = _fk_target(child, name)
            if target and values[name] is not None:
                values[name] = idmap[target].get(values[name])
        if values[parent_column] in owned_set:
            rows.append(values)
    if rows:
        user.execute(insert(child), rows)


def _remove_stale(user: Connection, seed: Connection, table: Table, stats: dict[str, int]) -> None:
    seed_slugs = {r[0] for r in seed.execute(select(table.c.slug))}
    starred = {r[0] for r in user.execute(select(SelectionEntry.initiative_slug))}
    for row in user.execute(select(table.c.id, table.c.slug).where(table.c.origin == ORIGIN_SEED)).all():
        if row.slug in seed_slugs or (table.name == "initiatives" and row.slug in starred):
            continue
        savepoint = user.begin_nested()
        try:
            user.execute(delete(table).where(table.c.id == row.id))
            # foreign keys are deferred: look for rows of the user's that now point nowhere
            if user.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise IntegrityError("still referenced", None, Exception())
            savepoint.commit()
            stats["removed"] += 1
        except IntegrityError:
            savepoint.rollback()
            log.info("seed record %s/%s kept: still used by local data", table.name, row.slug)


def _refresh_user_initiatives(user: Connection) -> None:
    """Recompute derived columns of the initiatives the seed does not own (the geography may have moved)."""
    from sqlalchemy.orm import Session

    session = Session(bind=user)
    # own projects (origin "local"): never rewritten, only re-placed. Pack records are left
    # as their import placed them: their place_* overrides are not stored, and re-placing
    # from the lead alone would move them (a newer pack edition re-places them).
    for initiative in session.scalars(
        select(Initiative).where(Initiative.origin != ORIGIN_SEED, Initiative.origin != "pack")
    ):
        apply_derived(session, initiative)
    session.flush()
