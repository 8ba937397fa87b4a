"""Engine creation with the SQLite pragmas Territoria relies on."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event

if TYPE_CHECKING:  # imported by the first session only (see services.database.Database.session)
    from sqlalchemy.orm import Session, sessionmaker


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # WAL lets a background export read while the UI thread writes a star or a search.
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA cache_size = -32000")  # 32 MB page cache
    cursor.execute("PRAGMA temp_store = MEMORY")
    # No mmap: mapped database pages count in the process RSS (+130 MB on a 100k catalogue)
    # and SQLite's own 32 MB page cache already gives the same query speed here.
    cursor.execute("PRAGMA mmap_size = 0")
    cursor.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on the SQLite file ``path`` with foreign keys and WAL enabled.

    ``read_only`` opens the file through a ``mode=ro`` URI (used for the shipped seed,
    which must never be written to).
    """
    if read_only:
        url = f"sqlite:///file:{path.as_posix()}?mode=ro&uri=true"
        engine = create_engine(url)
        event.listen(engine, "connect", _read_only_pragmas)
        return engine
    engine = create_engine(f"sqlite:///{path.as_posix()}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory whose objects stay readable after commit."""
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


def make_transactional_engine(path: Path) -> Engine:
    """An engine whose transactions are SQLite's own ``BEGIN IMMEDIATE … COMMIT``.

    Python's sqlite3 module opens a transaction only before INSERT/UPDATE/DELETE, so DDL
    (CREATE TABLE, the table copies of Alembic's batch mode) would run outside it and a
    crash in the middle of an upgrade would leave half a schema. Here every statement of a
    ``with engine.begin()`` block, DDL included, commits or vanishes together.
    """
    engine = create_engine(f"sqlite:///{path.as_posix()}")

    def _connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # no implicit BEGIN: ours below
        _set_pragmas(dbapi_connection, record)

    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", _connect)
    event.listen(engine, "begin", _begin)
    return engine
