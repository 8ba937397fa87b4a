"""Save docs/screenshots/ma-commune.png: the "Ma commune" page for Saint-Denis-sur-Sarthon.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_ma_commune.py [OUTPUT.png]

Works on a fresh user database made from data/seed.sqlite in a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(output: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.ui.commune import CommunePage
    from territoria.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(resolve_paths(Path(folder)), ROOT / "data" / "seed.sqlite")
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db, settings)
        window.resize(1280, 800)
        page = next(window.pages.widget(i) for i in range(window.pages.count())
                    if isinstance(window.pages.widget(i), CommunePage))
        window.pages.setCurrentWidget(page)
        window.show()
        app.processEvents()
        page.picker.wait()
        app.processEvents()
        page.picker.edit.setFocus()
        page.picker.choose(page.picker.search("st denis sarthon")[0])
        for _ in range(10):
            app.processEvents()
        output.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(output))
        window.close()
        db.close()
    print(output)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "ma-commune.png")
