"""Fichier > Importer un tableau… : an agency's spreadsheet to a pack source folder, step by step.

Choose the file, preview its first rows, map its columns to the fields of an initiative,
read the row-by-row report, save the pack source folder. The same services as
``territoria import-catalogue --format table`` do the work; this module only asks and shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from territoria.errors import TerritoriaError
from territoria.services.importers import table as table_preset
from territoria.services.importers.common import Converted, ImportOptions
from territoria.services.importers.run import finish, matcher_from_database
from territoria.ui.tasks import BackgroundWork, Lane
from territoria.ui.window_geometry import fit_window

PREVIEW_ROWS = 10


def _path_row(parent: QWidget, edit: QLineEdit, button_text: str, pick) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    button = QPushButton(button_text, parent)
    button.setAccessibleName(button_text.replace("&", ""))
    button.clicked.connect(pick)
    row.addWidget(button)
    return row


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportTableWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choisir le tableau"))
        self.setSubTitle(self.tr("Un fichier CSV ou un classeur Excel (.xlsx) : une ligne par initiative."))
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Fichier à importer"))
        self.sheet = QLineEdit(self)
        self.sheet.setAccessibleName(self.tr("Feuille du classeur"))
        self.sheet.setPlaceholderText(self.tr("la première"))
        layout = QFormLayout(self)
        label = QLabel(self.tr("&Fichier :"), self)
        label.setBuddy(self.path)
        layout.addRow(label, _path_row(self, self.path, self.tr("&Parcourir…"), self._pick))
        sheet_label = QLabel(self.tr("F&euille (.xlsx) :"), self)
        sheet_label.setBuddy(self.sheet)
        layout.addRow(sheet_label, self.sheet)
        self.registerField("path*", self.path)

    def _pick(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Tableau à importer"), "",
                                              self.tr("Tableaux (*.csv *.xlsx *.txt);;Tous les fichiers (*)"))
        if name:
            self.path.setText(name)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        wizard: ImportTableWizard = self.wizard()  # type: ignore[assignment]
        try:
            wizard.header, wizard.preview = table_preset.read_header(
                Path(self.path.text()), self.sheet.text().strip() or None, PREVIEW_ROWS)
        except (TerritoriaError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Tableau illisible"), getattr(exc, "message", str(exc)))
            return False
        return True


class _PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportTableWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Aperçu des premières lignes"))
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Premières lignes du tableau"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        QVBoxLayout(self).addWidget(self.table)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        wizard: ImportTableWizard = self.wizard()  # type: ignore[assignment]
        self.table.setColumnCount(len(wizard.header))
        self.table.setHorizontalHeaderLabels(wizard.header)
        self.table.setRowCount(len(wizard.preview))
        for r, row in enumerate(wizard.preview):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()


class _MappingPage(QWizardPage):
    def __init__(self, wizard: ImportTableWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Correspondance des colonnes"))
        self.setSubTitle(self.tr("Pour chaque champ, la colonne du tableau qui le contient (« Titre » est obligatoire), "
                                 "puis la source que chaque fiche citera."))
        self.combos: dict[str, QComboBox] = {}
        self.source: dict[str, QLineEdit] = {}
        inner = QWidget(self)
        form = QFormLayout(inner)
        for name, (label, _) in table_preset.FIELDS.items():
            combo = QComboBox(inner)
            combo.setAccessibleName(self.tr("Colonne du champ %1").replace("%1", label))
            self.combos[name] = combo
            text = QLabel(label + " :", inner)
            text.setBuddy(combo)
            form.addRow(text, combo)
        for key, label in (("title", self.tr("Titre de la source")), ("publisher", self.tr("Éditeur")),
                           ("url", self.tr("Adresse (https://…)")), ("licence", self.tr("Licence")),
                           ("attribution", self.tr("Mention à citer"))):
            edit = QLineEdit(inner)
            edit.setAccessibleName(label)
            self.source[key] = edit
            text = QLabel(label + " :", inner)
            text.setBuddy(edit)
            form.addRow(text, edit)
        self.source["licence"].setPlaceholderText("etalab-2.0")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self).addWidget(scroll)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        wizard: ImportTableWizard = self.wizard()  # type: ignore[assignment]
        guesses = table_preset.guess_columns(wizard.header)
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(aucune)"), "")
            for column in wizard.header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(guesses.get(name, ""))))

    def mapping(self) -> dict:
        """The mapping as the TOML file of the command line would give it."""
        columns = {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}
        source = {k: e.text().strip() for k, e in self.source.items() if e.text().strip()}
        return {"columns": columns, "source": source}

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        wizard: ImportTableWizard = self.wizard()  # type: ignore[assignment]
        try:
            wizard.mapping = table_preset.Mapping.from_dict(self.mapping())
            table_preset.licence_of(wizard.mapping)  # a pack always names its licence
        except TerritoriaError as exc:
            QMessageBox.warning(self, self.tr("Correspondance incomplète"), exc.message)
            return False
        return True


class _ReportPage(QWizardPage):
    def __init__(self, wizard: ImportTableWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Rapport ligne par ligne"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Rapport de l'import, une ligne par ligne du tableau"))
        self.table.setHorizontalHeaderLabels([self.tr("Ligne"), self.tr("Statut"), self.tr("Raison"),
                                              self.tr("Titre")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        wizard: ImportTableWizard = self.wizard()  # type: ignore[assignment]
        return wizard.converted is not None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        wizard: ImportTableWizard = self.wizard()  # type: ignore[assignment]
        self.summary.setText(self.tr("Lecture du tableau et rattachement des porteurs…"))
        self.table.setRowCount(0)
        wizard.run_conversion(self.show_outcomes)

    def show_outcomes(self) -> None:
        """Fill the report once the conversion is done."""
        wizard: ImportTableWizard = self.wizard()  # type: ignore[assignment]
        outcomes = wizard.converted.outcomes if wizard.converted else []
        counts = {s: sum(1 for o in outcomes if o.status == s) for s in ("importé", "à vérifier", "ignoré")}
        # one plural form per count (Qt's %n): "1 importée", "3 importées"
        self.summary.setText(", ".join((self.tr("%n importée(s)", "", counts["importé"]),
                                        self.tr("%n à vérifier", "", counts["à vérifier"]),
                                        self.tr("%n ignorée(s)", "", counts["ignoré"]))) + ".")
        self.table.setRowCount(len(outcomes))
        # the status is a fixed word of the importers (their report CSV keeps it in French)
        statuses = {"importé": self.tr("importé"), "à vérifier": self.tr("à vérifier"), "ignoré": self.tr("ignoré")}
        for r, item in enumerate(outcomes):
            status = statuses.get(item.status, item.status)
            for c, value in enumerate((str(item.line), status, item.reason, item.title)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.completeChanged.emit()


class _SavePage(QWizardPage):
    def __init__(self, wizard: ImportTableWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Enregistrer le dossier du paquet"))
        self.setSubTitle(self.tr("Un dossier (fichiers TOML et pack.toml) que « pack build » signera."))
        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Dossier à écrire"))
        self.publisher_id = QLineEdit("agence", self)
        self.publisher_id.setAccessibleName(self.tr("Identifiant de l'éditeur"))
        self.publisher_name = QLineEdit(self)
        self.publisher_name.setAccessibleName(self.tr("Nom de l'éditeur"))
        layout = QFormLayout(self)
        label = QLabel(self.tr("&Dossier :"), self)
        label.setBuddy(self.folder)
        layout.addRow(label, _path_row(self, self.folder, self.tr("P&arcourir…"), self._pick))
        for text, edit in ((self.tr("&Identifiant de l'éditeur :"), self.publisher_id),
                           (self.tr("&Nom de l'éditeur :"), self.publisher_name)):
            caption = QLabel(text, self)
            caption.setBuddy(edit)
            layout.addRow(caption, edit)
        self.registerField("folder*", self.folder)

    def _pick(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Dossier du paquet"))
        if name:
            self.folder.setText(name)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        wizard: ImportTableWizard = self.wizard()  # type: ignore[assignment]
        return wizard.save(Path(self.folder.text()), self.publisher_id.text().strip() or "agence",
                           self.publisher_name.text().strip() or None)


class ImportTableWizard(QWizard):
    """The five steps of importing an agency's spreadsheet."""

    def __init__(self, db, parent: QWidget | None = None, tasks: BackgroundWork | None = None) -> None:
        """``tasks``: the application's background lanes (inline when not given, as in tests)."""
        super().__init__(parent)
        self.tasks = tasks if tasks is not None else BackgroundWork.inline()
        self.setWindowTitle(self.tr("Importer un tableau"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.matcher = matcher_from_database(db)
        self.header: list[str] = []
        self.preview: list[list[str]] = []
        self.mapping: table_preset.Mapping | None = None
        self.converted: Converted | None = None
        self.saved: Path | None = None
        self.file_page = _FilePage(self)
        self.preview_page = _PreviewPage(self)
        self.mapping_page = _MappingPage(self)
        self.report_page = _ReportPage(self)
        self.save_page = _SavePage(self)
        for page in (self.file_page, self.preview_page, self.mapping_page, self.report_page, self.save_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Enregistrer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        fit_window(self, "import_table", QSize(900, 640))

    def _options(self) -> ImportOptions:
        return ImportOptions(sheet=self.file_page.sheet.text().strip() or None)

    def run_conversion(self, then) -> None:
        """Map every row off the UI thread, then call ``then``; after an error, a French message
        and back to the mapping step."""
        self.converted = None
        path, options, mapping = Path(self.file_page.path.text()), self._options(), self.mapping

        def done(converted: Converted) -> None:
            self.converted = converted
            then()

        def failed(exc: BaseException) -> None:
            message = exc.message if isinstance(exc, TerritoriaError) else self.tr("Erreur inattendue : %1").replace(
                "%1", str(exc))
            QMessageBox.warning(self, self.tr("Import impossible"), message)
            self.back()

        self.tasks.run(Lane.INDEX, self.tr("Import du tableau"),
                       lambda _progress: table_preset.convert(path, options, self.matcher, mapping=mapping),
                       done, failed, self.back, parent=self)

    def save(self, folder: Path, publisher_id: str, publisher_name: str | None) -> bool:
        """Write the pack source folder; False (nothing written) after a French message."""
        assert self.converted is not None
        options = ImportOptions(publisher_id=publisher_id, publisher_name=publisher_name)
        self.converted.publisher_id = publisher_id
        try:
            finish(self.converted, Path(self.file_page.path.text()), folder, options)
        except TerritoriaError as exc:
            QMessageBox.warning(self, self.tr("Enregistrement impossible"), exc.message)
            return False
        self.saved = folder
        return True
