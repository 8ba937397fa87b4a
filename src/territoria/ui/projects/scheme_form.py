"""The form of a scheme of the agency's publisher (agency mode, on the shared database).

Only reads; the page saves ``SchemeDialog.fields()`` through ``services.scheme_edit`` with
the version the form was opened at. Every field has a label with a mnemonic and an
accessible name; a wrong field shows its French message under it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from territoria.services.scheme_edit import SchemeFields, validate_scheme
from territoria.ui.font_sizes import lines_height
from territoria.ui.projects.form import parse_amount
from territoria.ui.window_geometry import fit_window

_AMOUNTS = ("amount_min_eur", "amount_max_eur", "rate_max_percent")


class SchemeDialog(QDialog):
    """Edit a scheme of the agency's publisher (``initial`` fills the form)."""

    def __init__(self, initial: SchemeFields, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modifier le dispositif"))
        self.setAccessibleName(self.windowTitle())
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.error_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, text, accessible in (
            ("name", self.tr("&Nom"), self.tr("Nom du dispositif")),
            ("summary", self.tr("&Résumé"), self.tr("Résumé du dispositif")),
            ("url", self.tr("&Lien"), self.tr("Lien vers la page du dispositif")),
            ("opens", self.tr("&Ouverture"), self.tr("Date d'ouverture, AAAA-MM ou AAAA-MM-JJ")),
            ("closes", self.tr("&Clôture"), self.tr("Date de clôture, AAAA-MM ou AAAA-MM-JJ")),
            ("opens_announced", self.tr("Ouverture &annoncée"), self.tr("Ouverture annoncée sans date")),
            ("amount_min_eur", self.tr("Montant m&inimum"), self.tr("Montant minimum en euros")),
            ("amount_max_eur", self.tr("Montant ma&ximum"), self.tr("Montant maximum en euros")),
            ("rate_max_percent", self.tr("&Taux maximum (%)"), self.tr("Taux maximum en pour cent")),
            ("contact", self.tr("Con&tact"), self.tr("Contact du dispositif")),
        ):
            widget: QLineEdit | QPlainTextEdit = QPlainTextEdit() if name == "summary" else QLineEdit()
            widget.setAccessibleName(accessible)
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(lines_height(widget, 5.5))  # grows with the system text size
            caption = QLabel(text)
            caption.setBuddy(widget)
            error = QLabel()
            error.setWordWrap(True)
            error.setAccessibleName(self.tr("Erreur : {0}").format(accessible))
            error.hide()
            column = QVBoxLayout()
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(caption, column)
            self.inputs[name] = widget
            self.error_labels[name] = error
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Enregistrer le dispositif"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("A&nnuler"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # the fields scroll (with their messages under them), the buttons stay on screen
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Champs du dispositif"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_window(self, "scheme_form", QSize(640, 600))
        self.set_fields(initial)

    def set_fields(self, fields: SchemeFields) -> None:
        """Fill the form from ``fields``."""
        for name, widget in self.inputs.items():
            value = getattr(fields, name)
            if name in _AMOUNTS:
                value = "" if value is None else f"{value:g}".replace(".", ",")
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            else:
                widget.setText(value or "")

    def _text(self, name: str) -> str:
        widget = self.inputs[name]
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    def fields(self) -> SchemeFields:
        """The fields as typed (amounts that cannot be read are left out; ``check`` reports them)."""
        values: dict[str, object] = {name: self._text(name) for name in self.inputs if name not in _AMOUNTS}
        for name in _AMOUNTS:
            amount = parse_amount(self._text(name))
            values[name] = amount if not isinstance(amount, str) else None
        return SchemeFields(**values)  # type: ignore[arg-type]

    def check(self) -> dict[str, str]:
        """Every problem of the typed fields (unreadable amounts included)."""
        errors = validate_scheme(self.fields())
        for name in _AMOUNTS:
            amount = parse_amount(self._text(name))
            if isinstance(amount, str):
                errors[name] = amount
        return errors

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field; the first wrong field gets the focus."""
        for name, error in self.error_labels.items():
            error.setText(errors.get(name, ""))
            error.setVisible(name in errors)
        first = next((name for name in self.inputs if name in errors), None)
        if first is not None:
            self.inputs[first].setFocus()

    def accept(self) -> None:  # noqa: D102 - QDialog API: refuse to close while a field is wrong
        errors = self.check()
        self.show_errors(errors)
        if not errors:
            super().accept()
