"""What the window's first paint does not import, and the background work it does not start
(issue #13: cold start within 1.3 × its floor).

PySide6 reads the source of every module imported after it, so each module kept off the start
path counts; and a Python worker thread started before the first paint competes with the UI
thread for the GIL. Modules are imported once per process, so the check runs the real start
(``territoria --data-dir``, welcome screen included) in a fresh process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: Modules (or packages) that only a user's action needs: documents, other pages, dialogs, importers.
NOT_AT_FIRST_PAINT = (
    "reportlab",
    "pypdf",
    "cryptography",
    "openpyxl",
    "territoria.store.models",
    "territoria.reports.exports",
    "territoria.ui.map",
    "territoria.ui.projects",
    "territoria.ui.packs.agency_page",
    "territoria.ui.import_table_wizard",
    "territoria.ui.error_dialog",
    "territoria.ui.about_dialog",
    "territoria.ui.guide",
    "territoria.services.packs.bundled",
    "territoria.services.packs.trust",
    "territoria.services.importers",
    "territoria.ui.commune.page",
)

#: Starts ``territoria --data-dir DATA``; at the first paint of its main window, prints the modules
#: imported and whether any worker thread runs; then, once the start page (the welcome screen) is
#: open and the event loop has turned, whether the held work has started.
PROBE = r"""
import json, os, sys, threading

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
answer = {}


def workers():
    return sorted(t.name for t in threading.enumerate() if t.name.startswith("territoria-") and t.is_alive())


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "modules" not in answer:
            answer["modules"] = sorted(sys.modules)
            answer["held"] = watched.context.tasks.held
            QTimer.singleShot(300, report)
        return False


spy = FirstPaint()


def poll():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)]
    if not windows:
        QTimer.singleShot(0, poll)
        return
    windows[0].installEventFilter(spy)


def report():
    window = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow)][0]
    answer["released"] = not window.context.tasks.held
    answer["facets_started"] = "territoria-facets" in workers()
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
    os._exit(0)


QTimer.singleShot(0, poll)
QTimer.singleShot(120_000, lambda: os._exit(3))
from territoria.cli import main

main(["--data-dir", sys.argv[1]])
os._exit(4)
"""


def _start(data_dir: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE, str(data_dir)], capture_output=True, text=True,
                          timeout=180, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_paint_leaves_documents_pages_and_dialogs_unimported(data_dir: Path) -> None:
    answer = _start(data_dir)
    modules = answer["modules"]
    assert "territoria.ui.browser.page" in modules  # the probe did see the start path
    imported = sorted(name for name in modules for heavy in NOT_AT_FIRST_PAINT
                      if name == heavy or name.startswith(heavy + "."))
    assert imported == []


def test_background_work_waits_for_the_first_paint_then_starts(data_dir: Path) -> None:
    answer = _start(data_dir)
    assert answer["held"]  # the facet counts were asked for, not started, while the window painted
    assert answer["released"]
    assert answer["facets_started"]  # and they start right after


def test_the_clear_button_gets_its_icon_with_the_first_filter(qtbot) -> None:
    from territoria.ui.browser.chips import FilterChips

    chips = FilterChips()
    qtbot.addWidget(chips)
    assert chips.clear_button.icon().isNull()  # no filter at start: the style's icons are not needed yet
    chips.show_filters({"theme": ["water"]}, lambda facet, slug: ("Thème", "Eau"))
    assert not chips.clear_button.icon().isNull()
    assert len(chips.chips) == 1 and not chips.isHidden()
