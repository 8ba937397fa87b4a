""""Mes projets" page and form, the note editor of the detail pane, the contribution dialog."""

from __future__ import annotations

import json
import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QStyleOptionViewItem

from territoria.services.local_projects import ProjectFields, add_project, list_projects
from territoria.services.notes import get_note, parse_ref
from territoria.services.profile import save_choice
from territoria.services.records import get_initiative
from territoria.ui.projects.contribution_dialog import ContributionDialog
from territoria.ui.projects.form import ProjectDialog, parse_amount
from territoria.ui.projects.page import ProjectsPage


def _page(qtbot, ui_context) -> ProjectsPage:
    page = ProjectsPage(ui_context)
    qtbot.addWidget(page)
    page.show()
    return page


def test_parse_amount_reads_french_numbers():
    assert parse_amount("12 000") == 12000.0 and parse_amount("4500,50 €") == 4500.5
    assert parse_amount("") is None and isinstance(parse_amount("douze"), str)


def test_the_form_shows_a_french_message_under_each_wrong_field(qtbot, ui_context):
    save_choice(ui_context.db, "commune", "61382")
    page = _page(qtbot, ui_context)
    dialog = page.add()
    qtbot.waitExposed(dialog)
    dialog.start_edit.setText("2025-13")
    dialog.end_edit.setText("2020")
    dialog.budget_edit.setText("beaucoup")
    dialog.funding_amounts[0].setText("-5")
    dialog.buttons.accepted.emit()  # Enregistrer
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    shown = {name: lab.text() for name, lab in dialog.error_labels.items() if not lab.isHidden()}
    assert set(shown) >= {"title", "start_date", "budget_eur", "funding"}
    assert "obligatoire" in shown["title"] and "AAAA" in shown["start_date"] and "montant" in shown["budget_eur"]
    assert dialog.focusWidget() is dialog.title_edit  # the first wrong field has the focus
    assert "à corriger" in dialog.summary_label.text()
    assert list_projects(ui_context.db) == []


def test_add_through_the_form_then_edit_and_delete(qtbot, ui_context):
    save_choice(ui_context.db, "commune", "61382")
    page = _page(qtbot, ui_context)
    changed = []
    page.projectsChanged.connect(lambda: changed.append(True))
    dialog = page.add()
    qtbot.keyClicks(dialog.title_edit, "Chatbot de l'accueil")
    dialog.summary_edit.setPlainText("Répond aux habitants le soir.")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("pilot"))
    theme = next(dialog.themes_list.item(i) for i in range(dialog.themes_list.count())
                 if dialog.themes_list.item(i).data(Qt.ItemDataRole.UserRole) == "public_services")
    theme.setCheckState(Qt.CheckState.Checked)
    dialog.start_edit.setText("2025-04")
    dialog.budget_edit.setText("8 500")
    dialog.funding_amounts[0].setText("3 000")
    dialog.funding_notes[0].setText("DETR")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted and changed
    projects = list_projects(ui_context.db)
    assert [(p.title, p.status, p.budget_eur) for p in projects] == [("Chatbot de l'accueil", "pilot", 8500.0)]
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "Chatbot de l'accueil"
    detail = get_initiative(ui_context.db, projects[0].id)
    assert detail.themes == ("public_services",) and [f.amount_eur for f in detail.funding] == [3000.0]

    page.table.selectRow(0)
    editor = page.edit_selected()
    assert editor is not None and editor.title_edit.text() == "Chatbot de l'accueil"
    assert editor.budget_edit.text().replace("\u202f", " ") == "8 500"
    editor.title_edit.setText("Chatbot de l'accueil (v2)")
    editor.buttons.accepted.emit()
    assert list_projects(ui_context.db)[0].title == "Chatbot de l'accueil (v2)"

    page.table.selectRow(0)
    assert page.delete_selected(confirm=False)
    assert list_projects(ui_context.db) == [] and page.table.isHidden() and not page.empty.isHidden()


def test_without_ma_commune_the_save_is_refused_with_the_reason(qtbot, ui_context):
    page = _page(qtbot, ui_context)
    dialog = page.add()
    dialog.title_edit.setText("Projet sans commune")
    dialog.buttons.accepted.emit()
    again = page.dialog
    assert again is not dialog and again.isVisible()
    assert "Ma commune" in again.summary_label.text()
    assert again.title_edit.text() == "Projet sans commune"  # what was typed is kept
    assert list_projects(ui_context.db) == []


