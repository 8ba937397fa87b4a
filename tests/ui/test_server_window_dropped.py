"""A window open on the server when the server goes away, or its connections are killed
(``pg_terminate_backend``): a search, the facet counts and a star give a French message with
« Réessayer » in the window, never a traceback, and the next try after the server is back works."""

from __future__ import annotations

import pytest
from test_browser_page import open_window, titles, wait_facets

from territoria.config import resolve_paths
from territoria.services.selection import selection_ids
from territoria.ui.context import UiContext
from territoria.ui.qt_settings import open_settings
from territoria.ui.tasks import BackgroundWork


def _kill(server_admin, db, *, refuse: bool) -> int:
    """Terminate every connection to ``db``'s base; with ``refuse``, new ones are refused too
    (the server is "away") until :func:`_back`."""
    name = db.engine.url.database
    with server_admin.engine.connect() as connection:
        if refuse:
            connection.exec_driver_sql(f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
        return len(connection.exec_driver_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND pid <> pg_backend_pid()").all())


def _back(server_admin, db) -> None:
    with server_admin.engine.connect() as connection:
        connection.exec_driver_sql(f"ALTER DATABASE {db.engine.url.database} ALLOW_CONNECTIONS true")


@pytest.fixture()
def server_window(qtbot, server_db, server_admin, data_dir):
    settings = open_settings(data_dir / "settings.ini")
    context = UiContext.create(server_db, settings, BackgroundWork.inline(), paths=resolve_paths(data_dir))
    window = open_window(qtbot, context)
    yield window
    _back(server_admin, server_db)
    window.close()


def _search(qtbot, page, text: str) -> None:
    page.search_field.setText(text)
    page.run_search_now()
    wait_facets(qtbot, page)


def test_killed_connections_are_replaced_on_the_next_search(qtbot, server_window, server_db, server_admin):
    page = server_window.browser
    assert _kill(server_admin, server_db, refuse=False) >= 1  # the facet index's reader at least
    _search(qtbot, page, "fuite eau")
    assert titles(page) == ["Détection des fuites d'eau à Toulouse"]
    assert not page.connection_bar.isVisible()
    # the facet counts come back too (their reader's connection was one of those killed)
    assert page.facets.item_for("region", "76") is not None
    qtbot.waitUntil(lambda: not page.connection_bar.isVisible(), timeout=3000)


def test_a_search_while_the_server_is_away_says_so_and_retry_works(qtbot, server_window, server_db, server_admin):
    page = server_window.browser
    before = page.result_count()
    _kill(server_admin, server_db, refuse=True)
    _search(qtbot, page, "fuite eau")  # no exception escapes (pytest-qt fails the test on one)
    bar = page.connection_bar
    assert bar.isVisible()
    assert "ne répond pas ou la connexion a été coupée" in bar.message.text()
    assert "territoria-tests" not in bar.message.text()  # never the password
    assert bar.retry_button.text() == "&Réessayer" and bar.retry_button.accessibleName()
    assert page.result_count() == before  # the previous results stay on screen
    # rows not fetched yet (the cache emptied as by a new result list): no exception, empty rows
    page.model.set_results(before, page.model.loaded_ids(), None)
    assert page.model.row_data(0) is None and page.model.index(0, 1).data() == "…"  # a placeholder
    assert bar.isVisible()
    # still away: « Réessayer » says so again, nothing breaks
    bar.retry_button.click()
    wait_facets(qtbot, page)
    assert bar.isVisible()
    _back(server_admin, server_db)
    bar.retry_button.click()
    wait_facets(qtbot, page)
    assert not bar.isVisible()
    assert titles(page) == ["Détection des fuites d'eau à Toulouse"]
    # the facet counts of the new search are there (their reader reconnected)
    assert page.facets.item_for("region", "76") is not None
    # and the next search works as usual
    _search(qtbot, page, "")
    assert page.result_count() == before and not bar.isVisible()


def test_a_star_while_the_server_is_away_says_so_and_retry_saves_it(qtbot, server_window, server_db, server_admin):
    page = server_window.browser
    _search(qtbot, page, "fuite eau")
    page.next_result()
    chosen = page.selected_id()
    assert chosen is not None
    _kill(server_admin, server_db, refuse=True)
    page.detail.star_button.click()
    bar = page.connection_bar
    assert bar.isVisible() and "ne répond pas" in bar.message.text()
    _back(server_admin, server_db)
    bar.retry_button.click()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=3000)
    assert selection_ids(server_db) == [chosen]
    # the star shows it, and a plain kill (no refusal) is invisible to the next toggle
    _kill(server_admin, server_db, refuse=False)
    page.detail.star_button.click()
    assert not bar.isVisible()
    assert selection_ids(server_db) == []


def test_a_connection_cut_in_the_middle_of_a_search_says_so_and_retry_works(qtbot, server_window, server_db,
                                                                            server_admin):
    from sqlalchemy import event

    page = server_window.browser
    cut: list[int] = []

    def cut_once(connection, _cursor, statement, _parameters, _context, _executemany) -> None:
        if cut or "initiative_search" not in statement:
            return
        pid = connection.connection.dbapi_connection.info.backend_pid
        with server_admin.engine.connect() as admin:
            admin.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
        cut.append(pid)

    event.listen(server_db.engine, "before_cursor_execute", cut_once)
    try:
        _search(qtbot, page, "fuite eau")
    finally:
        event.remove(server_db.engine, "before_cursor_execute", cut_once)
    assert cut and page.connection_bar.isVisible() and page.connection_bar.kind == "search"
    assert "la connexion a été coupée" in page.connection_bar.message.text()
    page.connection_bar.retry_button.click()
    wait_facets(qtbot, page)
    assert not page.connection_bar.isVisible()
    assert titles(page) == ["Détection des fuites d'eau à Toulouse"]


def test_any_other_action_meeting_a_lost_server_gets_the_french_message_not_the_error_dialog(
        qtbot, server_db, server_admin):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from territoria.services.search import SearchRequest, search
    from territoria.ui.error_dialog import report_unexpected

    _kill(server_admin, server_db, refuse=True)
    try:
        with pytest.raises(Exception) as caught:  # noqa: PT011 - the driver's own error, whatever its class
            search(server_db, SearchRequest("eau", limit=0))
    finally:
        _back(server_admin, server_db)
    seen: list[tuple[type, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        seen.append((type(box), box.text() if isinstance(box, QMessageBox) else ""))
        box.close()

    QTimer.singleShot(0, answer)
    report_unexpected(caught.type, caught.value, caught.tb)
    assert seen and seen[0][0] is QMessageBox and "ne répond pas" in seen[0][1]


def test_a_project_saved_while_the_server_is_away_or_cut_keeps_the_form_and_saves_on_the_next_try(
        qtbot, server_db, server_admin, data_dir):
    from sqlalchemy import event

    from territoria.services.local_projects import ProjectFields, add_project
    from territoria.services.profile import save_choice
    from territoria.services.records import get_initiative
    from territoria.ui.projects.page import ProjectsPage

    save_choice(server_db, "commune", "61382")
    ident = add_project(server_db, ProjectFields(title="Tri des courriers", status="idea"))
    settings = open_settings(data_dir / "settings.ini")
    context = UiContext.create(server_db, settings, BackgroundWork.inline(), paths=resolve_paths(data_dir))
    page = ProjectsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    editor = page.edit_selected()
    editor.title_edit.setText("Tri du courrier entrant")
    # the server away when « Enregistrer » checks the commune: the form stays open and says so
    editor.commune_edit.setText("61382")
    _kill(server_admin, server_db, refuse=True)
    try:
        editor.buttons.accepted.emit()
        assert editor.isVisible() and page.dialog is editor
        assert "ne répond pas" in editor.summary_label.text()
        assert "« Enregistrer » réessaie" in editor.summary_label.text()
        # without the commune the form is accepted; writing it meets the lost server: same form back
        editor.commune_edit.setText("")
        editor.buttons.accepted.emit()
    finally:
        _back(server_admin, server_db)
    assert "ne répond pas" in page.message.text() and "« Enregistrer » réessaie" in page.message.text()
    assert page.dialog is editor and editor.isVisible() and editor.title_edit.text() == "Tri du courrier entrant"
    assert get_initiative(server_db, ident).title == "Tri des courriers"
    # the connection cut while the record is written: nothing saved, the form comes back as typed
    cut: list[int] = []

    def cut_once(connection, _cursor, statement, _parameters, _context, _executemany) -> None:
        if not cut and statement.lstrip().upper().startswith("UPDATE INITIATIVES"):
            pid = connection.connection.dbapi_connection.info.backend_pid
            with server_admin.engine.connect() as admin:
                admin.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")
            cut.append(pid)

    event.listen(server_db.engine, "before_cursor_execute", cut_once)
    try:
        editor.buttons.accepted.emit()
    finally:
        event.remove(server_db.engine, "before_cursor_execute", cut_once)
    assert cut
    assert "la connexion a été coupée" in page.message.text() and "« Enregistrer » réessaie" in page.message.text()
    assert page.dialog is editor and editor.title_edit.text() == "Tri du courrier entrant"
    assert get_initiative(server_db, ident).title == "Tri des courriers"
    editor.buttons.accepted.emit()
    assert "Projet enregistré" in page.message.text()
    assert get_initiative(server_db, ident).title == "Tri du courrier entrant"


def test_facet_counts_while_the_server_is_away_say_so_and_retry_counts_again(qtbot, server_window, server_db,
                                                                             server_admin):
    page = server_window.browser
    bar = page.connection_bar
    _kill(server_admin, server_db, refuse=True)
    try:
        page.controller.request_counts()  # as after a search: the counts' reader must reconnect
        wait_facets(qtbot, page)
        assert bar.isVisible() and bar.kind == "counts" and "ne répond pas" in bar.message.text()
    finally:
        _back(server_admin, server_db)
    received: list[object] = []
    page.controller.countsReady.connect(received.append)
    bar.retry_button.click()
    wait_facets(qtbot, page)
    assert received and not bar.isVisible()
    assert page.facets.item_for("region", "76") is not None


def test_ma_commune_while_the_server_is_away_keeps_what_it_shows_and_retry_saves_then_reads(
        qtbot, server_db, server_admin, data_dir):
    from territoria.services.communes import find_place
    from territoria.services.profile import load_choice
    from territoria.ui.commune import CommunePage

    settings = open_settings(data_dir / "settings.ini")
    context = UiContext.create(server_db, settings, BackgroundWork.inline(), paths=resolve_paths(data_dir))
    page = CommunePage(context)
    qtbot.addWidget(page)
    page.show()
    page.choose(find_place(server_db, "commune", "61382"))
    shown = page.ranked.list.count()
    assert shown and "Saint-Denis-sur-Sarthon" in page.card.plain_text()
    bar = page.connection_bar
    assert not bar.isVisible()
    other = find_place(server_db, "commune", "35238")  # Rennes, read before the server goes
    _kill(server_admin, server_db, refuse=True)
    try:
        page.choose(other)  # its save and its results both meet the lost server: no exception escapes
        assert bar.isVisible() and "ne répond pas" in bar.message.text()
        assert set(bar.pending) == {"save", "results"}  # the save is kept for « Réessayer », beside the reading
        assert page.ranked.list.count() == shown and "Saint-Denis-sur-Sarthon" in page.card.plain_text()
        bar.retry_button.click()  # still away: said again, both still pending
        assert bar.isVisible() and set(bar.pending) == {"save", "results"}
    finally:
        _back(server_admin, server_db)
    bar.retry_button.click()
    assert not bar.isVisible() and bar.pending == ()
    assert load_choice(server_db).code == "35238"
    assert "Rennes" in page.card.plain_text() and page.ranked.list.count()
    # a connection cut (the server still there) is replaced on the next reading: no bar at all
    _kill(server_admin, server_db, refuse=False)
    page.refresh()
    assert not bar.isVisible() and "Rennes" in page.card.plain_text()


def test_an_export_meeting_a_lost_server_writes_nothing_and_retry_writes_it(qtbot, server_db, server_admin, data_dir,
                                                                            tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
    from sqlalchemy import event

    from territoria.services.communes import find_place
    from territoria.ui.export.controller import ExportController

    parent = QWidget()
    qtbot.addWidget(parent)
    settings = open_settings(data_dir / "settings.ini")
    exports = ExportController(server_db, settings, BackgroundWork.inline(), parent)
    import territoria.reports.exports as report_exports

    out = tmp_path / "exports"
    out.mkdir()
    exports.choose_target = lambda _title, suggested, _filter: out / suggested
    failures: list[str] = []
    exports.failed.connect(failures.append)
    assert find_place(server_db, "commune", "61382") is not None
    real = report_exports.export_dossier_pdf
    armed: list[bool] = []

    def dossier(*args, **kwargs):
        armed.append(True)  # the background work has begun: its first reading meets a lost server
        return real(*args, **kwargs)

    def away_once(connection, _cursor, statement, _parameters, _context, _executemany) -> None:
        if armed and not failures:
            armed.clear()
            _kill(server_admin, server_db, refuse=True)

    monkeypatch.setattr(report_exports, "export_dossier_pdf", dossier)
    event.listen(server_db.engine, "before_cursor_execute", away_once)
    try:
        exports.export_commune("commune", "61382")
    finally:
        event.remove(server_db.engine, "before_cursor_execute", away_once)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
               and w.objectName() == "exportServerFailure" and w.isVisible())
    assert failures and "ne répond pas" in failures[0]
    assert "Aucun fichier n'a été écrit" in box.text()
    assert list(out.iterdir()) == []  # nothing half-written
    _back(server_admin, server_db)
    retry = next(b for b in box.buttons() if b.text() == "&Réessayer")
    retry.click()
    written = list(out.iterdir())
    assert len(written) == 1 and written[0].read_bytes().startswith(b"%PDF")


def test_ma_commune_a_later_choice_clears_the_retries_it_replaces(qtbot, server_db, server_admin, data_dir):
    from territoria.services.communes import find_place
    from territoria.services.profile import load_choice, save_choice
    from territoria.ui.commune import CommunePage

    save_choice(server_db, "commune", "61382")
    rennes = find_place(server_db, "commune", "35238")
    settings = open_settings(data_dir / "settings.ini")
    context = UiContext.create(server_db, settings, BackgroundWork.inline(), paths=resolve_paths(data_dir))
    _kill(server_admin, server_db, refuse=True)
    try:  # the remembered choice cannot be read when the page opens, then a choice cannot be saved
        page = CommunePage(context)
        qtbot.addWidget(page)
        page.show()
        bar = page.connection_bar
        assert bar.isVisible() and bar.pending == ("restore",)
        page.choose(rennes)
        assert set(bar.pending) == {"save", "results"}  # the person's choice replaced the remembered one
    finally:
        _back(server_admin, server_db)
    # the server is back; the person ticks a need before retrying: that save and reading succeed,
    # so nothing is left to retry (« Réessayer » would otherwise write the older choice over it)
    page.needs.set_need("water")
    page.needs.flush()
    assert not bar.isVisible() and bar.pending == ()
    saved = load_choice(server_db)
    assert (saved.kind, saved.code, saved.needs) == ("commune", "35238", ("water",))
    # the card, whose reading failed with the choice, is read again with the need's results
    assert page.place == rennes and "Rennes" in page.card.plain_text()
