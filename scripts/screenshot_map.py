"""Save docs/screenshots/map.png: the "Carte" page.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_map.py [OUTPUT.png] [WIDTHxHEIGHT]

The window at 1366×768 (or the size given) on the "Carte" page, with Saint-Denis-sur-Sarthon
chosen in "Ma commune" (its département outlined) and the pointer over Haute-Garonne. Works
on a fresh user database made from data/seed.sqlite in a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(output: Path, width: int = 1366, height: int = 768) -> None:
    from PySide6.QtWidgets import QApplication

    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.services.profile import save_choice
    from territoria.ui.context import UiContext
    from territoria.ui.main_window import MainWindow
    from territoria.ui.qt_settings import open_settings
    from territoria.ui.tasks import BackgroundWork

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(resolve_paths(Path(folder)), ROOT / "data" / "seed.sqlite")
        save_choice(db, "commune", "61382")
        context = UiContext.create(db, open_settings(Path(folder) / "settings.ini"), BackgroundWork.inline())
        window = MainWindow(context)
        window.resize(width, height)
        window.show()
        window.pages.setCurrentWidget(window.map_tab)
        for _ in range(5):
            app.processEvents()
        page = window.map_tab.page()
        # an offscreen grab has no pointer: send the move the pointer over Haute-Garonne would
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QMouseEvent

        point = page.map.point_of("31")
        move = QMouseEvent(QEvent.Type.MouseMove, point, page.map.mapToGlobal(point), Qt.MouseButton.NoButton,
                           Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(page.map, move)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(output))
        window.close()
        db.close()


if __name__ == "__main__":
    size = sys.argv[2].split("x") if len(sys.argv) > 2 else ("1366", "768")
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "map.png",
         int(size[0]), int(size[1]))
