"""The handle every service receives: an engine and its session factory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from territoria.config import Paths
from territoria.store.bootstrap import OpenReport, open_user_database
from territoria.store.health import optimize
from territoria.store.lock import DataFolderLock

if TYPE_CHECKING:  # the ORM is imported by the first session, not by the window's start
    from sqlalchemy.orm import Session, sessionmaker


@dataclass
class Database:
    """An open Territoria database (the user's, or any file handed in by a test or a bench)."""

    engine: Engine
    path: Path
    report: OpenReport | None = None
    #: the data folder it lives in (backups, settings), when opened by ``open_database``
    paths: Paths | None = None
    #: the data folder's writer lock, when the caller handed one in (the GUI holds it while open)
    lock: DataFolderLock | None = None
    _factory: sessionmaker[Session] | None = field(default=None, init=False, repr=False)

    @property
    def is_server(self) -> bool:
        """Whether this is a shared database on a PostgreSQL server (several users at once)."""
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on error."""
        if self._factory is None:
            # sqlalchemy.orm costs a tenth of a second to import: the catalogue's first page,
            # read through read() below, is shown before it is needed
            from territoria.store.engine import make_session_factory

            self._factory = make_session_factory(self.engine)
        session = self._factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A plain connection for reading (SQL only, no ORM objects), released after the block."""
        with self.engine.connect() as connection:
            yield connection

    def close(self) -> None:
        """Refresh stale planner statistics, then release every connection."""
        optimize(self.engine)
        self.engine.dispose()


def open_database(paths: Paths, seed: Path | None = None, *, lock: DataFolderLock | None = None) -> Database:
    """Open (and if needed create, migrate, update) the user's database under ``paths``.

    Without ``seed``, the installed seed is used and must match its recorded digest.
    ``lock``: the data folder's writer lock when the caller already holds it (the GUI).
    """
    from territoria.resources import seed_path

    installed = seed is None
    if seed is None:
        try:
            seed = seed_path()
        except FileNotFoundError:
            seed = Path("data/seed.sqlite")  # reported as missing by the bootstrap if needed
    engine, report = open_user_database(paths, seed, lock=lock, require_digest=installed)
    db = Database(engine=engine, path=paths.database, report=report, paths=paths, lock=lock)
    if installed:
        _import_bundled_packs(db, paths, lock)
    return db


def open_server_database(url: str) -> Database:
    """Open the shared catalogue on the PostgreSQL server ``url`` (``postgresql+psycopg://…``).

    The database must have been made by ``territoria db init --from-seed`` and be at this
    version's schema: an older one asks for ``territoria db upgrade`` (a server is never
    migrated behind its administrators' back), a newer one is refused. Every failure is a
    French ``TerritoriaError`` (``store.server``).
    """
    from territoria.store import migrate
    from territoria.store.server import ServerError, explain, make_server_engine, safe_url

    engine = make_server_engine(url)
    try:
        current = migrate.current_revision(engine)
        if current is None:
            raise ServerError(f"La base {safe_url(url)} n'est pas encore une base Territoria : "
                              "lancez « territoria --database URL db init --from-seed ».")
        if migrate.needs_upgrade(engine):
            raise ServerError(f"La base {safe_url(url)} est à un schéma plus ancien ({current}) : "
                              "lancez « territoria --database URL db upgrade » (sauvegarde pg_dump avant).")
    except Exception as exc:
        engine.dispose()
        explained = explain(exc, url)
        if explained is not None:
            raise explained from exc
        raise
    return Database(engine=engine, path=Path(safe_url(url)))


def _import_bundled_packs(db: Database, paths: Paths, lock: DataFolderLock | None) -> None:
    """Import the packs an agency's installer bundles, when newer than what is installed."""
    from territoria.services.branding import load_branding

    branding = load_branding()
    if branding is None or not branding.packs:
        return  # nothing bundled (the plain app): the packs machinery stays unimported at start
    from territoria.services.packs.bundled import import_bundled_packs, pending_bundled_packs

    if not pending_bundled_packs(db, branding):
        return
    from territoria.services.packs.trust import open_trust_store

    with (lock or DataFolderLock(paths.data_dir)).hold():
        import_bundled_packs(db, branding, open_trust_store(paths.config_dir), paths.backups)
