"""The detail pane: the selected initiative's fiche, with a star button.

Web links open in the system browser (``QDesktopServices``) only when clicked; links to
other initiatives emit :attr:`DetailPane.initiativeRequested`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from territoria.services.search import ParsedQuery, RelatedInitiative
from territoria.ui.browser.chips import FlowLayout
from territoria.ui.browser.detail_html import DetailRenderer
from territoria.ui.notes.editor import NoteEditor

if TYPE_CHECKING:  # the records service imports the ORM models: not at start-up
    from territoria.services.records import InitiativeDetail


class DetailPane(QWidget):
    """Header (title of the pane, star button) over a read-only, selectable text browser."""

    starToggled = Signal(int)  # initiative id
    initiativeRequested = Signal(int)
    urlOpened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = DetailRenderer(self)
        self.initiative_id: int | None = None
        self.starred = False
        self.caption = QLabel(self.tr("Fiche de l'initiative"))
        self.star_button = QToolButton()
        self.star_button.setCheckable(True)
        self.star_button.setEnabled(False)
        self.star_button.setAccessibleName(self.tr("Ajouter à ma sélection"))
        self.star_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.star_button.clicked.connect(self._star_clicked)
        self._set_star_text(False)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Fiche de l'initiative sélectionnée"))
        self.browser.anchorClicked.connect(self._anchor_clicked)
        # the user's private note on the initiative shown (hidden until a database is attached)
        self.notes = NoteEditor()
        # caption and star button share a line when there is room, else the button goes below
        # (a large system text must not cut the button's words)
        header = FlowLayout(spacing=6)
        header.addWidget(self.caption)
        header.addWidget(self.star_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.notes)
        self.show_empty(0)

    def show_empty(self, total: int) -> None:
        """Nothing selected (``total``: how many results there are)."""
        self.initiative_id = None
        self.browser.setHtml(self.renderer.empty(total))
        self.caption.setText(self.tr("Fiche de l'initiative"))
        self.notes.show_record(None, None)
        self.star_button.setEnabled(False)
        self._set_star_text(False)

    def show_initiative(self, detail: InitiativeDetail, related: Sequence[RelatedInitiative],
                        query: ParsedQuery | None, starred: bool) -> None:
        """Show the fiche of ``detail`` with the terms of ``query`` highlighted."""
        self.initiative_id = detail.id
        self.browser.setHtml(self.renderer.render(detail, related, query, starred))
        self.browser.verticalScrollBar().setValue(0)
        local = detail.origin == "local"
        self.caption.setText(self.tr("Fiche de l'initiative — projet de votre collectivité (local)") if local
                             else self.tr("Fiche de l'initiative"))
        self.notes.show_record("initiative", detail.slug)
        self.star_button.setEnabled(True)
        self._set_star_text(starred)

    def attach_notes(self, db) -> None:  # db: services.database.Database
        """Show and edit the user's private note of each initiative shown, in ``db``."""
        self.notes.set_database(db)

    def plain_text(self) -> str:
        """The text shown (tests and copy)."""
        return self.browser.toPlainText()

    def html(self) -> str:
        """The HTML shown (tests check the highlights)."""
        return self.browser.toHtml()

    def _set_star_text(self, starred: bool) -> None:
        self.starred = starred
        self.star_button.setChecked(starred)
        if starred:
            self.star_button.setText(self.tr("★ Dans ma sélection"))
            self.star_button.setToolTip(self.tr("Retirer de ma sélection (Ctrl+D)"))
            self.star_button.setAccessibleName(self.tr("Retirer de ma sélection"))
        else:
            self.star_button.setText(self.tr("☆ Ajouter à ma sélection"))
            self.star_button.setToolTip(self.tr("Ajouter à ma sélection (Ctrl+D)"))
            self.star_button.setAccessibleName(self.tr("Ajouter à ma sélection"))

    def _star_clicked(self) -> None:
        if self.initiative_id is not None:
            self.starToggled.emit(self.initiative_id)

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "initiative":
            try:
                self.initiativeRequested.emit(int(url.path() or url.toString().split(":", 1)[1]))
            except (ValueError, IndexError):
                return
            return
        if url.scheme() in ("http", "https"):
            self.urlOpened.emit(url.toString())
            QDesktopServices.openUrl(url)
