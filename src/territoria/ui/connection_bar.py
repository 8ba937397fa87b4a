"""The message bar of a lost server connection: what happened, in French, and « Réessayer ».

On a shared catalogue (PostgreSQL server) a search, the facet counts, a star or the results
of "Ma commune" may meet a server that went away or a connection that was cut. The page then
keeps what it shows, puts this bar above it, and « Réessayer » runs the failed action again
(the engine opens fresh connections once the server answers). It never takes the focus;
screen readers announce it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ConnectionBar(QFrame):
    """« Le serveur … ne répond pas … » with « Réessayer » (the failed actions again) and ×.

    Each kind of action keeps its own pending retry: when a save and the reading that follows
    it both fail, « Réessayer » runs both (in the order they failed), so the save is never
    dropped for the reading. A success of a kind clears its retry.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[str, Callable[[], None]] = {}
        #: the last kind that failed (``search``, ``counts``, ``write``, ``results``…)
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
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 2, 2)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.close_button)
        self.hide()

    @property
    def pending(self) -> tuple[str, ...]:
        """The kinds of the actions « Réessayer » would run, in order."""
        return tuple(self._pending)

    def show_failure(self, message: str, retry: Callable[[], None], kind: str) -> None:
        """Show ``message``; « Réessayer » will call ``retry`` (an action of ``kind``, replacing
        an earlier one of that kind), after the other kinds still pending."""
        self._pending.pop(kind, None)
        self._pending[kind] = retry
        self.kind = kind
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.show()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def retry(self) -> None:
        """Hide the bar and run the failed actions again (one that fails shows the bar again)."""
        actions = list(self._pending.items())
        self._pending.clear()
        self.kind = ""
        self.hide()
        for done, (_kind, action) in enumerate(actions, 1):
            try:
                action()
            except BaseException:
                # a bug in one action: the others stay pending (its own error goes on to the hook)
                for kind, left in actions[done:]:
                    self._pending.setdefault(kind, left)
                raise

    def dismiss(self) -> None:
        """Close the message: nothing is retried (the person saw what failed)."""
        self._pending.clear()
        self.kind = ""
        self.hide()

    def clear(self, kind: str) -> None:
        """An action of ``kind`` just succeeded: it needs no retry; the bar goes with the last one."""
        self._pending.pop(kind, None)
        if not self._pending:
            self.kind = ""
            self.hide()
        elif self.kind == kind:
            self.kind = next(reversed(self._pending))
