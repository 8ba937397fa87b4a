"""The window on the shared catalogue of a PostgreSQL server: ``territoria --database URL`` opens
it, search, facets, stars, Ma commune and exports work through the same services, the local
file's start-up steps are skipped, and a server that cannot be used is explained with
« Réessayer »."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_browser_page import open_window, tick, titles, type_query

from territoria.cli import main
from territoria.config import resolve_paths
from territoria.services.profile import save_choice
from territoria.services.selection import selection_ids
from territoria.ui.context import UiContext
from territoria.ui.qt_settings import open_settings
from territoria.ui.server_startup import ask_retry, open_server_for_window
from territoria.ui.tasks import BackgroundWork

UNREACHABLE = "postgresql+psycopg://territoria:secret@127.0.0.1:1/territoria"


def test_the_command_line_opens_the_window_on_the_server_url(data_dir, monkeypatch):
    import territoria.ui.app

    calls = []
    monkeypatch.delenv("TERRITORIA_DATABASE_URL", raising=False)
    monkeypatch.setattr(territoria.ui.app, "run_gui", lambda paths, **kw: calls.append(kw) or 0)
    assert main(["--data-dir", str(data_dir), "--database", UNREACHABLE]) == 0
    (data_dir / "settings.ini").write_text(f"[database]\nurl={UNREACHABLE}\n", encoding="utf-8")
    assert main(["--data-dir", str(data_dir)]) == 0
    assert [c["database_url"] for c in calls] == [UNREACHABLE, UNREACHABLE]
    assert not (data_dir / "territoria.sqlite").exists()  # never the local file instead


def test_an_unreachable_server_is_explained_with_retry_until_the_person_gives_up(qapp):
    asked: list[str] = []

    def ask(message, _parent):
        asked.append(message)
        return len(asked) < 2  # « Réessayer » once, then « Fermer »

    assert open_server_for_window(UNREACHABLE, ask=ask) is None
    assert len(asked) == 2
    assert all("base partagée du serveur" in m and "ne répond pas" in m and "secret" not in m for m in asked)


def test_the_question_has_retry_and_close_buttons(qapp):
    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        assert all(b.accessibleName() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == "&Réessayer").click()

    QTimer.singleShot(0, answer)
    assert ask_retry("Le serveur ne répond pas.") is True
    assert sorted(seen[0]) == ["&Fermer", "&Réessayer"]


def test_the_window_works_on_a_server_database(qtbot, server_db, data_dir):
    settings = open_settings(data_dir / "settings.ini")
    context = UiContext.create(server_db, settings, BackgroundWork.inline(), paths=resolve_paths(data_dir))
    window = open_window(qtbot, context)
    page = window.browser
    assert page.result_count() > 0
    where = window.server_label.text()
    assert where.startswith("Base partagée : t_") and "127.0.0.1" in where and "(postgres)" in where
    type_query(qtbot, page, "fuite eau")
    assert titles(page) == ["Détection des fuites d'eau à Toulouse"]
    tick(qtbot, page, "region", "76")
    assert page.result_count() == 1
    page.next_result()
    page.detail.star_button.click()
    assert selection_ids(server_db) == [page.selected_id()]
    # no backups of a local file, no watched folder: the server is the agency's
    assert not window.backup_menu.enabled
    # Ma commune and Mes projets open on the server
    save_choice(server_db, "commune", "31555")
    window.pages.setCurrentWidget(window.commune_tab)
    qtbot.waitUntil(lambda: window.commune_page is not None, timeout=5000)
    window.pages.setCurrentWidget(window.projects_tab)
    assert window.projects_tab.built
    # exports read the same services
    from territoria.services.search import SearchRequest
    from territoria.services.search.rows import fetch_rows

    context_rows = fetch_rows(server_db, selection_ids(server_db))
    assert [r.starred for r in context_rows] == [True]
    assert page.export_context().search_request == SearchRequest("fuite eau", {"region": ["76"]}, "relevance", False)
    window.close()


def test_a_wrong_password_is_explained_with_retry(qapp, server_admin):
    url = server_admin.base.set(password="pas-le-bon").render_as_string(hide_password=False)
    asked: list[str] = []
    assert open_server_for_window(url, ask=lambda message, _parent: asked.append(message) or False) is None
    assert len(asked) == 1 and "mot de passe" in asked[0] and "pas-le-bon" not in asked[0]
