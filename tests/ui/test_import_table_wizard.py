"""Fichier > Importer un tableau… driven with qtbot: file, preview, mapping, report, save."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from importer_fixtures import write_csv
from territoria.store.seed.curated import load_curated
from territoria.ui.import_table_wizard import ImportTableWizard

HEADER = ["Projet", "Porteur", "Statut", "Thèmes", "Début"]
ROWS = [["Chatbot d'accueil", "Ville de Mérignac", "Expérimentation", "Relation aux usagers", "2024"],
        ["Tri du courrier", "Gironde Department", "En service", "Administration interne", "2023-05"],
        ["", "Sans titre", "", "", ""]]


def test_wizard_walks_every_step_and_writes_a_pack_folder(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    source = write_csv(tmp_path / "projets.csv", [HEADER, *ROWS], delimiter=";")
    wizard = ImportTableWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(source))
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview_page.table.rowCount() == len(ROWS)
    assert wizard.preview_page.table.item(0, 0).text() == "Chatbot d'accueil"
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.combos["title"].currentData() == "Projet" and page.combos["status"].currentData() == "Statut"
    assert all(combo.accessibleName() for combo in page.combos.values())
    wizard.next()  # no source yet: refused with a French message, the page stays
    assert wizard.currentPage() is page
    assert shown and "[source]" in shown[-1]
    page.source["title"].setText("Projets IA de l'agence")
    page.source["publisher"].setText("Agence test")
    page.source["url"].setText("https://agence.example.org/projets")
    wizard.next()  # no licence yet: refused, the page stays
    assert wizard.currentPage() is page
    assert "licence" in shown[-1].lower()
    page.source["licence"].setText("etalab-2.0")
    wizard.next()
    report = wizard.report_page
    assert wizard.currentPage() is report
    statuses = [report.table.item(r, 1).text() for r in range(report.table.rowCount())]
    assert statuses == ["à vérifier", "importé", "ignoré"]  # three communes are called Mérignac
    assert "1 importée(s), 1 à vérifier, 1 ignorée(s)" in report.summary.text()
    wizard.next()
    wizard.save_page.folder.setText(str(tmp_path / "paquet"))
    wizard.save_page.publisher_name.setText("Agence test")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.saved == tmp_path / "paquet"
    data = load_curated(tmp_path / "paquet")
    assert sorted(i["title"] for i in data.records["initiatives"]) == ["Chatbot d'accueil", "Tri du courrier"]
    orgs = data.by_id("organisations")
    assert {o["name"]: o.get("commune_insee") for o in orgs.values()}["Ville de Mérignac"] is None  # 3 Mérignac
    assert {o["name"]: o.get("departement_code") for o in orgs.values()}["Gironde Department"] == "33"


def test_an_unreadable_file_keeps_the_first_page(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    wizard = ImportTableWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(empty))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert shown and "vide" in shown[0] and "vide.csv" in shown[0]


def test_menu_opens_the_wizard(qtbot, ui_context):
    from territoria.ui.main_window import MainWindow

    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    assert window.import_table_action in window.file_menu.actions()
    window.import_table_action.trigger()
    assert window.import_table_wizard.isVisible()
    window.import_table_wizard.reject()


def test_conversion_runs_off_the_ui_thread(qtbot, db, tmp_path, threaded_context):
    source = write_csv(tmp_path / "projets.csv", [HEADER, *ROWS], delimiter=";")
    wizard = ImportTableWizard(db, tasks=threaded_context.tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(source))
    wizard.next()
    wizard.next()
    page = wizard.mapping_page
    page.source["title"].setText("Projets")
    page.source["publisher"].setText("Agence")
    page.source["url"].setText("https://agence.example.org")
    page.source["licence"].setText("etalab-2.0")
    wizard.next()
    assert wizard.currentPage() is wizard.report_page
    qtbot.waitUntil(lambda: wizard.report_page.isComplete(), timeout=30_000)
    assert wizard.report_page.table.rowCount() == len(ROWS)
