"""What every page receives: the database, the settings, the background work and the exports.

:class:`UiContext` is built once, in ``run_gui`` (tests build theirs with an inline
:class:`~territoria.ui.tasks.BackgroundWork`), and handed to the main window and to each
page's constructor. Nothing else is shared between pages; a page needing something new
from the application gets it here, never by looking it up on the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from territoria.reports.context import Branding
from territoria.services.database import Database
from territoria.settings import Settings
from territoria.ui.export.controller import ExportController
from territoria.ui.export.settings import branding
from territoria.ui.tasks import BackgroundWork


@dataclass(eq=False)
class UiContext:
    """The application's services as the window and its pages see them."""

    db: Database
    settings: Settings
    tasks: BackgroundWork
    exports: ExportController

    @classmethod
    def create(cls, db: Database, settings: Settings, tasks: BackgroundWork | None = None) -> UiContext:
        """The context of ``db`` and ``settings`` (``tasks``: threaded lanes unless given)."""
        tasks = tasks if tasks is not None else BackgroundWork()
        return cls(db=db, settings=settings, tasks=tasks, exports=ExportController(db, settings, tasks))

    def branding(self) -> Branding:
        """The agency name and logo printed in document headers (empty when unset)."""
        return branding(self.settings)
