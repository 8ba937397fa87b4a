"""Helpers of the data-truth tests: curated records read from the TOML files, ids by slug."""

from __future__ import annotations

import tomllib
from pathlib import Path

CURATED = Path(__file__).resolve().parent.parent / "data" / "curated"


def curated(kind: str) -> list[dict]:
    """The records of ``data/curated/<kind>.toml`` (kind: "events", "initiatives"…)."""
    table = {"events": "event", "initiatives": "initiative", "schemes": "scheme", "priorities": "priority",
             "organisations": "organisation", "programmes": "programme", "figures": "figure"}[kind]
    with (CURATED / f"{kind}.toml").open("rb") as handle:
        return tomllib.load(handle).get(table, [])


def record_id(db, table: str, slug: str) -> int:
    """The database id of the record ``slug`` of ``table``."""
    with db.session() as session:
        row = session.connection().exec_driver_sql(f"SELECT id FROM {table} WHERE slug = ?", (slug,)).first()
    assert row is not None, slug
    return row[0]
