"""Install Qt translators: Territoria's own ``.qm`` and Qt's ``qtbase_*.qm``.

Qt's own translations make its standard dialogs speak the UI's language (the file dialog's
"Voir dans :", the buttons' "Annuler"); the frozen build keeps ``qtbase_fr`` and ``qtbase_en``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from territoria.resources import resource_path

SUPPORTED = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


def choose_language(saved: str | None) -> str:
    """``TERRITORIA_LANG`` if set, else the saved choice, else French."""
    for candidate in (os.environ.get("TERRITORIA_LANG"), saved):
        if candidate and candidate[:2] in SUPPORTED:
            return candidate[:2]
    return DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translators for ``language``; returns them (they must outlive the app)."""
    QLocale.setDefault(QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English,
                               QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom))
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    # the source strings are French: territoria_fr.qm only gives their plural forms ("%n projet(s)"
    # becomes "1 projet", "3 projets"); territoria_en.qm translates everything
    own = QTranslator(app)
    try:
        qm = resource_path("translations", f"territoria_{language}.qm")
    except FileNotFoundError:
        qm = None
    if qm is not None and own.load(str(qm)):
        app.installTranslator(own)
        translators.append(own)
    return translators
