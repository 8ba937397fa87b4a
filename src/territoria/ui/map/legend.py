"""The map's legend: each class as a swatch (fill and pattern) with its range in words,
then the marks (région outline, catalogue filter, "Ma commune")."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from territoria.services.maps.classes import CLASS_COUNT, HIGHLIGHT_CASING, CountScale
from territoria.ui.formatting import group_thousands
from territoria.ui.map.painting import fill_brush, pattern_brush
from territoria.ui.map.widget import HIGHLIGHT, REGION_BORDER


class MapLegend(QWidget):
    """Classes of the current scale, in words, with their swatches."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = CountScale.of(())
        self.setAccessibleName(self.tr("Légende de la carte"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_scale(self, scale: CountScale) -> None:
        """Show the classes of ``scale``."""
        self.scale = scale
        self.setAccessibleDescription("; ".join(self.labels() + self.mark_labels()))
        self.updateGeometry()
        self.update()

    def labels(self) -> list[str]:
        """Each class in words: "aucune", "1 à 2", "3 à 5", "6 à 10", "11 et plus"."""
        result = []
        for low, high in self.scale.ranges():
            if high == 0:
                result.append(self.tr("aucune initiative"))
            elif high is None:
                result.append(self.tr("{0} et plus").format(group_thousands(low)))
            elif low == high:
                result.append(group_thousands(low))
            else:
                result.append(self.tr("{0} à {1}").format(group_thousands(low), group_thousands(high)))
        return result

    def mark_labels(self) -> list[str]:
        """The marks drawn over the map."""
        return [self.tr("limite de région"), self.tr("filtre du catalogue"), self.tr("« Ma commune » (tirets, point)")]

    def _line(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Room for the title, the classes and the marks."""
        lines = 1 + CLASS_COUNT + len(self.mark_labels())
        width = max(self.fontMetrics().horizontalAdvance(text) for text in self.labels() + self.mark_labels())
        return QSize(width + 44, lines * self._line() + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As tall as its lines."""
        return QSize(120, self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        """Title, class swatches and their ranges, then the marks."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self._line()
        swatch = QRectF(2, 0, 28, line - 6)
        text_pen = QPen(self.palette().windowText().color())
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_pen)
        painter.drawText(QRectF(2, 0, self.width() - 4, line), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("Initiatives par département"))
        painter.setFont(self.font())
        y = line
        for index, label in enumerate(self.labels()):
            box = swatch.translated(0, y + 3)
            painter.fillRect(box, fill_brush(index))
            if index:
                painter.fillRect(box, pattern_brush(index))
            painter.setPen(QPen(QColor("#6b7785"), 1))
            painter.drawRect(box)
            painter.setPen(text_pen)
            painter.drawText(QRectF(38, y, self.width() - 40, line), Qt.AlignmentFlag.AlignVCenter, label)
            y += line
        marks = [QPen(QColor(REGION_BORDER), 1.6), QPen(QColor("#000000"), 3.2),
                 QPen(QColor(HIGHLIGHT), 2.6, Qt.PenStyle.DashLine)]
        for pen, label in zip(marks, self.mark_labels(), strict=True):
            middle = y + line / 2
            # the marks on a swatch of the map's lightest fill, as they are seen on the map
            # (a black line drawn straight on a dark palette's window would not show)
            painter.fillRect(swatch.translated(0, y + 3), fill_brush(0))
            if pen.style() == Qt.PenStyle.DashLine:  # the chosen département: dashes on their dark casing
                painter.setPen(QPen(QColor(HIGHLIGHT_CASING), 4.4))
                painter.drawLine(int(swatch.left()), int(middle), int(swatch.right()), int(middle))
            painter.setPen(pen)
            painter.drawLine(int(swatch.left()), int(middle), int(swatch.right()), int(middle))
            painter.setPen(text_pen)
            painter.drawText(QRectF(38, y, self.width() - 40, line), Qt.AlignmentFlag.AlignVCenter, label)
            y += line
        painter.end()
