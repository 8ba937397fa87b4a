"""Fichier > Importer des données…: choose a ``.territoria`` pack, see what it changes, import it.

The pack is verified and previewed in the background (publisher, edition, key fingerprint,
records added / updated / withdrawn, notes on ignored fields); "Importer" is the
confirmation. The import itself runs in the application's ``writes`` lane with a progress
dialog and a cancel button: a cancelled import changes nothing (the services roll back).
Every refusal is the services' French reason.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from territoria.errors import TerritoriaError
from territoria.ui.packs.locations import PackLocations, locations_of
from territoria.ui.palette import colour_style, semantic_colour
from territoria.ui.tasks import Lane
from territoria.ui.window_geometry import fit_window

if TYPE_CHECKING:
    from territoria.ui.context import UiContext

#: French names of the record kinds of a pack (translated in context "ImportDialog").
KIND_NAMES = {
    "sources": QT_TRANSLATE_NOOP("ImportDialog", "Sources"),
    "organisations": QT_TRANSLATE_NOOP("ImportDialog", "Organisations"),
    "programmes": QT_TRANSLATE_NOOP("ImportDialog", "Programmes"),
    "schemes": QT_TRANSLATE_NOOP("ImportDialog", "Dispositifs"),
    "initiatives": QT_TRANSLATE_NOOP("ImportDialog", "Initiatives"),
    "figures": QT_TRANSLATE_NOOP("ImportDialog", "Chiffres clés"),
    "events": QT_TRANSLATE_NOOP("ImportDialog", "Événements"),
}


class ImportDialog(QDialog):
    """Choose a pack, preview it, import it."""

    imported = Signal(object)  # ImportResult

    def __init__(self, context: UiContext, path: Path | None = None, parent: QWidget | None = None,
                 locations: PackLocations | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.locations = locations or locations_of(context)
        self.preview = None
        self.result_info = None
        self.progress = None
        self.setWindowTitle(self.tr("Importer des données"))
        intro = QLabel(self.tr("Choisissez un paquet de données signé (« .territoria ») reçu de votre agence. "
                               "Territoria vérifie sa signature et vous montre ce qu'il change avant de l'importer."))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Paquet de données à importer"))
        self.path_edit.returnPressed.connect(self.load_preview)
        caption = QLabel(self.tr("&Paquet :"))
        caption.setBuddy(self.path_edit)
        browse = QPushButton(self.tr("&Choisir…"))
        browse.setAccessibleName(self.tr("Choisir le paquet de données"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Aperçu de l'import"))
        self.view.setOpenLinks(False)
        self.downgrade_box = QCheckBox(self.tr("&Réinstaller quand même (édition plus ancienne ou égale)"))
        self.downgrade_box.hide()
        self.downgrade_box.toggled.connect(self._update_buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Importer"))
        self.import_button.setAccessibleName(self.tr("Importer ce paquet"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.downgrade_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_window(self, "import_pack", QSize(640, 560))
        self._update_buttons()
        if path is not None:
            self.path_edit.setText(str(path))
            self.load_preview()

    def preview_html(self, preview: Any) -> str:
        """The preview of an import (an ``ImportPreview``) as HTML."""
        info = preview.info
        # captions translated outside the markup, so lupdate finds every string
        publisher_caption, edition_caption = self.tr("Éditeur"), self.tr("Édition")
        key_caption, licence_caption, contact_caption = self.tr("Empreinte de la clé"), self.tr("Licence"), \
            self.tr("Contact")
        changes_caption = self.tr("Ce que l'import change")
        added, updated, withdrawn = self.tr("ajoutées"), self.tr("mises à jour"), self.tr("retirées")
        downgrade = self.tr("Cette édition n'est pas plus récente que celle installée : elle ne sera importée que "
                            "si vous cochez « Réinstaller quand même ».")
        remarks = self.tr("Remarques")
        untouched = self.tr("Vos projets, vos notes, votre sélection et vos recherches enregistrées ne sont jamais "
                            "modifiés. Une sauvegarde est faite avant l'import.")
        rows = "".join(
            f"<tr><td>{escape(QCoreApplication.translate('ImportDialog', KIND_NAMES.get(c.kind, c.kind)))}</td>"
            f"<td align='right'>{c.added}</td><td align='right'>{c.updated}</td>"
            f"<td align='right'>{c.withdrawn}</td></tr>"
            for c in preview.changes)
        installed = (self.tr("édition {0} installée").format(escape(preview.installed_edition))
                     if preview.installed_edition else self.tr("aucune édition installée"))

        def line(caption: str, value: str) -> str:
            return f"<tr><td><b>{escape(caption)}</b></td><td>{value}</td></tr>"

        parts = [
            f"<h3>{escape(info.title)}</h3>",
            "<table cellspacing='0' cellpadding='2'>",
            line(publisher_caption, f"{escape(info.publisher_name)} ({escape(info.publisher_id)})"),
            line(edition_caption, f"{escape(info.edition)} — {installed}"),
            line(key_caption, f"<tt>{escape(info.fingerprint)}</tt>"),
        ]
        if info.licence:
            parts.append(line(licence_caption, escape(info.licence)))
        if info.contact:
            parts.append(line(contact_caption, escape(info.contact)))
        parts.append("</table>")
        parts.append(f"<p><b>{escape(changes_caption)}</b></p>"
                     f"<table border='1' cellspacing='0' cellpadding='3'><tr><th></th><th>{escape(added)}</th>"
                     f"<th>{escape(updated)}</th><th>{escape(withdrawn)}</th></tr>{rows}</table>")
        if preview.is_downgrade:
            parts.append(f"<p style='color:{semantic_colour(self, 'error', QPalette.ColorRole.Base)}'>"
                         f"{escape(downgrade)}</p>")
        notes = tuple(preview.notes) + tuple(n for n in info.notes if n not in preview.notes)
        if notes:
            parts.append(f"<p><b>{escape(remarks)}</b></p><ul>" + "".join(f"<li>{escape(n)}</li>" for n in notes)
                         + "</ul>")
        parts.append(f"<p>{escape(untouched)}</p>")
        return "".join(parts)

    def _trust(self):
        from territoria.services.packs.trust import open_trust_store

        return open_trust_store(self.locations.config_dir)

    def browse(self) -> None:
        """Ask for the pack file, then preview it."""
        from territoria.services.packs.format import PACK_SUFFIX

        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Importer des données"), self.path_edit.text() or str(Path.home()),
            self.tr("Paquet de données Territoria (*{0})").format(PACK_SUFFIX))
        if chosen:
            self.path_edit.setText(chosen)
            self.load_preview()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(colour_style(self, "error") if error else "")

    def load_preview(self) -> None:
        """Verify and preview the chosen pack in the background (nothing is written)."""
        text = self.path_edit.text().strip()
        self.preview = None
        self.view.clear()
        self._update_buttons()
        if not text:
            self._say(self.tr("Choisissez d'abord un paquet de données."), error=True)
            return
        path = Path(text)
        db = self.context.db
        self._say(self.tr("Vérification du paquet…"))

        def work(_progress):
            from territoria.services.packs.importer import preview_import

            return preview_import(db, path, self._trust())

        self.context.tasks.run(Lane.EXPORT, self.tr("Vérification du paquet"), work, self._show_preview,
                               self._failed, show_progress=False, parent=self)

    def _show_preview(self, preview) -> None:
        self.preview = preview
        self.view.setHtml(self.preview_html(preview))
        self.downgrade_box.setChecked(False)
        self.downgrade_box.setVisible(preview.is_downgrade)
        self._say(self.tr("Signature et contenu vérifiés. « Importer » applique ces changements."))
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self.preview = None
        self._update_buttons()
        if isinstance(exc, TerritoriaError):
            self._say(exc.message, error=True)
        else:
            from territoria.ui.tasks import show_error

            self._say(self.tr("Erreur inattendue : rien n'a été modifié."), error=True)
            show_error(exc, self)

    def _update_buttons(self, *_args) -> None:
        ok = self.preview is not None and (not self.preview.is_downgrade or self.downgrade_box.isChecked())
        self.import_button.setEnabled(bool(ok) and self.progress is None)

    def start_import(self) -> None:
        """Import the previewed pack (writes lane, progress and cancel)."""
        if self.preview is None:
            return
        path, db, backups = self.preview.info.path, self.context.db, self.locations.backups
        allow = self.downgrade_box.isChecked()

        def work(progress):
            from territoria.services.packs.importer import import_pack

            return import_pack(db, path, self._trust(), backups, allow_downgrade=allow, progress=progress)

        self._say(self.tr("Import en cours…"))
        self.progress = self.context.tasks.run(Lane.WRITES, self.tr("Import des données"), work, self._done,
                                               self._import_failed, self._cancelled, parent=self)
        self._update_buttons()

    def cancel_import(self) -> None:
        """Ask the running import to stop (nothing is changed)."""
        if self.progress is not None:
            self.progress.cancel()

    def _done(self, result) -> None:
        self.progress = None
        self.result_info = result
        lines = "; ".join(
            self.tr("{0} : {1}, {2}, {3}").format(
                QCoreApplication.translate('ImportDialog', KIND_NAMES.get(c.kind, c.kind)),
                self.tr("%n ajoutée(s)", "", c.added), self.tr("%n mise(s) à jour", "", c.updated),
                self.tr("%n retirée(s)", "", c.withdrawn))
            for c in result.changes)
        text = self.tr("Données de {0}, édition {1}, importées. {2}.").format(
            result.info.publisher_name, result.info.edition, lines)
        if result.new_trusted_key:
            text += " " + self.tr("Nouvelle clé de l'éditeur désormais reconnue : {0}.").format(result.new_trusted_key)
        self._say(text)
        self.preview = None
        self._update_buttons()
        self.imported.emit(result)

    def _import_failed(self, exc: BaseException) -> None:
        self.progress = None
        self._failed(exc)
        if isinstance(exc, TerritoriaError):
            self._say(exc.message + " " + self.tr("Rien n'a été modifié."), error=True)

    def _cancelled(self) -> None:
        self.progress = None
        self._say(self.tr("Import annulé : rien n'a été modifié."))
        self._update_buttons()
