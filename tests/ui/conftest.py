"""Fixtures of the window's tests: the settings file and the UiContext pages are built from.

``ui_context`` runs every background lane inline (deterministic); ``threaded_context`` keeps
the real worker threads for the tests about background work itself.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from territoria.settings import Settings
from territoria.ui.context import UiContext
from territoria.ui.qt_settings import open_settings
from territoria.ui.tasks import BackgroundWork


@pytest.fixture()
def settings(data_dir) -> Settings:
    """The settings of the test's data folder (an INI file, as in the application)."""
    return open_settings(data_dir / "settings.ini")


@pytest.fixture()
def ui_context(db, settings) -> UiContext:
    """The context of the test's database, every lane inline."""
    return UiContext.create(db, settings, BackgroundWork.inline())


@pytest.fixture()
def threaded_context(db, settings):
    """The context of the test's database with the application's worker threads."""
    context = UiContext.create(db, settings, BackgroundWork())
    yield context
    context.tasks.wait(20_000)


@pytest.fixture(autouse=True)
def _no_translator_left_behind():
    """A test that starts the application (``run_gui``) installs its translators on the shared
    QApplication; take them off afterwards so that the next test sees the French sources."""
    app = QCoreApplication.instance()
    before = set(app.findChildren(QTranslator)) if app is not None else set()
    locale = QLocale()
    yield
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(QTranslator):
        if translator not in before:
            QCoreApplication.removeTranslator(translator)
            translator.setParent(None)
    QLocale.setDefault(locale)
