"""What every page receives: the database, the settings, the background work and the exports.

:class:`UiContext` is built once, in ``run_gui`` (tests build theirs with an inline
:class:`~territoria.ui.tasks.BackgroundWork`), and handed to the main window and to each
page's constructor. Nothing else is shared between pages; a page needing something new
from the application gets it here, never by looking it up on the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from territoria.config import Paths, resolve_paths
from territoria.reports.context import Branding
from territoria.services.branding import Branding as InstalledBranding
from territoria.services.database import Database
from territoria.settings import Settings
from territoria.ui.export.controller import ExportController
from territoria.ui.export.settings import letterhead
from territoria.ui.tasks import BackgroundWork


@dataclass(eq=False)
class UiContext:
    """The application's services as the window and its pages see them."""

    db: Database
    settings: Settings
    tasks: BackgroundWork
    exports: ExportController
    #: Where the application keeps its files (configuration, backups, log).
    paths: Paths
    #: The agency this installation is branded for (``None``: the plain app).
    agency: InstalledBranding | None = None

    @classmethod
    def create(cls, db: Database, settings: Settings, tasks: BackgroundWork | None = None,
               agency: InstalledBranding | None = None, paths: Paths | None = None) -> UiContext:
        """The context of ``db`` and ``settings`` (``tasks``: threaded lanes unless given;
        ``paths``: everything in the database's folder, as ``--data-dir`` does, unless given)."""
        tasks = tasks if tasks is not None else BackgroundWork()
        exports = ExportController(db, settings, tasks, agency=agency)
        return cls(db=db, settings=settings, tasks=tasks, exports=exports,
                   paths=paths or resolve_paths(db.path.parent), agency=agency)

    def branding(self) -> Branding:
        """The letterhead of documents: the settings' name and logo, else "Ma commune", else the agency."""
        return letterhead(self.db, self.settings, self.agency)
