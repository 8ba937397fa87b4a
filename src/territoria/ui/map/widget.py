"""The map itself: départements filled by class of count, région outlines, overseas insets.

Shapes are parsed once per process (``services.maps.france_geometry``) and turned into
``QPainterPath`` objects in widget coordinates whenever the widget is resized, so a
repaint only fills paths and hit-testing is ``QPainterPath.contains``. Recolouring after a
search (:meth:`FranceMap.set_counts`) only recomputes the classes and repaints.

Mouse: hovering names the département and its count; a click asks for the département
filter, a click on a département already filtered (or on the thick outline of a région)
asks for the région. Keyboard: arrows move through the départements (in code order, the
overseas ones last), Entrée filters to the one in focus, Maj+Entrée to its région, Échap
clears the place filter.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap, QTransform, qRgb
from PySide6.QtWidgets import QSizePolicy, QWidget

from territoria.services.maps.classes import CLASS_COUNT, HIGHLIGHT_CASING, PALETTE, PATTERN_INK, CountScale
from territoria.services.maps.geometry import OVERSEAS, MapGeometry, france_geometry
from territoria.services.maps.places import MapPlaces
from territoria.ui.formatting import group_thousands
from territoria.ui.map.painting import fill_brush, pattern_brush, polyline_path, shape_path, texture_brush

#: Pixels around a région outline where a click means the région.
OUTLINE_PICK_PX = 3.0
#: Outline of the collectivité chosen in "Ma commune" (with a marker: never colour alone).
HIGHLIGHT = "#d95f02"
BORDER = "#6b7785"
REGION_BORDER = "#1f1f1f"


class FranceMap(QWidget):
    """The choropleth of the départements (metropolitan shapes, overseas insets)."""

    departementActivated = Signal(str)  # département code: filter the catalogue to it
    regionActivated = Signal(str)  # région code: filter the catalogue to it
    clearRequested = Signal()  # Échap: remove the place filter
    hovered = Signal(str)  # the description of the département under the mouse or in focus ("" when none)

    def __init__(self, places: MapPlaces, outlines: Mapping[str, Iterable[Iterable[tuple[float, float]]]],
                 geometry: MapGeometry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.geometry_ = geometry or france_geometry()
        self.places = places
        self._map_paths = {shape.code: shape_path(shape) for shape in self.geometry_.departements}
        self._outline_map_paths: dict[str, QPainterPath] = {}
        self._insets = {code: QRectF(x, y, w, h) for code, x, y, w, h in OVERSEAS if code in places.departements}
        self.order = sorted(self._map_paths) + sorted(self._insets)
        self.counts: dict[str, int] = {}
        self.scale = CountScale.of(())
        self.classes: dict[str, int] = {}
        self.filtered_departements: frozenset[str] = frozenset()
        self.filtered_regions: frozenset[str] = frozenset()
        self.highlighted: tuple[str, ...] = ()
        self.hover_code: str | None = None
        self.focus_code: str | None = None
        self._transform = QTransform()
        self._paths: dict[str, QPainterPath] = {}
        self._outlines: dict[str, QPainterPath] = {}
        self._rects: dict[str, QRectF] = {}
        self._overlay: QPixmap | None = None
        self._layers: tuple[QImage, dict[int, QImage]] | None = None
        self._layer_codes = sorted(self._map_paths)[:254]
        self._textures = [texture_brush(index) for index in range(CLASS_COUNT)]
        self.set_outlines(outlines)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 250)
        self.setAccessibleName(self.tr("Carte des départements"))
        self.setAccessibleDescription(self.tr(
            "Flèches : changer de département ; Entrée : filtrer le catalogue sur ce département ; "
            "Maj+Entrée : sur sa région ; Échap : retirer le filtre de lieu."))

    # --- data ---------------------------------------------------------------------------------

    def set_outlines(self, outlines: Mapping[str, Iterable[Iterable[tuple[float, float]]]]) -> None:
        """Draw these région outlines ({région: polylines}; they may arrive after the map is shown)."""
        self._outline_map_paths = {region: polyline_path([list(line) for line in lines])
                                   for region, lines in outlines.items()}
        self._paths = {}  # recomputed, with the outlines, at the next paint
        self.update()

    def outlined_regions(self) -> set[str]:
        """The régions whose outline is drawn."""
        return set(self._outline_map_paths)

    def set_counts(self, counts: Mapping[str, int]) -> None:
        """Colour the départements by ``counts`` ({code: initiatives}) and repaint."""
        self.counts = dict(counts)
        self.scale = CountScale.of(self.counts.get(code, 0) for code in self.order)
        self.classes = {code: self.scale.index(self.counts.get(code, 0)) for code in self.order}
        self.update()
        self._announce(self.hover_code or self.focus_code)

    def set_filters(self, departements: Iterable[str], regions: Iterable[str]) -> None:
        """Mark the départements and régions the catalogue is filtered to."""
        self.filtered_departements = frozenset(departements)
        self.filtered_regions = frozenset(regions)
        self.update()

    def set_highlight(self, codes: Iterable[str]) -> None:
        """Mark the départements of the collectivité chosen in "Ma commune"."""
        self.highlighted = tuple(codes)
        self.update()

    def count(self, code: str) -> int:
        """Initiatives of the current search in département ``code``."""
        return self.counts.get(code, 0)

    def describe(self, code: str) -> str:
        """"Orne (61), Normandie : 3 initiatives"."""
        name = self.places.name(code) or code
        region = self.places.regions.get(self.places.region_of(code) or "", "")
        count = self.count(code)
        if count == 0:
            amount = self.tr("aucune initiative")
        elif count == 1:
            amount = self.tr("1 initiative")
        else:
            amount = self.tr("{0} initiatives").format(group_thousands(count))
        place = f"{name} ({code}), {region}" if region else f"{name} ({code})"
        return self.tr("{0} : {1}").format(place, amount)

    # --- geometry -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Room for a readable map."""
        return QSize(560, 530)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Fit the map to the widget (paths are recomputed in widget coordinates)."""
        super().resizeEvent(event)
        self._layout()

    def _layout(self) -> None:
        width, height = self.geometry_.width, self.geometry_.height
        margin = 6.0
        factor = max(0.05, min((self.width() - 2 * margin) / width, (self.height() - 2 * margin) / height))
        dx = (self.width() - width * factor) / 2
        dy = (self.height() - height * factor) / 2
        self._transform = QTransform(factor, 0, 0, factor, dx, dy)
        self._paths = {code: self._transform.map(path) for code, path in self._map_paths.items()}
        self._outlines = {code: self._transform.map(path) for code, path in self._outline_map_paths.items()}
        self._rects = {code: self._transform.mapRect(rect) for code, rect in self._insets.items()}
        self._overlay = None
        self._layers = None

    def _ensure_layout(self) -> None:
        if not self._paths:
            self._layout()

    def code_at(self, point: QPointF) -> str | None:
        """The département under ``point`` (widget coordinates), overseas insets included."""
        self._ensure_layout()
        for code, rect in self._rects.items():
            if rect.contains(point):
                return code
        for code, path in self._paths.items():
            if path.boundingRect().contains(point) and path.contains(point):
                return code
        return None

    def point_of(self, code: str) -> QPointF:
        """A point inside département ``code`` (widget coordinates), for tests and the focus marker."""
        self._ensure_layout()
        if code in self._rects:
            return self._rects[code].center()
        path = self._paths[code]
        centre = path.boundingRect().center()
        if path.contains(centre):
            return centre
        # a concave shape: walk a grid of its box until a point falls inside
        box = path.boundingRect()
        for row in range(1, 12):
            for column in range(1, 12):
                candidate = QPointF(box.left() + box.width() * column / 12, box.top() + box.height() * row / 12)
                if path.contains(candidate):
                    return candidate
        return centre

    def region_outline_at(self, point: QPointF, code: str | None) -> str | None:
        """The région whose thick outline passes within a few pixels of ``point`` (near ``code``'s)."""
        region = self.places.region_of(code) if code else None
        if region is None or region not in self._outlines:
            return None
        outline = self._outlines[region]
        for index in range(outline.elementCount() - 1):
            a, b = outline.elementAt(index), outline.elementAt(index + 1)
            if b.isMoveTo():
                continue
            if _distance(point.x(), point.y(), a.x, a.y, b.x, b.y) <= OUTLINE_PICK_PX:
                return region
        return None

    # --- painting -----------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        """Fills, patterns, borders, région outlines, insets, filter and "Ma commune" marks."""
        self._ensure_layout()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_fills(painter)
        painter.drawPixmap(0, 0, self._borders())
        self._paint_insets(painter)
        self._paint_marks(painter)
        painter.end()

    def _paint_fills(self, painter: QPainter) -> None:
        """Fills and patterns of every département: five colour tables, five blits.

        The shapes are rasterised once per size into images whose pixels hold the
        département's number (:meth:`_fill_layers`); recolouring only rewrites their colour
        tables, so its cost does not depend on the shapes' complexity.
        """
        ids, patterns = self._fill_layers()
        classes = [self.classes.get(code, 0) for code in self._layer_codes]
        padding = [0] * (256 - 1 - len(classes))
        fills = [QColor(colour).rgba() for colour in PALETTE]
        ids.setColorTable([0] + [fills[index] for index in classes] + padding)
        painter.drawImage(0, 0, ids)
        for index, layer in patterns.items():
            ink = QColor(PATTERN_INK[index]).rgba()
            layer.setColorTable([0] + [ink if c == index else 0 for c in classes] + padding)
            painter.drawImage(0, 0, layer)

    def _fill_layers(self) -> tuple[QImage, dict[int, QImage]]:
        ratio = self.devicePixelRatioF()
        size = self.size() * ratio
        if self._layers is not None and self._layers[0].size() == size:
            return self._layers
        # pixel value n: the n-th département (0: outside), drawn without antialiasing so
        # that every value is exact; the borders drawn over it smooth the edges
        numbered = QImage(size, QImage.Format.Format_RGB32)
        numbered.setDevicePixelRatio(ratio)
        numbered.fill(QColor(0, 0, 0))
        painter = QPainter(numbered)
        for number, code in enumerate(self._layer_codes, start=1):
            painter.fillPath(self._paths[code], QColor(number, 0, 0))
        painter.end()
        table = [qRgb(value, 0, 0) for value in range(256)]
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        ids = numbered.convertToFormat(QImage.Format.Format_Indexed8, table, flags)
        patterns: dict[int, QImage] = {}
        for index in range(1, CLASS_COUNT):
            # keep the numbers only under the marks of the class's pattern
            stencil = _stencil(index)
            marks = numbered.copy()
            marks_painter = QPainter(marks)
            marks_painter.fillRect(QRectF(0, 0, self.width(), self.height()), QBrush(stencil))
            marks_painter.end()
            patterns[index] = marks.convertToFormat(QImage.Format.Format_Indexed8, table, flags)
        self._layers = (ids, patterns)
        return self._layers

    def _borders(self) -> QPixmap:
        """Département borders and région outlines, drawn once per size (they never change colour)."""
        ratio = self.devicePixelRatioF()
        if self._overlay is None or self._overlay.size() != self.size() * ratio:
            overlay = QPixmap(self.size() * ratio)
            overlay.setDevicePixelRatio(ratio)
            overlay.fill(Qt.GlobalColor.transparent)
            painter = QPainter(overlay)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            border = QPen(QColor(BORDER), 0.6)
            for path in self._paths.values():
                painter.strokePath(path, border)
            region_pen = QPen(QColor(REGION_BORDER), 1.6)
            region_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            for path in self._outlines.values():
                painter.strokePath(path, region_pen)
            painter.end()
            self._overlay = overlay
        return self._overlay

    def _paint_insets(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.85))
        painter.setFont(font)
        for code, rect in self._rects.items():
            index = self.classes.get(code, 0)
            painter.fillRect(rect, fill_brush(index))
            if index:
                painter.fillRect(rect, self._textures[index])
            painter.setPen(QPen(QColor(REGION_BORDER), 1.2))
            painter.drawRect(rect)
            label = f"{self.places.name(code)}\n{group_thousands(self.count(code))}"
            text_rect = rect.adjusted(2, 2, -2, -2)
            # a plate under the text keeps it readable on every fill and pattern
            metrics = painter.fontMetrics()
            plate = metrics.boundingRect(text_rect.toRect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                         label).adjusted(-2, 0, 2, 0)
            painter.fillRect(plate, QColor(255, 255, 255, 225))
            painter.setPen(QColor("#111111"))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, label)

    def _area(self, code: str) -> QPainterPath:
        if code in self._rects:
            path = QPainterPath()
            path.addRect(self._rects[code])
            return path
        return self._paths.get(code, QPainterPath())

    def _paint_marks(self, painter: QPainter) -> None:
        filter_pen = QPen(QColor("#000000"), 3.2)
        filter_pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for region in self.filtered_regions:
            if region in self._outlines:
                painter.strokePath(self._outlines[region], filter_pen)
        for code in self.filtered_departements:
            painter.strokePath(self._area(code), filter_pen)
        highlight_pen = QPen(QColor(HIGHLIGHT), 2.6, Qt.PenStyle.DashLine)
        casing_pen = QPen(QColor(HIGHLIGHT_CASING), 4.4)
        for code in self.highlighted:
            if code in self._paths or code in self._rects:
                painter.strokePath(self._area(code), casing_pen)  # reads on every fill (WCAG 1.4.11)
                painter.strokePath(self._area(code), highlight_pen)
        if self.highlighted and (self.highlighted[0] in self._paths or self.highlighted[0] in self._rects):
            centre = self.point_of(self.highlighted[0])
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(QColor(HIGHLIGHT))
            painter.drawEllipse(centre, 5.5, 5.5)
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(centre, 2.0, 2.0)
        if self.hover_code:
            painter.strokePath(self._area(self.hover_code), QPen(QColor("#ffbf00"), 2.2))
        if self.focus_code and self.hasFocus():
            focus_pen = QPen(QColor("#000000"), 2.0, Qt.PenStyle.DotLine)
            painter.strokePath(self._area(self.focus_code), QPen(QColor("#ffffff"), 3.0))
            painter.strokePath(self._area(self.focus_code), focus_pen)

    # --- mouse and keyboard ---------------------------------------------------------------------

    def _announce(self, code: str | None) -> None:
        text = self.describe(code) if code else ""
        self.setToolTip(text)
        self.hovered.emit(text)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Name the département under the mouse and its count."""
        code = self.code_at(event.position())
        if code != self.hover_code:
            self.hover_code = code
            self.update()
            self._announce(code or self.focus_code)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Nothing hovered any more."""
        if self.hover_code is not None:
            self.hover_code = None
            self.update()
            self._announce(self.focus_code)
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A département: its filter; the same again, or a région outline: the région's."""
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        point = event.position()
        code = self.code_at(point)
        region = self.region_outline_at(point, code) if code not in self._rects else None
        if code is not None:
            self.focus_code = code
        if region is not None:
            self.regionActivated.emit(region)
        elif code is not None:
            self.activate(code)
        event.accept()
        return None

    def activate(self, code: str) -> None:
        """Filter to ``code``; when it is already the only filtered département, to its région."""
        if self.filtered_departements == {code}:
            region = self.places.region_of(code)
            if region:
                self.regionActivated.emit(region)
                return
        self.departementActivated.emit(code)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Arrows move, Entrée filters (Maj: the région), Échap clears."""
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Home,
                   Qt.Key.Key_End):
            self.move_focus(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.focus_code:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                region = self.places.region_of(self.focus_code)
                if region:
                    self.regionActivated.emit(region)
            else:
                self.departementActivated.emit(self.focus_code)
        elif key == Qt.Key.Key_Escape:
            self.clearRequested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def move_focus(self, key: Qt.Key) -> None:
        """Put the keyboard focus on the next or previous département."""
        if not self.order:
            return
        if self.focus_code not in self.order:
            position = 0
        elif key == Qt.Key.Key_Home:
            position = 0
        elif key == Qt.Key.Key_End:
            position = len(self.order) - 1
        else:
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            position = (self.order.index(self.focus_code) + step) % len(self.order)
        self.focus_code = self.order[position]
        self.update()
        self._announce(self.focus_code)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Say which département has the focus (the chosen commune's, else the first)."""
        if self.focus_code is None:
            self.focus_code = next((c for c in self.highlighted if c in self.order), None) or (
                self.order[0] if self.order else None)
        self._announce(self.focus_code)
        self.update()
        super().focusInEvent(event)


def _stencil(index: int) -> QImage:
    """An 8-pixel tile: transparent on the marks of class ``index``'s pattern, opaque black elsewhere."""
    marks = QImage(8, 8, QImage.Format.Format_ARGB32)
    marks.fill(Qt.GlobalColor.transparent)
    painter = QPainter(marks)
    painter.fillRect(0, 0, 8, 8, pattern_brush(index))
    painter.end()
    stencil = QImage(8, 8, QImage.Format.Format_ARGB32)
    for y in range(8):
        for x in range(8):
            stencil.setPixelColor(x, y, QColor(0, 0, 0, 0 if marks.pixelColor(x, y).alpha() else 255))
    return stencil


def _distance(x: float, y: float, ax: float, ay: float, bx: float, by: float) -> float:
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))
