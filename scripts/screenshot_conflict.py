"""Save docs/screenshots/conflit-de-versions.png: the record form refusing an outdated save.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_conflict.py [OUTPUT.png]

« Mes projets » at 1366×768 with one own project opened in the form; meanwhile a colleague
saves the same record (title and status); our save then shows the conflict dialog with both
versions. Works on a fresh user database made from data/seed.sqlite in a temporary folder
(the dialog is the same on a server database, where it matters).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(output: Path) -> None:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.services.local_projects import ProjectFields, add_project, open_project, update_project
    from territoria.services.profile import save_choice
    from territoria.ui.context import UiContext
    from territoria.ui.main_window import MainWindow
    from territoria.ui.qt_settings import open_settings
    from territoria.ui.tasks import BackgroundWork

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(resolve_paths(Path(folder)), ROOT / "data" / "seed.sqlite")
        save_choice(db, "commune", "61382")
        ident = add_project(db, ProjectFields(
            title="Tri automatique du courrier", summary="Le courrier entrant est classé par service.",
            themes=("public_services",), techniques=("nlp",), status="idea", start_date="2025-09",
            budget_eur=6500.0))
        context = UiContext.create(db, open_settings(Path(folder) / "settings.ini"), BackgroundWork.inline())
        window = MainWindow(context)
        window.resize(1366, 768)
        window.show()
        window.pages.setCurrentWidget(window.projects_tab)
        page = window.projects_tab.page()
        page.table.selectRow(0)
        editor = page.edit_selected()
        theirs = open_project(db, ident)
        update_project(db, ident, replace(theirs.fields, title="Tri du courrier par l'IA", status="pilot"),
                       expected_version=theirs.version)
        editor.title_edit.setText("Classement automatique du courrier entrant")
        editor.budget_edit.setText("7 200")
        editor.buttons.accepted.emit()
        box = page.conflict_dialog
        for _ in range(10):
            app.processEvents()
        # the window with the dialog over it, as the person sees them
        shot = window.grab()
        painter = QPainter(shot)
        dialog = box.grab()
        # centred over the window, as the window manager places a dialog over its parent
        painter.drawPixmap((shot.width() - dialog.width()) // 2, (shot.height() - dialog.height()) // 2, dialog)
        painter.end()
        output.parent.mkdir(parents=True, exist_ok=True)
        shot.save(str(output))
        box.close()
        window.close()
        db.close()
    print(output)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "conflit-de-versions.png")
