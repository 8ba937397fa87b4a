"""The record form of « Mes projets » refuses to overwrite a record saved by someone else since it
was opened: the conflict dialog shows both versions, and « Rouvrir » starts from the saved one."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog

from territoria.services.local_projects import ProjectFields, add_project, open_project, update_project
from territoria.services.profile import save_choice
from territoria.services.records import get_initiative
from territoria.ui.projects.conflict_dialog import ConflictDialog
from territoria.ui.projects.page import ProjectsPage


def test_a_save_over_someone_elses_shows_both_versions_then_reopens_the_saved_one(qtbot, ui_context):
    db = ui_context.db
    save_choice(db, "commune", "61382")
    ident = add_project(db, ProjectFields(title="Tri des courriers", status="idea", budget_eur=4000.0))
    page = ProjectsPage(ui_context)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    editor = page.edit_selected()
    assert editor is not None and editor.title_edit.text() == "Tri des courriers"

    # meanwhile, a colleague opens the same record and saves first
    theirs = open_project(db, ident)
    update_project(db, ident, replace(theirs.fields, title="Tri automatique du courrier", status="pilot"),
                   expected_version=theirs.version)

    editor.title_edit.setText("Tri du courrier entrant")
    editor.buttons.accepted.emit()  # Enregistrer
    box = page.conflict_dialog
    assert isinstance(box, ConflictDialog)
    qtbot.waitExposed(box)
    rows = {box.table.item(r, 0).text(): (box.table.item(r, 1).text(), box.table.item(r, 2).text())
            for r in range(box.table.rowCount())}
    assert rows == {"Titre": ("Tri du courrier entrant", "Tri automatique du courrier"),
                    "Statut": ("Projet", "Expérimentation")}
    assert "version 1" in box.intro.text() and "la 2" in box.intro.text()
    assert box.reopen_button.accessibleName() and box.close_button.accessibleName()
    assert "modifiée par quelqu'un d'autre" in page.message.text()
    # nothing of ours was written
    assert get_initiative(db, ident).title == "Tri automatique du courrier"

    box.reopen_button.click()
    assert box.result() == QDialog.DialogCode.Accepted
    reopened = page.dialog
    assert reopened is not editor and reopened.title_edit.text() == "Tri automatique du courrier"
    reopened.title_edit.setText("Tri du courrier entrant")
    reopened.buttons.accepted.emit()
    assert get_initiative(db, ident).title == "Tri du courrier entrant"
    assert "Projet enregistré" in page.message.text()


def test_agency_mode_on_a_server_lists_and_edits_the_publishers_records_and_schemes(qtbot, server_db, data_dir):
    from sqlalchemy import text

    from territoria.config import resolve_paths
    from territoria.services.scheme_edit import open_scheme, update_scheme
    from territoria.settings import AGENCY_PUBLISHER
    from territoria.ui.context import UiContext
    from territoria.ui.qt_settings import open_settings
    from territoria.ui.tasks import BackgroundWork

    with server_db.engine.begin() as connection:
        initiative = connection.execute(text("SELECT min(id) FROM initiatives")).scalar()
        scheme = connection.execute(text("SELECT min(id) FROM schemes")).scalar()
        for table, ident in (("initiatives", initiative), ("schemes", scheme)):
            connection.execute(text(f"UPDATE {table} SET origin = 'pack', pack_publisher = 'agence-test' "
                                    "WHERE id = :i"), {"i": ident})
    settings = open_settings(data_dir / "settings.ini")
    settings.set(AGENCY_PUBLISHER, "agence-test")
    context = UiContext.create(server_db, settings, BackgroundWork.inline(), paths=resolve_paths(data_dir))
    page = ProjectsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.publisher == "agence-test" and [p.id for p in page.projects] == [initiative]
    page.table.selectRow(0)
    assert "éditeur de l'agence" in page.table.item(0, 0).toolTip()
    assert page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.schemes_list is not None and page.schemes_list.count() == 1
    assert page.scheme_button.accessibleName() and page.schemes_list.accessibleName()

    page.schemes_list.setCurrentRow(0)
    editor = page.edit_selected_scheme()
    assert editor is not None
    theirs = open_scheme(server_db, scheme, publisher="agence-test")
    update_scheme(server_db, scheme, replace(theirs.fields, closes="2027-12"), expected_version=theirs.version,
                  publisher="agence-test")
    editor.inputs["name"].setText("Nom revu par l'agence")
    editor.buttons.accepted.emit()
    box = page.conflict_dialog
    assert isinstance(box, ConflictDialog)
    rows = {box.table.item(r, 0).text() for r in range(box.table.rowCount())}
    assert rows == {"Nom", "Clôture"}
    box.reopen_button.click()
    assert page.dialog is not editor and page.dialog.inputs["closes"].text() == "2027-12"
