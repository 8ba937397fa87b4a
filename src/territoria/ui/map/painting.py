"""Qt brushes and paths of the map: the parsed shapes as ``QPainterPath``, class fills and patterns."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath

from territoria.services.maps.classes import PALETTE, PATTERN_INK, PATTERNS
from territoria.services.maps.geometry import DepartementShape, Point

#: Qt's pattern for each class pattern of ``services.maps.classes.PATTERNS``.
_STYLES = {
    "none": Qt.BrushStyle.NoBrush,
    "dots": Qt.BrushStyle.Dense6Pattern,
    "lines": Qt.BrushStyle.BDiagPattern,
    "cross": Qt.BrushStyle.DiagCrossPattern,
    "dense": Qt.BrushStyle.Dense4Pattern,
}


def shape_path(shape: DepartementShape) -> QPainterPath:
    """The département's rings as one closed path (map coordinates)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in shape.rings:
        path.moveTo(QPointF(*ring[0]))
        for point in ring[1:]:
            path.lineTo(QPointF(*point))
        path.closeSubpath()
    return path


def polyline_path(lines: Sequence[Sequence[Point]]) -> QPainterPath:
    """Open polylines as one path (région outlines)."""
    path = QPainterPath()
    for line in lines:
        path.moveTo(QPointF(*line[0]))
        for point in line[1:]:
            path.lineTo(QPointF(*point))
    return path


def fill_brush(index: int) -> QBrush:
    """The fill of class ``index``."""
    return QBrush(QColor(PALETTE[index]))


def pattern_brush(index: int) -> QBrush:
    """The pattern drawn over the fill of class ``index`` (so it reads without colour)."""
    return QBrush(QColor(PATTERN_INK[index]), _STYLES[PATTERNS[index]])


def texture_brush(index: int) -> QBrush:
    """:func:`pattern_brush` as an 8-pixel texture: the same marks, filled several times faster."""
    tile = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.fillRect(0, 0, 8, 8, pattern_brush(index))
    painter.end()
    return QBrush(tile)
