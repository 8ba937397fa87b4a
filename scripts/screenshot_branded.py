"""Save docs/screenshots/branded-window.png: an installation branded for an agency.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_branded.py [OUTPUT.png]

The window of packaging/agency.example.toml's agency at 1366×768 with its About dialog open
(an offscreen grab has no title bar: the status bar and About show the agency). Works on a
fresh user database made from data/seed.sqlite in a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(output: Path) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from territoria.config import resolve_paths
    from territoria.services.branding import read_branding_file
    from territoria.services.database import open_database
    from territoria.ui.context import UiContext
    from territoria.ui.main_window import MainWindow
    from territoria.ui.qt_settings import open_settings
    from territoria.ui.tasks import BackgroundWork

    app = QApplication.instance() or QApplication(sys.argv)
    agency = read_branding_file(ROOT / "packaging" / "agency.example.toml")
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(resolve_paths(Path(folder)), ROOT / "data" / "seed.sqlite")
        context = UiContext.create(db, open_settings(Path(folder) / "settings.ini"), BackgroundWork.inline(),
                                   agency=agency)
        window = MainWindow(context)
        window.resize(1366, 768)
        window.show()
        about = window.show_about()
        for _ in range(5):
            app.processEvents()
        picture = window.grab()
        dialog = about.grab()
        painter = QPainter(picture)
        painter.drawPixmap(QPoint((picture.width() - dialog.width()) // 2, 90), dialog)
        painter.end()
        picture.save(str(output))
        about.close()
        window.close()
        db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "branded-window.png")
