"""The message bar of a lost server connection: what happened, in French, and « Réessayer ».

On a shared catalogue (PostgreSQL server) a search, the facet counts or a star may meet a
server that went away or a connection that was cut. The catalogue page then keeps what it
shows, puts this bar above the results, and « Réessayer » runs the failed action again
(the engine opens fresh connections once the server answers). It never takes the focus;
screen readers announce it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget



class ConnectionBar(QFrame):
    """« Le serveur … ne répond pas … » with « Réessayer » (the failed action again) and ×."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retry: Callable[[], None] | None = None
        #: what failed (``search``, ``counts``, ``write``): a later success of the same kind hides the bar
        self.kind = ""
        self.setObjectName("connectionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Connexion au serveur perdue"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Réessayer"))
        self.retry_button.setAccessibleName(self.tr("Réessayer l'action sur le serveur"))
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.retry)
        self.close_button = QPushButton("×")
        self.close_button.setAccessibleName(self.tr("Fermer ce message"))
        self.close_button.setToolTip(self.tr("Fermer ce message"))
        self.close_button.setFlat(True)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_failure(self, message: str, retry: Callable[[], None], kind: str) -> None:
        """Show ``message``; « Réessayer » will call ``retry`` (an action of ``kind``)."""
        self._retry, self.kind = retry, kind
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.show()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def retry(self) -> None:
        """Hide the bar and run the failed action again (which shows the bar again if it fails)."""
        action, self._retry = self._retry, None
        self.hide()
        if action is not None:
            action()

    def clear(self, kind: str) -> None:
        """Hide the bar when it stands for an action of ``kind`` (one just succeeded)."""
        if self.kind == kind:
            self._retry, self.kind = None, ""
            self.hide()
