"""Importer des données… (preview, import, cancel, refusals), trusted keys, watched folder, agency space."""

from __future__ import annotations

import re
import threading

from pack_tools import PASSPHRASE, build, make_key, trust_store, write_folder

from territoria.services.contributions import export_contribution
from territoria.services.local_projects import ProjectFields, add_project
from territoria.services.notes import parse_ref
from territoria.services.packs.installed import list_packs
from territoria.services.profile import save_choice
from territoria.settings import AGENCY_SPACE, PACKS_WATCHED_FOLDER
from territoria.ui.packs.agency_page import AgencyPage
from territoria.ui.packs.data_menu import DataMenu
from territoria.ui.packs.import_dialog import ImportDialog
from territoria.ui.packs.locations import locations_of
from territoria.ui.packs.trust_dialog import TrustDialog
from territoria.ui.tasks import Lane


def _count(db) -> int:
    with db.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM initiatives").scalar()


def _pack(tmp_path, ui_context, edition="2026-03-03"):
    key = make_key(tmp_path)
    trust_store(locations_of(ui_context).config_dir, key)
    return build(write_folder(tmp_path / f"src-{edition}", edition=edition), key, tmp_path / f"arnia-{edition}.territoria")


def test_locations_are_the_settings_folder_and_the_backups(ui_context, data_dir):
    locations = locations_of(ui_context)
    assert locations.config_dir == data_dir and locations.backups == data_dir / "backups"


def test_preview_then_import(qtbot, ui_context, tmp_path):
    pack = _pack(tmp_path, ui_context)
    before = _count(ui_context.db)
    dialog = ImportDialog(ui_context, pack)
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    for expected in ("ARNia (arnia)", "2026-03-03", "aucune édition installée", "Initiatives"):
        assert expected in text, expected
    fingerprint = dialog.preview.info.fingerprint
    assert fingerprint in text and dialog.import_button.isEnabled()
    assert _count(ui_context.db) == before  # the preview writes nothing
    imported = []
    dialog.imported.connect(imported.append)
    dialog.import_button.click()
    assert imported and "Initiatives : 2 ajoutée(s)" in dialog.message.text()
    assert _count(ui_context.db) == before + 2
    assert [p.edition for p in list_packs(ui_context.db)] == ["2026-03-03"]
    # the same edition again: a downgrade, only with the box ticked
    again = ImportDialog(ui_context, pack)
    qtbot.addWidget(again)
    assert not again.downgrade_box.isHidden() and not again.import_button.isEnabled()
    again.downgrade_box.setChecked(True)
    assert again.import_button.isEnabled()


def test_refusals_are_french_and_change_nothing(qtbot, ui_context, tmp_path):
    save_choice(ui_context.db, "commune", "61382")
    add_project(ui_context.db, ProjectFields(title="Projet local"))
    contribution = export_contribution(ui_context.db, tmp_path / "envoi.territoria-contribution").path
    broken = tmp_path / "abime.territoria"
    broken.write_bytes(b"ceci n'est pas un paquet")
    untrusted = build(write_folder(tmp_path / "src"), make_key(tmp_path, "inconnue.key"), tmp_path / "x.territoria")
    before = _count(ui_context.db)
    for path in (contribution, broken, untrusted, tmp_path / "absent.territoria"):
        dialog = ImportDialog(ui_context, path)
        qtbot.addWidget(dialog)
        assert dialog.preview is None and not dialog.import_button.isEnabled(), path
        assert dialog.message.text() and "Traceback" not in dialog.message.text(), path
    assert _count(ui_context.db) == before and list_packs(ui_context.db) == []


