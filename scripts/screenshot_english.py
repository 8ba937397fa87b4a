"""Screenshots of the English UI: the catalogue and "Ma commune", as the other screenshot scripts make them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_english.py [FOLDER]

Compiles the translations first (``scripts/translations.py build``), loads them as the app does
with ``TERRITORIA_LANG=en``, then saves ``browser-en.png`` and ``ma-commune-en.png`` into FOLDER
(default: docs/screenshots).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import screenshot_browser  # noqa: E402
import screenshot_ma_commune  # noqa: E402
import translations  # noqa: E402


def main(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from territoria.ui.i18n import choose_language, install_translators

    translations.build()
    os.environ["TERRITORIA_LANG"] = "en"
    app = QApplication.instance() or QApplication(sys.argv)
    translators = install_translators(app, choose_language(None))
    if app.translate("MainWindow", "&Fichier") != "&File":
        raise SystemExit("territoria_en.qm could not be loaded")
    screenshot_browser.main(folder / "browser-en.png")
    screenshot_ma_commune.main(folder / "ma-commune-en.png")
    del translators


if __name__ == "__main__":
    screenshot_browser.shield_none()
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "docs" / "screenshots")
