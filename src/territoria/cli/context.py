"""What a command needs: the paths and, opened on first use, the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from territoria.config import Paths, resolve_paths
from territoria.logging_setup import setup_logging

if TYPE_CHECKING:  # imported when used: the command line parses its arguments without SQLAlchemy
    from territoria.services.database import Database
    from territoria.store.lock import DataFolderLock


@dataclass
class CliContext:
    """Lazily opened resources of one command-line run."""

    data_dir: Path | None = None
    verbose: bool = False
    #: ``--database URL`` (a PostgreSQL server); else ``TERRITORIA_DATABASE_URL``, else the setting
    database_url: str | None = None
    _paths: Paths | None = field(default=None, init=False)
    _db: Database | None = field(default=None, init=False)

    @property
    def paths(self) -> Paths:
        """The data/config/log locations (``--data-dir`` or platformdirs)."""
        if self._paths is None:
            self._paths = resolve_paths(self.data_dir)
        return self._paths

    def database(self) -> Database:
        """The user's database, created from the seed and migrated when needed."""
        if self._db is None:
            self.paths.ensure()
            setup_logging(self.paths.log_file, verbose=self.verbose)
            url = self.server_url()
            if url:
                from territoria.services.database import open_server_database

                self._db = open_server_database(url)
            else:
                from territoria.services.database import open_database

                self._db = open_database(self.paths, lock=self.lock())
        return self._db

    def server_url(self) -> str | None:
        """The PostgreSQL URL chosen by ``--database``, the environment or the settings (None: local file)."""
        import os

        from territoria.settings import DATABASE_URL, DATABASE_URL_ENV, read_ini

        url = self.database_url or os.environ.get(DATABASE_URL_ENV) or ""
        if not url and self.paths.settings_file.exists():
            url = read_ini(self.paths.settings_file).get(DATABASE_URL)
        return url or None

    def lock(self) -> DataFolderLock:
        """The data folder's writer lock: a command that writes holds it (``with ctx.lock().hold():``)
        and, when another process has it, waits a few seconds then says who holds it."""
        from territoria.store.lock import DataFolderLock

        self.paths.ensure()
        return DataFolderLock(self.paths.data_dir, program="territoria (ligne de commande)")

    def close(self) -> None:
        """Close the database if a command opened it."""
        if self._db is not None:
            self._db.close()
            self._db = None
