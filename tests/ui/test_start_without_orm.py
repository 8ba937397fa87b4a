"""The window's first paint imports no ORM model, nor the ORM (cold start within 1.3 × its floor).

Configuring the mappers of ``store.models`` costs about as much as the rest of the start; the
reads before the first paint (stars, saved searches, the chosen collectivité that picks the
start page) use SQLAlchemy Core. Mappers are configured once per process, so each check runs
the real start in a fresh process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

#: Starts the application as ``territoria --data-dir DATA`` and, once its main window is shown and
#: the events queued by the start (the start page: welcome screen or "Ma commune") have run, prints
#: whether any ORM mapper is configured.
PROBE = r"""
import gc, json, os, sys, threading

#: True for each import of sqlalchemy.orm made by the window's own thread (background lanes may)
ORM_ON_MAIN_THREAD = []


class _WatchOrm:
    def find_spec(self, name, path=None, target=None):
        if name == "sqlalchemy.orm":
            ORM_ON_MAIN_THREAD.append(threading.current_thread() is threading.main_thread())
        return None


sys.meta_path.insert(0, _WatchOrm())

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])


def configured():
    if "territoria.store.models" not in sys.modules:
        return []
    from territoria.store.models import Base

    return sorted(m.class_.__name__ for m in Base.registry.mappers if m.configured)


def poll():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(5, poll)
        return
    windows[0].repaint()
    app.processEvents()  # the start page is chosen on a zero timer after show()
    answer = {"configured": configured(), "models": "territoria.store.models" in sys.modules,
              "orm_on_main_thread": any(ORM_ON_MAIN_THREAD),
              "commune_page": windows[0].pages.currentWidget() is windows[0].commune_tab}
    QTimer.singleShot(200, lambda: finish(answer))  # the work queued after the first paint runs


def finish(answer):
    answer["gc"] = [gc.isenabled(), gc.get_freeze_count()]
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


def test_the_first_paint_configures_no_mapper(data_dir: Path) -> None:
    answer = _start(data_dir)
    assert answer["configured"] == []
    assert not answer["models"]  # not even imported: declaring the mapped classes costs too
    # nor sqlalchemy.orm itself (a tenth of a second): the first page is read through Core
    assert not answer["orm_on_main_thread"]
    # collection, paused during the start, runs again with the start's objects frozen out of it
    enabled, frozen = answer["gc"]
    assert enabled and frozen > 10_000
    assert not answer["commune_page"]  # nothing chosen: the welcome screen, over the catalogue


def test_the_remembered_collectivite_is_read_without_the_orm(data_dir: Path, seed_file: Path) -> None:
    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.services.profile import load_choice, save_choice

    db = open_database(resolve_paths(data_dir), seed_file)
    try:
        saved = save_choice(db, "commune", "61382", ["water"], 50_000)
        assert load_choice(db) == saved
    finally:
        db.close()
    code = ("import sys; from pathlib import Path; from territoria.config import resolve_paths; "
            "from territoria.services.database import open_database; "
            "from territoria.services.profile import load_choice; "
            "from territoria.store.models import Base; "
            "db = open_database(resolve_paths(Path(sys.argv[1])), Path(sys.argv[2])); choice = load_choice(db); "
            "print(choice.kind, choice.code, ','.join(choice.needs), choice.budget_max_eur, "
            "any(m.configured for m in Base.registry.mappers))")
    done = subprocess.run([sys.executable, "-c", code, str(data_dir), str(seed_file)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["commune", "61382", "water", "50000.0", "False"]
