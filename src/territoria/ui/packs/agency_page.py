""""Espace agence": the agency's tools without a terminal (shown when the setting is on).

Three thin forms over the services the ``pack`` and ``contribution`` commands use: create a
signing key (its fingerprint shown), build and sign a pack from a curated folder (the same
validation report as ``pack build``), and write a town hall's contribution as TOML drafts.
Each runs in the background and reports in French in its own report box.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from territoria.errors import TerritoriaError
from territoria.ui.export.context import ExportContext
from territoria.ui.font_sizes import lines_height
from territoria.ui.tasks import Lane

if TYPE_CHECKING:
    from territoria.ui.context import UiContext


class AgencyPage(QWidget):
    """Keygen, build and sign, review a contribution (a :class:`~territoria.ui.page.Page`)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # --- key ---
        self.key_path = self._path_edit(self.tr("Fichier de la nouvelle clé privée"))
        self.key_publisher = QLineEdit()
        self.key_publisher.setAccessibleName(self.tr("Identifiant de l'éditeur (ex. arnia)"))
        self.key_pass = self._secret(self.tr("Phrase de passe de la nouvelle clé"))
        self.key_pass2 = self._secret(self.tr("Phrase de passe, à nouveau"))
        self.key_button = QPushButton(self.tr("&Créer la clé"))
        self.key_button.clicked.connect(self.create_key)
        self.key_report = self._report(self.tr("Résultat de la création de clé"))
        key_box = QGroupBox(self.tr("1. Clé de signature"))
        key_form = QFormLayout(key_box)
        key_form.addRow(self.tr("Clé &privée :"), self._with_browse(self.key_path, self._save_key_path))
        key_form.addRow(self.tr("&Éditeur :"), self.key_publisher)
        key_form.addRow(self.tr("Phrase de &passe :"), self.key_pass)
        key_form.addRow(self.tr("Con&firmation :"), self.key_pass2)
        key_form.addRow(self.key_button)
        key_form.addRow(self.key_report)
        # --- build ---
        self.build_folder = self._path_edit(self.tr("Dossier des fiches de l'agence"))
        self.build_key = self._path_edit(self.tr("Clé privée de signature"))
        self.build_pass = self._secret(self.tr("Phrase de passe de la clé"))
        self.build_output = self._path_edit(self.tr("Paquet à écrire"))
        self.build_button = QPushButton(self.tr("&Vérifier et signer le paquet"))
        self.build_button.clicked.connect(self.build_pack)
        self.build_report = self._report(self.tr("Rapport de validation du paquet"))
        build_box = QGroupBox(self.tr("2. Construire et signer un paquet"))
        build_form = QFormLayout(build_box)
        build_form.addRow(self.tr("&Dossier :"), self._with_browse(self.build_folder, self._choose_build_folder))
        build_form.addRow(self.tr("Clé de &signature :"), self._with_browse(self.build_key, self._choose_build_key))
        build_form.addRow(self.tr("P&hrase de passe :"), self.build_pass)
        build_form.addRow(self.tr("Paquet à é&crire :"), self._with_browse(self.build_output, self._choose_output))
        build_form.addRow(self.build_button)
        build_form.addRow(self.build_report)
        # --- review ---
        self.review_file = self._path_edit(self.tr("Contribution reçue"))
        self.review_folder = self._path_edit(self.tr("Dossier des brouillons"))
        self.review_button = QPushButton(self.tr("É&crire les brouillons"))
        self.review_button.clicked.connect(self.review)
        self.review_report = self._report(self.tr("Rapport de relecture de la contribution"))
        review_box = QGroupBox(self.tr("3. Relire une contribution d'une mairie"))
        review_form = QFormLayout(review_box)
        review_form.addRow(self.tr("Co&ntribution :"), self._with_browse(self.review_file, self._choose_contribution))
        review_form.addRow(self.tr("Dossier des &brouillons :"),
                           self._with_browse(self.review_folder, self._choose_review_folder))
        review_form.addRow(self.review_button)
        review_form.addRow(self.review_report)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        for box in (key_box, build_box, review_box):
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- Page protocol --------------------------------------------------------------------

    def title(self) -> str:
        """The tab's label."""
        return self.tr("Espace a&gence")

    def export_context(self) -> ExportContext:
        """Nothing to export."""
        return ExportContext()

    def save_state(self) -> None:
        """Nothing remembered (passphrases never are)."""

    def restore_state(self) -> None:
        """Nothing remembered."""

    def shutdown(self) -> None:
        """Nothing of its own running."""

    # --- widgets --------------------------------------------------------------------------

    @staticmethod
    def _path_edit(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        return edit

    @staticmethod
    def _secret(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    @staticmethod
    def _report(name: str) -> QPlainTextEdit:
        report = QPlainTextEdit()
        report.setReadOnly(True)
        report.setAccessibleName(name)
        report.setMaximumHeight(lines_height(report, 7))  # grows with the system text size
        report.setTabChangesFocus(True)
        return report

    def _with_browse(self, edit: QLineEdit, choose) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(self.tr("Parcourir…"))
        button.setAccessibleName(self.tr("Parcourir : {0}").format(edit.accessibleName()))
        button.clicked.connect(choose)
        layout.addWidget(edit, 1)
        layout.addWidget(button)
        row.setFocusProxy(edit)  # the label's Alt+letter lands in the field
        return row

    def _save_key_path(self) -> None:
        chosen, _f = QFileDialog.getSaveFileName(self, self.tr("Nouvelle clé privée"), str(Path.home() / "agence.key"),
                                                 self.tr("Clé privée (*.key)"))
        if chosen:
            self.key_path.setText(chosen)

    def _choose_build_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Dossier des fiches de l'agence"), str(Path.home()))
        if chosen:
            self.build_folder.setText(chosen)

    def _choose_build_key(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(self, self.tr("Clé privée de signature"), str(Path.home()),
                                                 self.tr("Clé privée (*.key)"))
        if chosen:
            self.build_key.setText(chosen)

    def _choose_output(self) -> None:
        chosen, _f = QFileDialog.getSaveFileName(self, self.tr("Paquet à écrire"), str(Path.home()),
                                                 self.tr("Paquet de données (*.territoria)"))
        if chosen:
            self.build_output.setText(chosen if chosen.endswith(".territoria") else chosen + ".territoria")

    def _choose_contribution(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(self, self.tr("Contribution reçue"), str(Path.home()),
                                                 self.tr("Contribution (*.territoria-contribution)"))
        if chosen:
            self.review_file.setText(chosen)

    def _choose_review_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Dossier des brouillons"), str(Path.home()))
        if chosen:
            self.review_folder.setText(chosen)

    # --- actions --------------------------------------------------------------------------

    def _run(self, title: str, report: QPlainTextEdit, work, describe) -> None:
        report.setPlainText(self.tr("En cours…"))

        def failed(exc: BaseException) -> None:
            report.setPlainText(exc.message if isinstance(exc, TerritoriaError)
                                else self.tr("Erreur inattendue : {0}").format(exc))

        self.context.tasks.run(Lane.EXPORT, title, work, lambda result: report.setPlainText(describe(result)),
                               failed, show_progress=False, parent=self)

    def create_key(self) -> None:
        """Create the key pair (an empty passphrase is refused: the key must be protected)."""
        path_text, passphrase = self.key_path.text().strip(), self.key_pass.text()
        if not path_text:
            self.key_report.setPlainText(self.tr("Indiquez le fichier de la clé privée."))
            return
        if not passphrase or passphrase != self.key_pass2.text():
            self.key_report.setPlainText(self.tr("Les deux phrases de passe doivent être identiques et non vides."))
            return
        publisher = self.key_publisher.text().strip() or None
        path = Path(path_text)

        def work(_progress):
            from territoria.services.packs.keys import generate_key

            return generate_key(path, passphrase, publisher)

        self._run(self.tr("Création de la clé"), self.key_report, work, lambda files: self.tr(
            "Clé créée : {0}\nClé publique à distribuer aux mairies : {1}\nEmpreinte : {2}\n"
            "Gardez la clé privée et sa phrase de passe en lieu sûr.").format(
            files.private_path, files.public_path, files.fingerprint))
        self.key_pass.clear()
        self.key_pass2.clear()

    def build_pack(self) -> None:
        """Validate the folder and write the signed pack; the report lists every problem."""
        folder, key, output = (self.build_folder.text().strip(), self.build_key.text().strip(),
                               self.build_output.text().strip())
        if not (folder and key and output):
            self.build_report.setPlainText(self.tr("Indiquez le dossier, la clé et le paquet à écrire."))
            return
        passphrase = self.build_pass.text() or None
        db = self.context.db

        def work(_progress):
            from territoria.services.packs.build import build_pack
            from territoria.services.packs.reference import context_of

            return build_pack(Path(folder), Path(key), Path(output), passphrase, context_of(db.path))

        def describe(result) -> str:
            info = result.info
            counts = ", ".join(f"{kind} : {count}" for kind, count in info.counts)
            return self.tr("Paquet signé : {0}\nÉditeur : {1} ({2}), édition {3}\nEmpreinte de la clé : {4}\n"
                           "Fiches : {5}\nSHA-256 : {6}").format(result.path, info.publisher_name, info.publisher_id,
                                                                 info.edition, info.fingerprint, counts, result.sha256)

        self._run(self.tr("Construction du paquet"), self.build_report, work, describe)
        self.build_pass.clear()

    def review(self) -> None:
        """Write the contribution's TOML drafts into the folder."""
        source, folder = self.review_file.text().strip(), self.review_folder.text().strip()
        if not (source and folder):
            self.review_report.setPlainText(self.tr("Indiquez la contribution et le dossier des brouillons."))
            return

        def work(_progress):
            from territoria.services.contributions import review_contribution

            return review_contribution(Path(source), Path(folder))

        def describe(report) -> str:
            lines = [self.tr("%n projet(s) de {0} écrit(s) en brouillons dans {1}.", "", report.count).format(
                report.collectivite, report.folder)]
            if report.problems:
                lines.append(self.tr("Points à corriger :"))
                lines += [f"- {problem}" for problem in report.problems]
            return "\n".join(lines)

        self._run(self.tr("Relecture de la contribution"), self.review_report, work, describe)
