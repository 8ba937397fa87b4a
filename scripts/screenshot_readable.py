"""Save docs/screenshots/ma-commune-sombre.png and ma-commune-texte-200.png, at 1366x768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_readable.py [FOLDER]

"Ma commune" for Saint-Denis-sur-Sarthon, the first comparable project selected: once on a
dark system palette (Breeze Dark's colours, corrected by ``ui/palette.py`` as the application
does at start-up), once with the system text at twice its size. Works on a fresh user
database made from data/seed.sqlite in a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: A dark system palette (KDE Breeze Dark): light-blue selection under near-white text.
DARK = {"Window": "#2a2e32", "WindowText": "#fcfcfc", "Base": "#1b1e20", "AlternateBase": "#232629",
        "Text": "#fcfcfc", "Button": "#31363b", "ButtonText": "#fcfcfc", "Highlight": "#3daee9",
        "HighlightedText": "#fcfcfc", "Link": "#1d99f3", "LinkVisited": "#9b59b6",
        "PlaceholderText": "#8d9195", "ToolTipBase": "#31363b", "ToolTipText": "#fcfcfc"}


def dark_palette():
    """The palette of ``DARK`` in every colour group (disabled text dimmed)."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, colour in DARK.items():
            palette.setColor(group, getattr(QPalette.ColorRole, role), QColor(colour))
    for role in ("Text", "WindowText", "ButtonText"):
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor("#6e7173"))
    return palette


def shoot(app, output: Path) -> None:
    """One window on a fresh database, "Ma commune" chosen, saved to ``output``."""
    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.settings import WELCOME_DONE
    from territoria.ui.context import UiContext
    from territoria.ui.main_window import MainWindow
    from territoria.ui.qt_settings import open_settings
    from territoria.ui.tasks import BackgroundWork

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(resolve_paths(Path(folder)), ROOT / "data" / "seed.sqlite")
        context = UiContext.create(db, open_settings(Path(folder) / "settings.ini"), BackgroundWork.inline())
        context.settings.set(WELCOME_DONE, True)
        window = MainWindow(context)
        window.resize(1366, 768)
        window.show()
        page = window.commune_page
        window.pages.setCurrentWidget(window.commune_tab)
        page.picker.wait()
        page.picker.choose(page.picker.search("st denis sarthon")[0])
        _settle(app)
        page.ranked.list.setCurrentRow(0)
        _settle(app)
        window.grab().save(str(output))
        window.close()
        db.close()
    print(output)


def main(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from territoria.ui.palette import accessible_palette

    app = QApplication.instance() or QApplication(sys.argv)
    folder.mkdir(parents=True, exist_ok=True)
    system, font = app.palette(), app.font()
    app.setPalette(accessible_palette(dark_palette()))
    shoot(app, folder / "ma-commune-sombre.png")
    app.setPalette(accessible_palette(system))
    bigger = app.font()
    bigger.setPointSizeF(font.pointSizeF() * 2)
    app.setFont(bigger)
    shoot(app, folder / "ma-commune-texte-200.png")
    app.setFont(font)


def _settle(app) -> None:
    for _ in range(10):
        app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