def test_a_cancelled_import_changes_nothing(qtbot, threaded_context, tmp_path):
    pack = _pack(tmp_path, threaded_context)
    before = _count(threaded_context.db)
    dialog = ImportDialog(threaded_context, pack)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20_000)
    gate = threading.Event()
    # keep the writes lane busy so the import is still queued when Annuler is pressed
    threaded_context.tasks.run(Lane.WRITES, "", lambda _p: gate.wait(20), lambda _r: None, show_progress=False)
    dialog.import_button.click()
    dialog.cancel_import()
    gate.set()
    qtbot.waitUntil(lambda: dialog.progress is None, timeout=20_000)
    assert "annulé" in dialog.message.text() and "rien n'a été modifié" in dialog.message.text()
    assert _count(threaded_context.db) == before and list_packs(threaded_context.db) == []


def test_trust_dialog_adds_with_fingerprint_and_removes(qtbot, ui_context, tmp_path):
    key = make_key(tmp_path, publisher="arnia")
    dialog = TrustDialog(ui_context, confirm=False)
    qtbot.addWidget(dialog)
    rows_before = dialog.table.rowCount()
    assert dialog.add_file(key.with_name(key.name + ".pub"))
    assert dialog.table.rowCount() == rows_before + 1
    fingerprints = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    added = next(k for k in dialog.keys if k.label.endswith(".pub"))
    assert added.fingerprint in fingerprints and added.fingerprint in dialog.message.text()
    assert not dialog.add_file(tmp_path / "absent.pub") and dialog.message.text()
    dialog.table.selectRow(fingerprints.index(added.fingerprint))
    assert dialog.remove_selected() and dialog.table.rowCount() == rows_before


def test_watched_folder_offers_newer_packs_then_opens_the_import(qtbot, ui_context, tmp_path):
    watched = tmp_path / "partage"
    watched.mkdir()
    key = make_key(tmp_path)
    trust_store(locations_of(ui_context).config_dir, key)
    build(write_folder(tmp_path / "v2", edition="2026-04-01"), key, watched / "arnia.territoria")
    menu = DataMenu(ui_context)
    menu.check_watched_folder()  # no folder set: nothing
    assert menu.watched_offer is None
    ui_context.settings.set(PACKS_WATCHED_FOLDER, str(watched))
    menu.check_watched_folder()
    box = menu.watched_offer
    assert box is not None and "ARNia, édition 2026-04-01" in box.text()
    box.button(box.StandardButton.Yes).click()
    assert isinstance(menu.dialog, ImportDialog) and menu.dialog.preview.info.edition == "2026-04-01"
    menu.dialog.reject()


def test_agency_space_keygen_build_and_review(qtbot, ui_context, tmp_path):
    page = AgencyPage(ui_context)
    qtbot.addWidget(page)
    page.key_path.setText(str(tmp_path / "agence.key"))
    page.key_publisher.setText("arnia")
    page.key_pass.setText("secret un")
    page.key_pass2.setText("secret deux")
    page.key_button.click()
    assert "identiques" in page.key_report.toPlainText() and not (tmp_path / "agence.key").exists()
    page.key_pass.setText(PASSPHRASE)
    page.key_pass2.setText(PASSPHRASE)
    page.key_button.click()
    assert "Empreinte" in page.key_report.toPlainText() and (tmp_path / "agence.key.pub").exists()
    assert not page.key_pass.text()  # passphrases are not kept on screen

    folder = write_folder(tmp_path / "catalogue")
    (folder / "initiatives.toml").write_text(
        (folder / "initiatives.toml").read_text("utf-8").replace('themes = ["public_services"]', 'themes = ["magie"]', 1),
        "utf-8")
    page.build_folder.setText(str(folder))
    page.build_key.setText(str(tmp_path / "agence.key"))
    page.build_pass.setText(PASSPHRASE)
    page.build_output.setText(str(tmp_path / "arnia.territoria"))
    page.build_button.click()
    assert "magie" in page.build_report.toPlainText() and not (tmp_path / "arnia.territoria").exists()
    write_folder(folder)  # fixed
    page.build_pass.setText(PASSPHRASE)
    page.build_button.click()
    assert "Paquet signé" in page.build_report.toPlainText() and (tmp_path / "arnia.territoria").exists()

    save_choice(ui_context.db, "commune", "61382")
    ident = add_project(ui_context.db, ProjectFields(title="Projet à relire", status="idea"))
    assert parse_ref(ui_context.db, f"initiative:{ident}")
    contribution = export_contribution(ui_context.db, tmp_path / "m.territoria-contribution").path
    page.review_file.setText(str(contribution))
    page.review_folder.setText(str(tmp_path / "brouillons"))
    page.review_button.click()
    assert "1 projet(s)" in page.review_report.toPlainText()
    assert (tmp_path / "brouillons" / "initiatives.toml").exists()


