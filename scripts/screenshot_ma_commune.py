"""Save docs/screenshots/ma-commune.png: the "Ma commune" page for Saint-Denis-sur-Sarthon, at 1366x768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_ma_commune.py [OUTPUT.png]

Beside it, ``-aides`` (a scheme's detail), ``-1024x600`` (the same page on a small screen) and
``bienvenue.png`` (the welcome screen of the first start, over the window). Works on a fresh user database made
from data/seed.sqlite in a temporary folder.
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
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        output.parent.mkdir(parents=True, exist_ok=True)
        welcome = window.show_welcome()
        welcome.picker.wait()
        welcome.picker.edit.setText("st denis sarthon")
        places = welcome.picker.search("st denis sarthon")  # the suggestions open under the field
        _settle(app)
        # the welcome screen over the window, centred as the window manager places it, and its
        # suggestions under the field (offscreen, each popup is grabbed on its own)
        shot = window.grab()
        dialog = welcome.grab()
        corner = QPoint((shot.width() - dialog.width()) // 2, (shot.height() - dialog.height()) // 2)
        painter = QPainter(shot)
        painter.drawPixmap(corner, dialog)
        edit = welcome.picker.edit
        painter.drawPixmap(corner + edit.mapTo(welcome, edit.rect().bottomLeft()),
                           welcome.picker.completer.popup().grab())
        painter.end()
        shot.save(str(output.with_name(output.name.replace("ma-commune", "bienvenue"))))
        welcome.picker.choose(places[0])
        welcome.start_button.click()  # "Commencer": Ma commune for the chosen collectivité
        page = window.commune_page
        _settle(app)
        window.grab().save(str(output))
        page.tabs.setCurrentWidget(page.schemes)
        _settle(app)
        window.grab().save(str(output.with_name(output.stem + "-aides.png")))
        page.tabs.setCurrentWidget(page.ranked)
        window.resize(1024, 600)
        _settle(app)
        window.grab().save(str(output.with_name(output.stem + "-1024x600.png")))
        window.close()
        db.close()
    print(output)


def _settle(app) -> None:
    for _ in range(10):
        app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "ma-commune.png")
