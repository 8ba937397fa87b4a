"""One initiative read with the plain ``sqlite3`` module, for the one-pager's quick export.

``territoria export-pdf --initiative ID`` in a new process spent most of its time importing
SQLAlchemy and its ORM. When the user's database is ready as it is — at this version's schema
head, no newer seed to merge — its one record is read here with a few SELECTs instead, into
objects with the attribute names of the ORM models (``services.record_details`` converts them
as it converts the models). Anything unexpected answers None: the caller then takes the normal
path, which creates, migrates, updates or reports the database.

The connection never writes (``query_only``) and takes no lock: readers do not need the data
folder's writer lock (SQLite's WAL lets them read while a writer writes).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

SQLITE_HEADER = b"SQLite format 3\x00"
#: Milliseconds a read waits for a writer's lock on the file (rare in WAL mode).
BUSY_TIMEOUT_MS = 5000


def _meta(connection: sqlite3.Connection, key: str) -> str | None:
    row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _seed_digest(seed: Path) -> str | None:
    connection = sqlite3.connect(f"file:{seed.as_posix()}?mode=ro", uri=True)
    try:
        return _meta(connection, "inputs_sha256")
    finally:
        connection.close()


class QuickRead:
    """A read-only connection on a ready user database and the reads of one one-pager."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def close(self) -> None:
        """Release the file."""
        self._connection.close()

    def _one(self, sql: str, *params: Any) -> sqlite3.Row | None:
        return self._connection.execute(sql, params).fetchone()

    def _all(self, sql: str, *params: Any) -> list[sqlite3.Row]:
        return self._connection.execute(sql, params).fetchall()

    def meta(self, key: str) -> str | None:
        """A value of the ``meta`` table (``data_edition``…)."""
        return _meta(self._connection, key)

    def initiative(self, initiative_id: int) -> SimpleNamespace | None:
        """The initiative with its relations, as the ORM model's attributes; None when absent."""
        row = self._one("SELECT * FROM initiatives WHERE id = ?", initiative_id)
        if row is None:
            return None
        record = SimpleNamespace(**dict(row))
        record.lead = None
        if record.lead_id is not None:
            lead = self._one("SELECT id, name, kind FROM organisations WHERE id = ?", record.lead_id)
            record.lead = SimpleNamespace(**dict(lead)) if lead is not None else None
        record.partners = [SimpleNamespace(**dict(r)) for r in self._all(
            "SELECT o.id, o.name, o.kind FROM initiative_partners p JOIN organisations o ON o.id = p.organisation_id "
            "WHERE p.initiative_id = ?", initiative_id)]
        record.sources = [SimpleNamespace(**dict(r)) for r in self._all(
            "SELECT s.* FROM initiative_sources j JOIN sources s ON s.id = j.source_id WHERE j.record_id = ?",
            initiative_id)]
        record.themes = [SimpleNamespace(theme=r[0]) for r in self._all(
            "SELECT theme FROM initiative_themes WHERE initiative_id = ?", initiative_id)]
        record.techniques = [SimpleNamespace(technique=r[0]) for r in self._all(
            "SELECT technique FROM initiative_techniques WHERE initiative_id = ?", initiative_id)]
        record.funding = [
            SimpleNamespace(amount_eur=r["amount_eur"], scheme_id=r["scheme_id"], note=r["note"],
                            funder=SimpleNamespace(name=r["funder_name"]) if r["funder_found"] else None,
                            scheme=SimpleNamespace(name=r["scheme_name"]) if r["scheme_found"] else None)
            for r in self._all(
                "SELECT f.amount_eur, f.scheme_id, f.note, o.name AS funder_name, o.id IS NOT NULL AS funder_found, "
                "s.name AS scheme_name, s.id IS NOT NULL AS scheme_found FROM funding f "
                "LEFT JOIN organisations o ON o.id = f.funder_id LEFT JOIN schemes s ON s.id = f.scheme_id "
                "WHERE f.initiative_id = ? ORDER BY f.id", initiative_id)
        ]
        record.programme = None
        if record.programme_id is not None:
            programme = self._one("SELECT name FROM programmes WHERE id = ?", record.programme_id)
            record.programme = SimpleNamespace(name=programme[0]) if programme is not None else None
        return record

    def place_names(self, commune: str | None, epci: str | None, dep: str | None,
                    reg: str | None) -> dict[str, Any]:
        """The names (and the commune's population) of the known place codes, as ``PlaceRef`` fields."""
        found: dict[str, Any] = {}
        if commune:
            row = self._one("SELECT name, population FROM communes WHERE insee = ?", commune)
            if row is not None:
                found["commune_name"], found["commune_population"] = row[0], row[1]
        for code, table, column, field in ((epci, "epci", "siren", "epci_name"),
                                           (dep, "departements", "code", "departement_name"),
                                           (reg, "regions", "code", "region_name")):
            if code:
                row = self._one(f"SELECT name FROM {table} WHERE {column} = ?", code)  # noqa: S608 - our names
                if row is not None:
                    found[field] = row[0]
        return found

    def pack_publisher_name(self, publisher_id: str) -> str | None:
        """The name of an installed pack's publisher (None once the pack was removed)."""
        row = self._one("SELECT publisher_name FROM packs WHERE publisher_id = ?", publisher_id)
        return row[0] if row else None

    def note(self, kind: str, slug: str) -> str | None:
        """The user's private note on ``kind``/``slug`` (the one user of a local file: ``user_name`` '')."""
        row = self._one("SELECT text FROM user_notes WHERE kind = ? AND record_slug = ? AND user_name = ''",
                        kind, slug)
        return row[0] if row else None

    def chosen_place(self) -> tuple[str, str] | None:
        """``(kind, code)`` of the collectivité remembered in "Ma commune", or None."""
        row = self._one("SELECT kind, code FROM user_profile WHERE user_name = '' ORDER BY id LIMIT 1")
        return (row[0], row[1]) if row else None

    def place_name(self, kind: str, code: str) -> str | None:
        """The name of place ``kind``/``code`` as ``services.communes.find_place`` reads it (a commune
        code may be an alias's: the name is then its current commune's), or None when unknown."""
        code = (code or "").strip()
        if not code:
            return None
        if kind == "commune":
            if self._one("SELECT 1 FROM communes WHERE insee = ?", code.upper()) is None:
                alias = self._one("SELECT parent_insee FROM commune_aliases WHERE insee = ? "
                                  "ORDER BY kind = 'arrondissement' DESC, kind, name LIMIT 1", code.upper())
                if alias is None:
                    return None
                code = alias[0]
            row = self._one("SELECT c.name FROM communes c JOIN departements d ON d.code = c.departement_code "
                            "JOIN regions r ON r.code = c.region_code WHERE c.insee = ?", code.upper())
        elif kind == "epci":
            row = self._one("SELECT name FROM epci WHERE siren = ?", code)
        elif kind == "departement":
            row = self._one("SELECT d.name FROM departements d JOIN regions r ON r.code = d.region_code "
                            "WHERE d.code = ? AND d.zone != 'com'", code.upper())
        elif kind == "region":
            row = self._one("SELECT name FROM regions WHERE code = ? AND zone != 'com'", code)
        else:
            return None
        return row[0] if row else None


def open_ready(database: Path, head: str, seed: Path | None) -> QuickRead | None:
    """A read-only reader on ``database`` when it is ready as it is: an SQLite file at schema
    revision ``head`` with no newer ``seed`` to merge. None otherwise, or on any error."""
    try:
        with database.open("rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                return None
        # mode=rw: never creates a missing file; query_only: this connection cannot write
        connection = sqlite3.connect(f"file:{database.as_posix()}?mode=rw", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        connection.row_factory = sqlite3.Row
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA query_only = ON")
        versions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        if [tuple(v) for v in versions] != [(head,)]:
            connection.close()
            return None
        if seed is not None and seed.is_file():
            seed_digest = _seed_digest(seed)
            if seed_digest and seed_digest != _meta(connection, "inputs_sha256"):
                connection.close()
                return None
    except (OSError, sqlite3.Error):
        connection.close()
        return None
    return QuickRead(connection)
