"""What a command needs: the paths and, opened on first use, the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from territoria.config import Paths, resolve_paths
from territoria.logging_setup import setup_logging
from territoria.services.database import Database, open_database
from territoria.store.lock import DataFolderLock


@dataclass
class CliContext:
    """Lazily opened resources of one command-line run."""

    data_dir: Path | None = None
    verbose: bool = False
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
            self._db = open_database(self.paths, lock=self.lock())
        return self._db

    def lock(self) -> DataFolderLock:
        """The data folder's writer lock: a command that writes holds it (``with ctx.lock().hold():``)
        and, when another process has it, waits a few seconds then says who holds it."""
        self.paths.ensure()
        return DataFolderLock(self.paths.data_dir, program="territoria (ligne de commande)")

    def close(self) -> None:
        """Close the database if a command opened it."""
        if self._db is not None:
            self._db.close()
            self._db = None
