"""The form of an own project: every field of an initiative, each validated with a French message.

The dialog only reads (programmes, validation against the database); the page that opens
it saves the fields (``ProjectDialog.fields()``) through ``services.local_projects``.
Every field has a label with a mnemonic (Alt+letter), an accessible name and, under it, the
message of what is wrong with it; the first wrong field gets the focus.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from territoria.domain.vocab import STATUSES, TECHNIQUES, THEMES
from territoria.services.database import Database
from territoria.services.local_projects import FundingInput, ProjectFields, validate
from territoria.ui.font_sizes import lines_height
from territoria.ui.labels import label
from territoria.ui.palette import colour_style
from territoria.ui.server_startup import server_failure
from territoria.ui.window_geometry import fit_window

#: Funding lines the form offers (a project rarely has more; a TOML file may carry more).
FUNDING_ROWS = 3
_NUMBER = re.compile(r"^\d+(?:[.,]\d{1,2})?$")


def parse_amount(text: str) -> float | None | str:
    """``"12 000,50"`` → 12000.5; empty → None; anything else → the error message (a str)."""
    cleaned = text.replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace("€", "").strip()
    if not cleaned:
        return None
    if not _NUMBER.match(cleaned):
        return "montant invalide : écrivez un nombre d'euros, par exemple 12 000 ou 4500,50."
    return float(cleaned.replace(",", "."))


class ProjectDialog(QDialog):
    """Add or edit an own project (``initial`` fills the form)."""

    def __init__(self, db: Database, initial: ProjectFields | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Modifier le projet") if initial else self.tr("Nouveau projet"))
        self.setAccessibleName(self.windowTitle())
        self.errors: dict[str, str] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}

        self.title_edit = QLineEdit()
        self.summary_edit = self._text_area()
        self.problem_edit = self._text_area()
        self.results_edit = self._text_area()
        self.status_combo = QComboBox()
        for slug in STATUSES:
            self.status_combo.addItem(label("status", slug), slug)
        self.themes_list = self._checklist("theme", THEMES)
        self.techniques_list = self._checklist("technique", TECHNIQUES)
        self.start_edit = QLineEdit()
        self.end_edit = QLineEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText(self.tr("AAAA, AAAA-MM ou AAAA-MM-JJ"))
        self.budget_edit = QLineEdit()
        self.budget_edit.setPlaceholderText(self.tr("en euros, ex. 12 000"))
        self.supplier_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("service ou fonction plutôt qu'un nom (données personnelles)"))
        self.programme_combo = QComboBox()
        self.programme_combo.addItem(self.tr("(aucun)"), "")
        from territoria.services.records import list_programmes

        for programme in list_programmes(db):
            self.programme_combo.addItem(programme.name, programme.slug)
        self.commune_edit = QLineEdit()
        self.commune_edit.setPlaceholderText(self.tr("code INSEE, si ce n'est pas la collectivité de « Ma commune »"))
        self.funding_amounts = [QLineEdit() for _ in range(FUNDING_ROWS)]
        self.funding_notes = [QLineEdit() for _ in range(FUNDING_ROWS)]
        funding = QWidget()
        grid = QGridLayout(funding)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (amount, note) in enumerate(zip(self.funding_amounts, self.funding_notes)):
            amount.setPlaceholderText(self.tr("montant (€)"))
            amount.setAccessibleName(self.tr("Montant du financement {0}").format(row + 1))
            note.setPlaceholderText(self.tr("financeur, dispositif"))
            note.setAccessibleName(self.tr("Financeur ou dispositif du financement {0}").format(row + 1))
            grid.addWidget(amount, row, 0)
            grid.addWidget(note, row, 1)
        grid.setColumnStretch(1, 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (
            ("title", self.tr("&Titre (obligatoire) :"), self.title_edit),
            ("summary", self.tr("&Résumé :"), self.summary_edit),
            ("problem", self.tr("&Problème traité :"), self.problem_edit),
            ("results", self.tr("Ré&sultats :"), self.results_edit),
            ("status", self.tr("St&atut :"), self.status_combo),
            ("themes", self.tr("T&hèmes :"), self.themes_list),
            ("techniques", self.tr("Te&chniques d'IA :"), self.techniques_list),
            ("start_date", self.tr("&Début :"), self.start_edit),
            ("end_date", self.tr("&Fin :"), self.end_edit),
            ("budget_eur", self.tr("&Budget (€) :"), self.budget_edit),
            ("funding", self.tr("Finance&ments obtenus :"), funding),
            ("supplier", self.tr("Prestata&ire :"), self.supplier_edit),
            ("contact", self.tr("C&ontact :"), self.contact_edit),
            ("programme", self.tr("Pro&gramme :"), self.programme_combo),
            ("place_commune_insee", self.tr("Comm&une (INSEE) :"), self.commune_edit),
        )
        for name, text, widget in rows:
            caption = QLabel(text)
            caption.setBuddy(widget if name != "funding" else self.funding_amounts[0])
            widget.setAccessibleName(text.replace("&", "").rstrip(" :"))
            error = QLabel()
            error.setStyleSheet(colour_style(self, "error"))
            error.setWordWrap(True)
            error.setAccessibleName(self.tr("Erreur : {0}").format(text.replace("&", "").rstrip(" :")))
            error.hide()
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(widget)
            box_layout.addWidget(error)
            form.addRow(caption, box)
            self.inputs[name] = widget
            self.error_labels[name] = error

        self.summary_label = QLabel()
        self.summary_label.setStyleSheet(colour_style(self, "error"))
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Erreurs du formulaire"))
        self.summary_label.hide()
        intro = QLabel(self.tr("Le porteur est votre collectivité (« Ma commune ») ; la source est sa propre "
                               "déclaration, datée d'aujourd'hui. Ce projet ne sera jamais modifié par une mise "
                               "à jour des données."))
        intro.setWordWrap(True)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Champs du projet"))  # Tab stops here to scroll
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_window(self, "project_form", QSize(720, 680))
        if initial is not None:
            self.set_fields(initial)
        self.title_edit.setFocus()

    def _text_area(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # Tab leaves the field: the form stays keyboard-navigable
        edit.setFixedHeight(lines_height(edit, 3.5))  # grows with the system text size
        return edit

    def _checklist(self, kind: str, vocabulary: dict[str, str]) -> QListWidget:
        widget = QListWidget()
        for slug in vocabulary:
            item = QListWidgetItem(label(kind, slug))
            item.setData(Qt.ItemDataRole.UserRole, slug)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.setFixedHeight(lines_height(widget, 5.5))
        return widget

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                     if widget.item(i).checkState() == Qt.CheckState.Checked)

    @staticmethod
    def _check(widget: QListWidget, slugs: tuple[str, ...]) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in slugs
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_fields(self, fields: ProjectFields) -> None:
        """Fill the form with ``fields``."""
        self.title_edit.setText(fields.title)
        self.summary_edit.setPlainText(fields.summary)
        self.problem_edit.setPlainText(fields.problem)
        self.results_edit.setPlainText(fields.results)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(fields.status)))
        self._check(self.themes_list, fields.themes)
        self._check(self.techniques_list, fields.techniques)
        self.start_edit.setText(fields.start_date)
        self.end_edit.setText(fields.end_date)
        from territoria.ui.formatting import group_thousands

        def money(value: float | None) -> str:
            if value is None:
                return ""
            whole = group_thousands(int(value))
            cents = round(value - int(value), 2)
            return f"{whole},{int(round(cents * 100)):02d}" if cents else whole

        self.budget_edit.setText(money(fields.budget_eur))
        self.supplier_edit.setText(fields.supplier)
        self.contact_edit.setText(fields.contact)
        self.programme_combo.setCurrentIndex(max(0, self.programme_combo.findData(fields.programme)))
        self.commune_edit.setText(fields.place_commune_insee)
        for row, (amount, note) in enumerate(zip(self.funding_amounts, self.funding_notes)):
            line = fields.funding[row] if row < len(fields.funding) else None
            amount.setText(money(line.amount_eur) if line else "")
            note.setText(line.note if line else "")
        self._extra_funding = fields.funding[FUNDING_ROWS:]

    def fields(self) -> ProjectFields:
        """The form as project fields (amounts that do not parse are reported by :meth:`check`)."""
        budget = parse_amount(self.budget_edit.text())
        funding = []
        for amount_edit, note_edit in zip(self.funding_amounts, self.funding_notes):
            amount = parse_amount(amount_edit.text())
            if amount_edit.text().strip() or note_edit.text().strip():
                funding.append(FundingInput(amount if not isinstance(amount, str) else None, note_edit.text()))
        funding.extend(getattr(self, "_extra_funding", ()))
        return ProjectFields(
            title=self.title_edit.text(), summary=self.summary_edit.toPlainText(),
            problem=self.problem_edit.toPlainText(), results=self.results_edit.toPlainText(),
            themes=self._checked(self.themes_list), techniques=self._checked(self.techniques_list),
            status=self.status_combo.currentData(), start_date=self.start_edit.text().strip(),
            end_date=self.end_edit.text().strip(), budget_eur=budget if not isinstance(budget, str) else None,
            supplier=self.supplier_edit.text(), contact=self.contact_edit.text(),
            programme=self.programme_combo.currentData() or "", place_commune_insee=self.commune_edit.text().strip(),
            funding=tuple(funding),
        )

    def check(self) -> dict[str, str]:
        """Validate the form; show each message under its field; return ``{field: message}``."""
        try:
            errors = validate(self.fields(), self.db)
        except Exception as exc:  # noqa: BLE001 - a lost server is explained, anything else raised
            lost = server_failure(exc)
            if lost is None:
                raise
            # the form stays open as filled: « Enregistrer » tries again once the server answers
            self.show_errors({})
            self.summary_label.setText(self.tr("{0} « Enregistrer » réessaie.").format(lost))
            self.summary_label.setVisible(True)
            return {"server": lost}
        budget = parse_amount(self.budget_edit.text())
        if isinstance(budget, str):
            errors["budget_eur"] = budget
        for row, edit in enumerate(self.funding_amounts, 1):
            amount = parse_amount(edit.text())
            if isinstance(amount, str):
                errors["funding"] = self.tr("financement {0} : {1}").format(row, amount)
        self.show_errors(errors)
        return errors

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show ``errors`` (``{field: message}``) under their fields; focus the first one."""
        self.errors = dict(errors)
        first: QWidget | None = None
        for name, error_label in self.error_labels.items():
            message = errors.get(name, "")
            error_label.setText(message)
            error_label.setVisible(bool(message))
            if message and first is None:
                first = self.inputs[name]
        others = [message for name, message in errors.items() if name not in self.error_labels]
        if errors:
            text = self.tr("%n champ(s) à corriger avant d'enregistrer.", "", len(errors))
            self.summary_label.setText(" ".join([text, *others]))
        self.summary_label.setVisible(bool(errors))
        if first is not None:
            first.setFocus()

    def accept(self) -> None:  # noqa: D102 - QDialog API: refuse to close while a field is wrong
        if self.check():
            return
        super().accept()
