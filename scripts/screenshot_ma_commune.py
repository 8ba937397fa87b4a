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
    from PySide6.QtWidgets import QApplication

    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.ui.context import UiContext
    from territoria.ui.main_window import MainWindow
    from territoria.ui.qt_settings import open_settings
    from territoria.ui.tasks import BackgroundWork

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(resolve_paths(Path(folder)), ROOT / "data" / "seed.sqlite")
        context = UiContext.create(db, open_settings(Path(folder) / "settings.ini"), BackgroundWork.inline())
        window = MainWindow(context)
        window.resize(1280, 800)
        window.pages.setCurrentWidget(window.commune_tab)
        page = window.commune_page
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
