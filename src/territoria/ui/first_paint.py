"""Run something once a window has been painted for the first time (start-up work kept off the first paint)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: If no paint event ever comes (a window never exposed), run anyway after this long (ms).
FALLBACK_MS = 2000


class _FirstPaint(QObject):
    """Calls ``then`` once, in the event-loop turn after ``widget``'s first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """The first paint: run ``then`` once it is done (queued, not inside the paint)."""
        if watched is self._widget and event.type() == QEvent.Type.Paint and self._then is not None:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._widget.removeEventFilter(self)
            then()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then()`` once ``widget`` has been painted (or after :data:`FALLBACK_MS` at the latest)."""
    _FirstPaint(widget, then)
