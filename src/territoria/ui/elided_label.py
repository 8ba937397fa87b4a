"""A one-line label that shortens its text with "…" to the width it gets, the whole text in its tooltip.

Used where a long sentence shares a line with other widgets (the status bar at 1024 pixels):
it never pushes them aside nor draws over them, and the whole sentence stays one hover (and
the accessible description) away.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A label showing as much of :meth:`full_text` as fits, ending with "…" when cut."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def full_text(self) -> str:
        """The whole text (what is shown may be shortened)."""
        return self._full

    def set_full_text(self, text: str) -> None:
        """Show ``text``, shortened to the label's width; the whole of it in the tooltip."""
        self._full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()

    def is_elided(self) -> bool:
        """Whether the shown text is shortened."""
        return self.text() != self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as needed: the text is shortened rather than widening the window."""
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Shorten the text again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))
