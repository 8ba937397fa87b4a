"""The one transaction of a catalogue import (a pack, or an outside catalogue), on either engine.

On a SQLite file the import is SQLite's own ``BEGIN IMMEDIATE … COMMIT`` (DDL included: the
index triggers are dropped and restored inside it), and the caller has already copied the file
to a backup. On a PostgreSQL server there is no file to copy: the server's transaction is the
safety net (any failure, a dropped connection included, rolls everything back), and an
advisory lock held until the commit makes imports of several editors wait for one another
instead of interleaving. Readers are never blocked by it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from sqlalchemy import Connection, Engine, text

from territoria.errors import TerritoriaError

#: The advisory lock key of imports (any constant bigint: "territoria import" as a number).
IMPORT_LOCK_KEY: Final = 0x7465727269_696D70
#: How long an import waits for another one to finish before giving up, by default (seconds).
DEFAULT_WAIT: Final = 120.0
_POLL: Final = 0.2


class ImportBusyError(TerritoriaError):
    """Another import holds the server's import lock."""


def keeps_file_backups(engine: Engine) -> bool:
    """Whether an import into ``engine``'s database is preceded by a copy of its file (SQLite);
    a server's own transaction (and ``pg_dump``) stand in for it."""
    return engine.dialect.name == "sqlite"


@contextmanager
def import_transaction(engine: Engine, *, wait: float = DEFAULT_WAIT) -> Iterator[Connection]:
    """A connection inside the import's single transaction: committed when the block ends,
    rolled back (nothing written) when it raises.

    On a server the import lock is taken first, waiting up to ``wait`` seconds for another
    import to commit; past that, :class:`ImportBusyError` (French, nothing changed).
    """
    if engine.dialect.name == "sqlite":
        from territoria.store.engine import make_transactional_engine

        local = make_transactional_engine(Path(str(engine.url.database)))
        try:
            with local.begin() as connection:
                yield connection
        finally:
            local.dispose()
        return
    with engine.begin() as connection:
        _take_lock(connection, wait)
        yield connection


def _take_lock(connection: Connection, wait: float) -> None:
    """``pg_try_advisory_xact_lock`` until it succeeds or ``wait`` runs out (released at commit
    or rollback, even when the connection drops)."""
    deadline = time.monotonic() + max(0.0, wait)
    attempt = text("SELECT pg_try_advisory_xact_lock(:key)")
    while not connection.execute(attempt, {"key": IMPORT_LOCK_KEY}).scalar():
        if time.monotonic() >= deadline:
            raise ImportBusyError(
                f"Un autre import est en cours sur le serveur{_holder(connection)} ; il n'est pas terminé après "
                f"{wait:.0f} s d'attente. Réessayez quand il sera fini : rien n'a été modifié.")
        time.sleep(_POLL)


def _holder(connection: Connection) -> str:
    """`` (par USER depuis HH:MM)`` for the session holding the lock, when the server says."""
    row = connection.execute(text(
        "SELECT a.usename, a.xact_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.pid <> pg_backend_pid() "
        "AND ((l.classid::bigint << 32) | l.objid::bigint) = :key LIMIT 1"), {"key": IMPORT_LOCK_KEY}).first()
    if row is None:
        return ""
    since = f" depuis {row.xact_start:%H:%M}" if row.xact_start is not None else ""
    return f" (par {row.usename}{since})"
