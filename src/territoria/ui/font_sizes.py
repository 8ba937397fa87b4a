"""Sizes measured in the widget's own font, so that they grow with the system's text size.

A box fixed at 110 pixels shows five lines at 9 points and two at 18: heights and widths of
text boxes are given in lines and in "em" (the width of an M) instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QWidget


def em(widget: QWidget) -> int:
    """The width of an "M" in ``widget``'s font, in pixels."""
    return widget.fontMetrics().horizontalAdvance("M")


def lines_height(widget: QWidget, lines: float) -> int:
    """The height, in pixels, of a text box of ``widget`` showing ``lines`` lines (frame and margins included)."""
    frame = 2 * widget.frameWidth() if isinstance(widget, QFrame) else 0
    # 8: the document margins of QTextEdit/QPlainTextEdit (4 each side), a list's item margins
    return round(widget.fontMetrics().lineSpacing() * lines) + frame + 8
