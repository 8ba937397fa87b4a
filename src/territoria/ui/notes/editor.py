"""A private note under a record's fiche: read it, write it, clear it.

The editor shows the note of one record (kind and slug, see ``services.notes``); it is
hidden behind an "Ajouter une note" button until there is something to show, so a fiche
without a note stays uncluttered. Saving an empty text clears the note.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from territoria.errors import TerritoriaError
from territoria.ui.font_sizes import lines_height
from territoria.ui.reason_text import error_text

if TYPE_CHECKING:  # the notes service imports the ORM models: read when a record is shown, not at start-up
    from territoria.services.database import Database
    from territoria.services.notes import RecordRef


class NoteEditor(QWidget):
    """The note of the record shown (``show_record``), with Enregistrer / Effacer."""

    saved = Signal(str, str)  # kind, slug (the note changed: search results may change)

    def __init__(self, db: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ref: RecordRef | None = None
        self.heading = QLabel(self.tr("<b>Note privée</b> (visible de vous seul, jamais envoyée sans votre accord)"))
        self.heading.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Ajouter une &note…"))
        self.open_button.setAccessibleName(self.tr("Ajouter une note privée à cette fiche"))
        self.open_button.clicked.connect(self.open_editor)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Texte de la note privée"))
        self.text.setPlaceholderText(self.tr("Vos remarques : personne à contacter, suite donnée, délibération…"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(lines_height(self.text, 5))  # grows with the system text size
        self.save_button = QPushButton(self.tr("&Enregistrer la note"))
        self.save_button.setAccessibleName(self.tr("Enregistrer la note privée"))
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("E&ffacer la note"))
        self.clear_button.setAccessibleName(self.tr("Effacer la note privée"))
        self.clear_button.clicked.connect(self.clear)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("État de la note"))
        self.status.setWordWrap(True)
        QShortcut(QKeySequence("Ctrl+Return"), self.text, self.save)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.status, 1)
        self.editor = QWidget()
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.heading)
        editor_layout.addWidget(self.text)
        editor_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.open_button)
        layout.addWidget(self.editor)
        self.show_record(None, None)

    def set_database(self, db: Database) -> None:
        """Use ``db`` from now on."""
        self.db = db

    def show_record(self, kind: str | None, slug: str | None) -> None:
        """Show the note of the record ``kind``/``slug`` (None: no record, the editor hides)."""
        self.ref = None
        self.status.clear()
        note = None
        if self.db is not None and kind and slug:
            from territoria.services.notes import find_record, get_note

            try:
                self.ref = find_record(self.db, kind, slug)
                note = get_note(self.db, kind, slug)
            except TerritoriaError as exc:
                self.status.setText(error_text(exc))
        self.text.setPlainText(note or "")
        self.setVisible(self.ref is not None)
        self.editor.setVisible(bool(note))
        self.open_button.setVisible(not note)
        self.clear_button.setEnabled(bool(note))

    def note_text(self) -> str:
        """The text in the editor."""
        return self.text.toPlainText()

    def open_editor(self) -> None:
        """Show the editor and put the cursor in it."""
        self.open_button.hide()
        self.editor.show()
        self.text.setFocus()

    def save(self) -> None:
        """Save the text as the record's note (empty: clear it)."""
        if self.db is None or self.ref is None:
            return
        from territoria.services.notes import MAX_NOTE_CHARS, set_note

        text = self.text.toPlainText()
        if len(text) > MAX_NOTE_CHARS:
            self.status.setText(self.tr("Note trop longue ({0} caractères ; {1} au plus) : non enregistrée.")
                                .format(len(text), MAX_NOTE_CHARS))
            return
        try:
            note = set_note(self.db, self.ref, text)
        except TerritoriaError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Note enregistrée.") if note else self.tr("Note effacée."))
        self.clear_button.setEnabled(note is not None)
        self.saved.emit(self.ref.kind, self.ref.slug)

    def clear(self) -> None:
        """Clear the record's note."""
        self.text.clear()
        self.save()
