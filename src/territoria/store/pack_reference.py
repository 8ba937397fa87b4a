"""What a data pack may name in an open database (a file or a server): seed ids and geography."""

from __future__ import annotations

from sqlalchemy import Engine

from territoria.store.seed.fields import Geography


def reference_of(engine: Engine, kinds: tuple[str, ...]) -> tuple[dict[str, set[str]], Geography]:
    """(slugs of the seed's records of each of ``kinds`` (table names), geography codes) of
    ``engine``'s database, read in one transaction."""
    if engine.dialect.name == "sqlite":  # the file read directly: a third quicker than through the engine
        from territoria.store.seed.fields import geography_of, seed_ids

        database = str(engine.url.database)
        if database.startswith("file:"):  # a read-only engine's URI (store.engine.make_engine)
            database = database.removeprefix("file:").split("?", 1)[0]
        return seed_ids(database, kinds), geography_of(database)
    with engine.connect() as connection:
        def codes(sql: str) -> frozenset[str]:
            return frozenset(r[0] for r in connection.exec_driver_sql(sql))

        known = {kind: set(codes(f"SELECT slug FROM {kind} WHERE origin = 'seed'")) for kind in kinds}
        geography = Geography(codes("SELECT insee FROM communes"), codes("SELECT siren FROM epci"),
                              codes("SELECT code FROM departements"), codes("SELECT code FROM regions"))
    return known, geography
