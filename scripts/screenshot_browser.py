"""Save docs/screenshots/browser.png: the catalogue with a search, ticked facets and a fiche, at 1366x768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_browser.py [OUTPUT.png]

Works on a fresh user database made from data/seed.sqlite in a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shield_none() -> None:
    """Keep ``None`` alive under PySide6 6.12.0 on CPython 3.11 (see bench/gui_probe.py).

    That PySide6 release drops a reference to ``None`` on every void method call; a
    script that drives the whole window can otherwise abort at exit ("none_dealloc").
    """
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 32


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
        # every lane inline: the facet counts are on screen when the picture is taken
        context = UiContext.create(db, open_settings(Path(folder) / "settings.ini"), BackgroundWork.inline())
        window = MainWindow(context)
        window.resize(1366, 768)
        window.show()
        page = window.browser
        page.set_query("région")
        page.set_filters({"region": ["11", "53", "76"], "status": ["production"]})
        page.facets.scrollToItem(page.facets.item_for("region", "53").parent(), page.facets.ScrollHint.PositionAtTop)
        page.next_result()
        page.next_result()
        page.search_field.setFocus()
        page.search_field.deselect()
        for _ in range(10):
            app.processEvents()
        output.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(output))
        window.close()
        db.close()
    print(output)


if __name__ == "__main__":
    shield_none()
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "browser.png")