def test_every_field_of_the_form_has_an_accessible_name_and_a_mnemonic(qtbot, ui_context):
    dialog = ProjectDialog(ui_context.db)
    qtbot.addWidget(dialog)
    for name, widget in dialog.inputs.items():
        assert widget.accessibleName(), name
    from PySide6.QtWidgets import QLabel

    captions = [lab for lab in dialog.findChildren(QLabel) if lab.buddy() is not None]
    assert len(captions) == len(dialog.inputs) and all("&" in lab.text() for lab in captions)


def test_the_detail_pane_shows_edits_and_clears_a_note(qtbot, db):
    from territoria.ui.browser.detail_pane import DetailPane

    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.attach_notes(db)
    pane.show()
    detail = get_initiative(db, parse_ref(db, "initiative:drome-assistant-virtuel").id)
    pane.show_initiative(detail, [], None, False)
    assert pane.notes.isVisible() and not pane.notes.open_button.isHidden() and pane.notes.editor.isHidden()
    qtbot.mouseClick(pane.notes.open_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(pane.notes.text, "Rappeler le service voirie")
    qtbot.mouseClick(pane.notes.save_button, Qt.MouseButton.LeftButton)
    assert get_note(db, "initiative", detail.slug) == "Rappeler le service voirie"
    assert "enregistrée" in pane.notes.status.text()
    pane.show_empty(3)
    assert pane.notes.isHidden()
    pane.show_initiative(detail, [], None, False)
    assert pane.notes.note_text() == "Rappeler le service voirie" and not pane.notes.editor.isHidden()
    qtbot.mouseClick(pane.notes.clear_button, Qt.MouseButton.LeftButton)
    assert get_note(db, "initiative", detail.slug) is None


def test_the_detail_pane_marks_own_projects_as_local(qtbot, db):
    from territoria.ui.browser.detail_pane import DetailPane

    save_choice(db, "commune", "61382")
    ident = add_project(db, ProjectFields(title="Projet de la mairie", status="idea"))
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show_initiative(get_initiative(db, ident), [], None, False)
    assert "local" in pane.caption.text()
    pane.show_initiative(get_initiative(db, parse_ref(db, "initiative:drome-assistant-virtuel").id), [], None, False)
    assert "local" not in pane.caption.text()


def test_contribution_dialog_leaves_contacts_out_unless_ticked(qtbot, ui_context, tmp_path):
    save_choice(ui_context.db, "commune", "61382")
    ident = add_project(ui_context.db, ProjectFields(title="Projet partagé", contact="M. Martin, martin@example.org"))
    from territoria.services.notes import set_note

    set_note(ui_context.db, parse_ref(ui_context.db, f"initiative:{ident}"), "note interne")
    dialog = ContributionDialog(ui_context)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "envoi.territoria-contribution"
    dialog.path_edit.setText(str(target))
    assert dialog.reminder.isHidden()
    dialog.write_button.click()
    with zipfile.ZipFile(target) as archive:
        record = json.loads(archive.read("initiatives.json"))[0]
    assert "contact" not in record and "note" not in record and "1 projet" in dialog.message.text()
    dialog.contact_box.setChecked(True)
    assert not dialog.reminder.isHidden() and "données personnelles" in dialog.reminder.text()
    dialog.notes_box.setChecked(True)
    dialog.write_button.click()
    with zipfile.ZipFile(target) as archive:
        record = json.loads(archive.read("initiatives.json"))[0]
    assert record["contact"] == "M. Martin, martin@example.org" and record["note"] == "note interne"


def test_ma_commune_lists_own_projects_apart_from_the_ranking(qtbot, ui_context):
    from territoria.ui.commune import CommunePage

    save_choice(ui_context.db, "commune", "61382")
    first = add_project(ui_context.db, ProjectFields(title="Projet un de la mairie", themes=("administration",)))
    second = add_project(ui_context.db, ProjectFields(title="Projet deux de la mairie", status="pilot"))
    page = CommunePage(ui_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.ranked.list.count() > 0, timeout=5000)
    ranked_ids = [entry.id for entry in page.ranked.items]
    assert first not in ranked_ids and second not in ranked_ids
    # the two declared projects, and the catalogue's project led by the commune itself
    assert page.own_projects.count() == 3
    texts = [page.own_projects.list.item(i).text() for i in range(3)]
    assert any("Projet un de la mairie" in t for t in texts) and any("Projet deux" in t for t in texts)
    assert texts[0].startswith("IA d'appui aux secrétaires de mairie")
    assert "(3)" in page.tabs.tabText(page.tabs.indexOf(page.own_projects))
    shown = []
    page.initiativeRequested.connect(shown.append)
    page.own_projects.list.setCurrentRow(2)
    page.own_projects.list.itemActivated.emit(page.own_projects.list.item(2))
    assert shown and shown[0] in {first, second}


def test_own_projects_are_marked_local_in_the_results_table(db):
    from territoria.services.search import fetch_rows
    from territoria.ui.browser.results_model import ResultsModel

    save_choice(db, "commune", "61382")
    ident = add_project(db, ProjectFields(title="Projet maison"))
    seed_id = parse_ref(db, "initiative:drome-assistant-virtuel").id
    model = ResultsModel(lambda ids: fetch_rows(db, ids))
    model.set_results(2, [ident, seed_id], lambda: [ident, seed_id])
    title = 1
    assert model.data(model.index(0, title)) == "Projet maison (local)"
    assert "votre collectivité" in model.data(model.index(0, title), Qt.ItemDataRole.ToolTipRole)
    assert "(local)" not in model.data(model.index(1, title))


def test_a_note_on_a_scheme_in_ma_commune(qtbot, ui_context):
    from territoria.ui.commune import CommunePage
    from territoria.ui.commune.schemes_view import SCHEME_ROLE

    save_choice(ui_context.db, "commune", "61382")
    page = CommunePage(ui_context)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.schemes)
    tree = page.schemes.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0, timeout=5000)
    # the first scheme is selected at once: its detail and its note are shown; a group header has no note
    assert not page.schemes.notes.isHidden()
    tree.setCurrentItem(tree.topLevelItem(0))
    assert page.schemes.notes.isHidden()
    rows = [tree.topLevelItem(g).child(c) for g in range(tree.topLevelItemCount())
            for c in range(tree.topLevelItem(g).childCount())]
    row = next(item for item in rows if isinstance(item.data(0, SCHEME_ROLE), int))
    tree.setCurrentItem(row)
    assert not page.schemes.notes.isHidden()
    page.schemes.notes.open_editor()
    page.schemes.notes.text.setPlainText("Dossier à déposer avant l'été")
    page.schemes.notes.save()
    slug = parse_ref(ui_context.db, f"scheme:{row.data(0, SCHEME_ROLE)}").slug
    assert get_note(ui_context.db, "scheme", slug) == "Dossier à déposer avant l'été"
    tree.setCurrentItem(tree.topLevelItem(0))
    assert page.schemes.notes.isHidden()


