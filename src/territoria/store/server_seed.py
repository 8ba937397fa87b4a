"""``db init --from-seed``: the schema on an empty server database, then the seed in bulk.

Everything happens in one server transaction: the Alembic migrations (PostgreSQL's DDL is
transactional), then every table of the shipped seed copied row for row (reference
geography, curated records, vocabularies, ``meta``), then the search index and sequences.
An interrupted init leaves the database empty, never half-loaded.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Final

from sqlalchemy import JSON, Boolean, Engine, MetaData, Table, inspect, insert, select, text

from territoria.errors import TerritoriaError
from territoria.store import pg_ddl
from territoria.store.engine import make_engine

log = logging.getLogger(__name__)

#: Tables of the server that are not copied from the seed.
_SKIPPED: Final = frozenset({"alembic_version", "initiative_search"})
#: Rows per INSERT batch.
_BATCH: Final = 2_000


class NotEmptyError(TerritoriaError):
    """``db init`` was asked to fill a database that already holds tables."""


def _convert(table: Table, columns: list[str], row: tuple[Any, ...]) -> dict[str, Any]:
    """A seed row as the server's column types want it (SQLite keeps booleans as 0/1, JSON as text)."""
    out: dict[str, Any] = {}
    for name, value in zip(columns, row):
        kind = table.c[name].type
        if value is not None and isinstance(kind, Boolean):
            value = bool(value)
        elif value is not None and isinstance(kind, JSON) and isinstance(value, str):
            value = json.loads(value)
        out[name] = value
    return out


def init_from_seed(engine: Engine, seed: Path) -> dict[str, int]:
    """Create the schema on the empty server database of ``engine`` and load ``seed`` into it.

    Returns the rows copied per table. Raises :class:`NotEmptyError` when the database
    already has tables (use ``db upgrade`` for an existing one).
    """
    from alembic import command

    from territoria.store import migrate

    existing = [name for name in inspect(engine).get_table_names() if name != "alembic_version"]
    if existing or migrate.current_revision(engine) is not None:
        raise NotEmptyError(
            "La base du serveur n'est pas vide (tables déjà présentes) : « db init » ne remplit qu'une base "
            "neuve. Pour mettre à niveau une base existante : territoria db upgrade."
        )
    seed_engine = make_engine(seed, read_only=True)
    counts: dict[str, int] = {}
    try:
        with engine.begin() as connection, seed_engine.connect() as source:
            config = migrate._config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            server = MetaData()
            server.reflect(connection)
            seed_tables = set(inspect(source).get_table_names())
            # the seed's derived columns (sort keys, theme masks) are copied as they are: the
            # per-row triggers would only recompute them, and the index is rebuilt once below
            for table in server.sorted_tables:
                connection.exec_driver_sql(f'ALTER TABLE "{table.name}" DISABLE TRIGGER USER')
            for table in server.sorted_tables:
                if table.name in _SKIPPED or table.name not in seed_tables:
                    continue
                seed_columns = {c["name"] for c in inspect(source).get_columns(table.name)}
                columns = [c.name for c in table.columns if c.name in seed_columns]
                if table.name in ("vocab_labels", "theme_keys", "meta"):
                    connection.execute(table.delete())  # written by the migrations: the seed's win
                quoted = ", ".join(f'"{c}"' for c in columns)
                result = source.exec_driver_sql(f'SELECT {quoted} FROM "{table.name}"')
                copied = 0
                while rows := result.fetchmany(_BATCH):
                    connection.execute(insert(table), [_convert(table, columns, tuple(r)) for r in rows])
                    copied += len(rows)
                counts[table.name] = copied
                if "id" in table.c and copied:
                    _reset_sequence(connection, table.name)
            for table in server.sorted_tables:
                connection.exec_driver_sql(f'ALTER TABLE "{table.name}" ENABLE TRIGGER USER')
            for statement in pg_ddl.REBUILD:  # every row indexed once
                connection.exec_driver_sql(statement)
            connection.exec_driver_sql("ANALYZE")
    finally:
        seed_engine.dispose()
    # outside the transaction (VACUUM cannot run in one): the visibility map lets the ranking's
    # covering index answer alone (an index-only scan, as SQLite's indexes do)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM (ANALYZE) initiatives")
    log.info("server database initialised from %s: %s", seed, counts)
    return counts


def _reset_sequence(connection: Any, table: str) -> None:
    """Point the id sequence of ``table`` (if it has one) after the largest copied id."""
    sequence = connection.execute(select(text(f"pg_get_serial_sequence('{table}', 'id')"))).scalar()
    if sequence:
        connection.execute(text(f"SELECT setval('{sequence}', (SELECT max(id) FROM \"{table}\"))"))