def test_main_window_has_mes_projets_the_data_menu_and_the_agency_space(qtbot, ui_context):
    from territoria.ui.main_window import MainWindow

    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert "Mes pro&jets" in titles and not any("agence" in t.replace("&", "") for t in titles)
    actions = [a.text() for a in window.file_menu.actions()]
    assert "&Importer des données…" in actions and "&Envoyer mes projets à l'agence…" in actions
    assert window.data_menu.menuAction() in window.file_menu.actions()
    mnemonics = [re.search(r"&(\w)", text).group(1).lower() for text in actions if re.search(r"&(\w)", text)]
    assert len(mnemonics) == len(set(mnemonics)), actions
    window.data_menu.agency_action.setChecked(True)
    assert any("agence" in window.pages.tabText(i).replace("&", "") for i in range(window.pages.count()))
    assert ui_context.settings.get(AGENCY_SPACE) is True
    window.data_menu.agency_action.setChecked(False)
    assert not any("agence" in window.pages.tabText(i).replace("&", "") for i in range(window.pages.count()))


def test_printing_notes_on_one_pagers_is_a_remembered_choice(qtbot, ui_context, tmp_path):
    from pdf_tools import page_texts, squash

    from territoria.services.notes import set_note
    from territoria.settings import EXPORT_WITH_NOTE

    ref = parse_ref(ui_context.db, "initiative:drome-assistant-virtuel")
    set_note(ui_context.db, ref, "Appeler la Drôme en mars")
    menu = DataMenu(ui_context)
    exports = ui_context.exports
    pdfs = []
    exports.print_pdf = pdfs.append  # the print dialog itself is not under test here
    exports.print_initiative(ref.id)
    assert squash("Appeler la Drôme") not in squash(" ".join(page_texts(pdfs[-1])))
    menu.notes_action.setChecked(True)
    assert ui_context.settings.get(EXPORT_WITH_NOTE) is True
    exports.print_initiative(ref.id)
    assert squash("Note de la mairie Appeler la Drôme en mars") in squash(" ".join(page_texts(pdfs[-1])))


def test_at_start_up_the_window_offers_the_watched_folder_packs(qtbot, ui_context, tmp_path):
    from territoria.ui.main_window import MainWindow

    watched = tmp_path / "partage"
    watched.mkdir()
    key = make_key(tmp_path)
    trust_store(locations_of(ui_context).config_dir, key)
    build(write_folder(tmp_path / "v1"), key, watched / "arnia.territoria")
    ui_context.settings.set(PACKS_WATCHED_FOLDER, str(watched))
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.show()
    assert window.data_menu.watched_offer is None  # not before the window is up
    qtbot.waitUntil(lambda: window.data_menu.watched_offer is not None, timeout=10_000)
    assert "ARNia" in window.data_menu.watched_offer.text()
    window.data_menu.watched_offer.reject()


def test_every_field_of_the_agency_space_is_reachable_by_its_label(qtbot, ui_context):
    from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

    page = AgencyPage(ui_context)
    qtbot.addWidget(page)
    edits = page.findChildren(QLineEdit)
    assert edits and all(edit.accessibleName() for edit in edits)
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            caption = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if caption is None:
                continue
            label = caption.widget()
            assert isinstance(label, QLabel) and "&" in label.text()
            target = label.buddy()
            assert target is not None and (target.focusProxy() or target) in edits