def _long_projects(db) -> None:
    save_choice(db, "commune", "61382")  # Saint-Denis-sur-Sarthon: a long place name
    add_project(db, ProjectFields(title="Assistant de rédaction des comptes rendus du conseil municipal et des "
                                        "délibérations", status="pilot", start_date="2025-10", budget_eur=3600.0))
    add_project(db, ProjectFields(title="Détection des fuites", status="production", start_date="2024-03"))


def _cell_fits(page: ProjectsPage, row: int, column: int) -> bool:
    """Whether the cell shows its whole text on one line (what the view's delegate asks for it)."""
    table = page.table
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.font = table.font()
    wanted = table.itemDelegate().sizeHint(option, table.model().index(row, column)).width()
    return wanted <= table.columnWidth(column)


def test_the_list_shows_each_project_on_one_line_with_its_short_columns_whole(qtbot, ui_context):
    _long_projects(ui_context.db)
    for width in (1366, 1024):
        page = _page(qtbot, ui_context)
        page.resize(width, 500)
        qtbot.waitUntil(lambda p=page: p.table.viewport().width() > 0.9 * p.width())
        table = page.table
        assert not table.wordWrap()  # an elided line, never a second line cut by the row's height
        assert table.textElideMode() == Qt.TextElideMode.ElideRight
        for row in range(table.rowCount()):
            assert table.rowHeight(row) >= table.fontMetrics().height()
            # status, place, start, budget, declared: whole at 1366 and at 1024 pixels
            for column in range(1, 6):
                assert _cell_fits(page, row, column), (width, table.item(row, column).text())
            for column in range(6):  # any elided text is whole in its tooltip
                assert table.item(row, column).text() in table.item(row, column).toolTip()
        assert "Expérimentation" in [table.item(row, 1).text() for row in range(table.rowCount())]
        # the title takes the rest, and every column is within the table (no sideways scrolling)
        assert table.horizontalHeader().length() <= table.viewport().width()
        assert table.columnWidth(0) >= 15 * table.fontMetrics().horizontalAdvance("M")
        page.close()
