"""Measures the window and every dialog on an offscreen screen of a given size (run as a program).

``python screen_probe.py WIDTH HEIGHT SEED FOLDER`` starts Qt's offscreen platform with one
screen of WIDTH x HEIGHT pixels (its configuration file, ``offscreen:configfile=``: the size
of the screen cannot change inside a running QApplication, hence a process per size), opens
the main window on a copy of SEED in FOLDER, shows each page and each dialog as a user would,
and prints one JSON report: frames, buttons, the catalogue's columns, the needs list, the status
bar, and the sizes found again after a close and a reopen. ``test_screen_fit.py`` judges it.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def _rect(rect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def main(argv: list[str]) -> None:
    width, height, seed, folder = int(argv[1]), int(argv[2]), Path(argv[3]), Path(argv[4])
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "probe", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    from PySide6.QtCore import QPoint, QRect, QSize
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication
    from sqlalchemy import text

    app = QApplication([])
    from territoria.config import resolve_paths
    from territoria.services.communes import find_place
    from territoria.services.database import open_database
    from territoria.settings import WINDOW_SIZES
    from territoria.ui.context import UiContext
    from territoria.ui.main_window import MainWindow
    from territoria.ui.qt_settings import open_settings
    from territoria.ui.tasks import BackgroundWork

    data = folder / "data"
    data.mkdir(exist_ok=True)
    db = open_database(resolve_paths(data), seed)
    with db.engine.begin() as connection:  # data more than a year old: the status bar says so
        connection.execute(text("UPDATE meta SET value = '2020-01-15' WHERE key = 'data_edition'"))
    settings = open_settings(data / "settings.ini")
    context = UiContext.create(db, settings, BackgroundWork.inline())
    screen = app.primaryScreen()
    report: dict = {"screen": _rect(screen.geometry()), "available": _rect(screen.availableGeometry()),
                    "windows": {}, "errors": []}

    def settle(ms: int = 50) -> None:
        QTest.qWait(ms)

    def buttons_of(window) -> list[dict]:
        """Every visible button not inside a scrolling area (those scroll into view), with its place."""
        found = []
        for button in window.findChildren(QAbstractButton):
            if not button.isVisibleTo(window) or not button.text():
                continue
            parent, scrolled = button.parentWidget(), False
            while parent is not None and parent is not window:
                scrolled = scrolled or isinstance(parent, QAbstractScrollArea)
                parent = parent.parentWidget()
            if scrolled:
                continue
            inside = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
            found.append({"text": button.text(), "global": _rect(QRect(button.mapToGlobal(QPoint(0, 0)),
                                                                          button.size())),
                          "in_window": window.rect().contains(inside)})
        return found

    def measure(name: str, window) -> None:
        settle()
        report["windows"][name] = {"frame": _rect(window.frameGeometry()), "size": [window.width(), window.height()],
                                   "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
                                   "buttons": buttons_of(window)}

    def dialog(name: str, opener) -> None:
        try:
            window = opener()
            if not window.isVisible():
                window.show()
            measure(name, window)
            window.close()
        except Exception as exc:  # noqa: BLE001 - reported, and the test fails with it
            report["errors"].append(f"{name}: {type(exc).__name__}: {exc}")

    main_window = MainWindow(context)
    main_window.show()
    settle(200)
    measure("main", main_window)
    browser = main_window.browser
    header = browser.table.horizontalHeader()
    report["catalogue"] = {"shown": list(browser.columns.shown()), "header_length": header.length(),
                           "viewport": browser.table.viewport().width(),
                           "scrollbar": browser.table.horizontalScrollBar().isVisible()}
    status = main_window.statusBar()
    stale, edition = main_window.stale_label, main_window.edition_label
    report["status"] = {"stale": _rect(QRect(stale.mapTo(status, QPoint(0, 0)), stale.size())),
                        "edition": _rect(QRect(edition.mapTo(status, QPoint(0, 0)), edition.size())),
                        "stale_visible": stale.isVisible(), "elided": stale.is_elided(),
                        "tooltip": stale.toolTip() == main_window.stale_note != "",
                        "bar_width": status.width()}
    main_window.pages.setCurrentWidget(main_window.map_tab)
    settle(100)
    measure("main_map", main_window)
    main_window.pages.setCurrentWidget(main_window.commune_tab)
    commune = main_window.commune_page
    commune.choose(find_place(db, "commune", "31555"))  # Toulouse: a long card (plan, région)
    settle(200)
    measure("main_commune", main_window)
    themes = commune.needs.themes
    report["needs"] = {"rows_in_view": themes.viewport().height() // max(1, themes.sizeHintForRow(0)),
                       "themes": themes.count()}

    dialog("about", main_window.show_about)
    dialog("guide", main_window.show_guide)
    dialog("welcome", main_window.show_welcome)
    dialog("import_pack", main_window.data_menu.open_import)
    dialog("trusted_keys", main_window.data_menu.open_trust)
    dialog("contribution", main_window.data_menu.open_contribution)
    letterhead = getattr(context.exports, "letterhead_dialog", None)
    if letterhead is not None:
        dialog("letterhead", lambda: letterhead(main_window))
    commune.tabs.setCurrentWidget(commune.schemes)
    verdicts = commune.schemes.verdicts
    dialog("scheme_detail", lambda: commune.schemes.open_detail(verdicts[0].id))
    from territoria.reports.exports import initiative_pdf_bytes

    browser.next_result()
    pdf = initiative_pdf_bytes(db, browser.selected_id(), context.branding())
    dialog("print_preview", lambda: context.exports.preview(pdf, "probe"))
    main_window.pages.setCurrentWidget(main_window.projects_tab)
    dialog("project_form", lambda: main_window.projects_tab.page()._open(None, None))
    from territoria.services.backups import list_backups
    from territoria.ui.backup.restore_dialog import RestoreDialog

    import dataclasses

    from territoria.services.scheme_edit import SchemeFields
    from territoria.ui.projects.scheme_form import SchemeDialog

    blank = {field.name: None if field.name.endswith(("_eur", "_percent")) else ""
             for field in dataclasses.fields(SchemeFields)}
    dialog("scheme_form", lambda: SchemeDialog(SchemeFields(**blank), main_window))
    dialog("restore_backup", lambda: RestoreDialog(list_backups(resolve_paths(data)), main_window))
    from territoria.ui.error_dialog import ErrorDialog

    def error_with_details():
        box = ErrorDialog("Message", "Traceback…\n" * 200, main_window)
        box.show()
        box.show_button.setChecked(True)
        return box

    dialog("error", error_with_details)

    def wizard_on_mapping():
        csv = folder / "projets.csv"
        csv.write_text("Projet;Porteur;Statut;Thèmes;Début\nChatbot;Ville de Mérignac;En service;Eau;2024\n",
                       encoding="utf-8")
        wizard = main_window.show_import_table()
        measure("import_table", wizard)
        wizard.file_page.path.setText(str(csv))
        wizard.next()
        wizard.next()
        return wizard

    dialog("import_table_mapping", wizard_on_mapping)
    main_window.show_agency_space(True)
    main_window.pages.setCurrentWidget(main_window.agency_page)
    measure("main_agency", main_window)

    # --- sizes found again after a close and a reopen -------------------------------------------
    remembered: dict = {}
    preview = context.exports.preview(pdf, "probe")
    settle()
    wanted = QSize(min(520, preview.width()), min(420, preview.height()))
    preview.resize(wanted)
    preview.close()
    again = context.exports.preview(pdf, "probe")
    settle()
    remembered["preview"] = {"wanted": [wanted.width(), wanted.height()], "again": [again.width(), again.height()]}
    again.close()
    sizes = settings.get(WINDOW_SIZES)
    sizes["guide"] = [5000, 4000]  # remembered on a far bigger screen
    settings.set(WINDOW_SIZES, sizes)
    dialog("guide_remembered_huge", main_window.show_guide)
    target = QSize(min(900, width - 100), min(500, height - 100))
    main_window.resize(target)
    main_window.close()
    reopened = MainWindow(context)
    reopened.show()
    settle(100)
    remembered["main"] = {"wanted": [target.width(), target.height()], "again": [reopened.width(), reopened.height()]}
    reopened.resize(width * 2, height * 2)  # as if remembered on a bigger screen
    reopened.close()
    bigger = MainWindow(context)
    bigger.show()
    settle(100)
    measure("main_remembered_huge", bigger)
    report["remembered"] = remembered
    bigger.close()
    context.tasks.wait(5000)
    db.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv)
