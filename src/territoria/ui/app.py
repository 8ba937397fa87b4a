"""Start the GUI: Qt application, translators, error hook, database, main window."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from territoria.config import Paths
from territoria.errors import TerritoriaError
from territoria.logging_setup import setup_logging

log = logging.getLogger(__name__)


def run_gui(paths: Paths, *, verbose: bool = False, open_pack: Path | None = None,
            database_url: str | None = None) -> int:
    """Run the application until its window closes; returns the exit code.

    ``open_pack``: a data pack given on the command line (a double-clicked ``.territoria``),
    offered for import once the window is shown. ``database_url``: the shared catalogue of a
    PostgreSQL server instead of the local file (``ui.server_startup``).
    """
    # Starting allocates hundreds of thousands of objects that live as long as the window
    # (Qt bindings, SQLAlchemy, the pages): the full collections Python runs meanwhile free
    # nothing and cost some 50 ms before the first paint. Collection resumes once the window
    # is painted, with those objects frozen out of every later collection (shorter pauses).
    gc.disable()
    try:
        return _run_gui(paths, verbose=verbose, open_pack=open_pack, database_url=database_url)
    finally:
        gc.enable()


def _collect_again() -> None:
    """After the first paint: keep start-up objects out of collections, then collect as usual."""
    gc.freeze()
    gc.enable()


def _run_gui(paths: Paths, *, verbose: bool, open_pack: Path | None, database_url: str | None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from territoria import APP_NAME, __version__
    from territoria.ui.backup.startup import open_database_for_window
    from territoria.settings import LANGUAGE
    from territoria.ui.context import UiContext
    from territoria.ui.i18n import choose_language, install_translators
    from territoria.ui.main_window import MainWindow
    from territoria.ui.qt_settings import open_settings

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    _set_window_icon(app)
    from territoria.ui.palette import apply_accessible_palette

    apply_accessible_palette(app)  # the system's palette, light or dark, at WCAG AA contrast
    try:
        paths.ensure()
    except TerritoriaError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
        return 1
    setup_logging(paths.log_file, verbose=verbose)
    settings = open_settings(paths.settings_file)
    translators = install_translators(app, choose_language(settings.get(LANGUAGE)))
    sys.excepthook = _excepthook
    if database_url:
        from territoria.ui.server_startup import open_server_for_window

        # a server serves several windows at once: no folder lock, seed update or local backups
        db = open_server_for_window(database_url)
    else:
        # one window per data folder; a damaged database gets « Restaurer une sauvegarde… »
        db = open_database_for_window(paths)
    if db is None:
        return 1
    from territoria.services.branding import load_branding

    from territoria.ui.first_paint import after_first_paint
    from territoria.ui.tasks import BackgroundWork

    tasks = BackgroundWork()
    tasks.hold()  # the facet counts and indexes start once the window is painted (see ui.tasks)
    context = UiContext.create(db, settings, tasks=tasks, agency=load_branding(), paths=paths)
    window = MainWindow(context)
    window.show()
    after_first_paint(window, tasks.release)
    after_first_paint(window, _collect_again)
    # "Ma commune" for a chosen collectivité, else the welcome screen, once the window is painted
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, window.open_start_page)
    if open_pack is not None:
        offer_pack_import(window, open_pack)
    code = app.exec()
    context.tasks.wait(5000)  # let a write in progress finish before the database closes
    db.close()
    del translators
    return code


def offer_pack_import(window, pack: Path) -> None:
    """Open the import dialog of ``pack`` once the event loop runs (the window is painted first)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: window.data_menu.open_import(pack.resolve()))


def _set_window_icon(app) -> None:
    """The application icon (title bars, task bar), from the one SVG source."""
    from PySide6.QtGui import QIcon

    from territoria.resources import resource_path

    try:
        app.setWindowIcon(QIcon(str(resource_path("icons", "territoria.svg"))))
    except FileNotFoundError:
        log.warning("icône de l'application introuvable")


def _excepthook(exc_type, exc, tb) -> None:
    """Show an unexpected exception in the French error dialog (imported only when needed)."""
    from PySide6.QtWidgets import QApplication

    from territoria.ui.error_dialog import report_unexpected

    report_unexpected(exc_type, exc, tb, QApplication.activeWindow())
