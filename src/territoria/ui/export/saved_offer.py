"""The message bar shown after a document is saved: « Ouvrir le PDF », « Ouvrir le dossier ».

It sits in the main window's status bar (or at the foot of the print preview when the file
was saved from there), stays until it is closed or another file is saved, and never takes
the focus: the person carries on and opens the file when they want.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

#: Opens a local file or folder with the system's application; returns whether it could.
OpenLocal = Callable[[Path], bool]


class SavedFileBar(QFrame):
    """« Document enregistré : nom.pdf » with buttons opening the file and its folder."""

    def __init__(self, open_local: OpenLocal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open_local = open_local
        self.path: Path | None = None
        self.setObjectName("savedFileBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Document enregistré"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        # a long file name is shortened in its middle (the full path is in the tooltip)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setMinimumWidth(80)
        self._full_text = ""
        self.open_file_button = QPushButton(self.tr("Ouvrir le P&DF"))
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button = QPushButton(self.tr("Ouvrir le do&ssier"))
        self.open_folder_button.setAccessibleName(self.tr("Ouvrir le dossier du document"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.close_button = QPushButton("×")
        self.close_button.setAccessibleName(self.tr("Fermer ce message"))
        self.close_button.setToolTip(self.tr("Fermer ce message"))
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.message, 1)
        for button in (self.open_file_button, self.open_folder_button, self.close_button):
            button.setAutoDefault(False)
            layout.addWidget(button)
        self.hide()

    def show_file(self, path: Path) -> None:
        """Offer to open ``path`` (just written) and its folder."""
        self.path = Path(path)
        pdf = self.path.suffix.lower() == ".pdf"
        self._full_text = self.tr("Enregistré : {0}").format(self.path.name)
        self.message.setAccessibleName(self._full_text)
        self._elide()
        self.message.setToolTip(str(self.path))
        self.open_file_button.setText(self.tr("Ouvrir le P&DF") if pdf else self.tr("Ouvrir le &fichier"))
        self.open_file_button.setAccessibleName(self.open_file_button.text().replace("&", ""))
        where = self.tr("Le document « {0} » est enregistré dans le dossier « {1} ».")
        self.setAccessibleDescription(where.format(self.path.name, self.path.parent))
        self.show()
        # screen readers announce it without the focus moving
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Shorten the message to the width left by the buttons."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.message.width(), 80)
        self.message.setText(self.message.fontMetrics().elidedText(self._full_text, Qt.TextElideMode.ElideMiddle,
                                                                   width))

    def open_file(self) -> bool:
        """Open the saved file with the system's application."""
        return self.path is not None and self._open_local(self.path)

    def open_folder(self) -> bool:
        """Open the folder holding the saved file in the system's file manager."""
        return self.path is not None and self._open_local(self.path.parent)
