"""The map of France as a vector drawing in a PDF: the same parsed shapes as the window's map.

:class:`FranceMapFlowable` draws the départements filled by class of count (palette and
patterns of ``services.maps.classes``, so the classes read in black and white), the région
outlines, the overseas départements as labelled insets, the chosen collectivité's
département in thick dashes with a marker, and a legend in words beside the map.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from territoria.domain.format_fr import group_thousands
from territoria.reports.fonts import BOLD, FAMILY
from territoria.services.maps.classes import HIGHLIGHT_CASING, PALETTE, PATTERN_INK, PATTERNS, CountScale
from territoria.services.maps.geometry import OVERSEAS, MapGeometry, Ring, france_geometry

#: Outline of the chosen collectivité's département (dashed: never colour alone).
HIGHLIGHT = "#d95f02"
BORDER = "#6b7785"
REGION_BORDER = "#1f1f1f"
#: Width of the legend column, in points.
LEGEND_WIDTH = 150.0


def class_labels(scale: CountScale) -> list[str]:
    """Each class in words: "aucune initiative", "1 à 2", "11 et plus"."""
    labels = []
    for low, high in scale.ranges():
        if high == 0:
            labels.append("aucune initiative")
        elif high is None:
            labels.append(f"{group_thousands(low)} et plus")
        elif low == high:
            labels.append(group_thousands(low))
        else:
            labels.append(f"{group_thousands(low)} à {group_thousands(high)}")
    return labels


def _flowable_base() -> type:
    from reportlab.platypus import Flowable

    return Flowable


def make_map_flowable(counts: Mapping[str, int], highlight: Sequence[str], names: Mapping[str, str],
                      outlines: Mapping[str, Sequence[Sequence[tuple[float, float]]]], width: float,
                      geometry: MapGeometry | None = None) -> Any:
    """A flowable ``width`` points wide drawing the map of ``counts`` ({département: initiatives})."""
    geometry = geometry or france_geometry()
    base = _flowable_base()

    class FranceMapFlowable(base):  # type: ignore[misc, valid-type]
        """The map and its legend."""

        def __init__(self) -> None:
            super().__init__()
            self.map_width = width - LEGEND_WIDTH
            self.factor = self.map_width / geometry.width
            self.width, self.height = width, geometry.height * self.factor
            codes = [shape.code for shape in geometry.departements] + [code for code, *_ in OVERSEAS]
            self.scale = CountScale.of(counts.get(code, 0) for code in codes)

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return self.width, self.height

        def _point(self, point: tuple[float, float]) -> tuple[float, float]:
            return point[0] * self.factor, self.height - point[1] * self.factor

        def _path(self, canvas: Any, rings: Sequence[Ring], close: bool = True) -> Any:
            path = canvas.beginPath()
            for ring in rings:
                path.moveTo(*self._point(ring[0]))
                for point in ring[1:]:
                    path.lineTo(*self._point(point))
                if close:
                    path.close()
            return path

        def _pattern(self, canvas: Any, index: int, box: tuple[float, float, float, float]) -> None:
            """Marks of class ``index`` over ``box`` (the caller has clipped to the shape)."""
            from reportlab.lib import colors

            left, bottom, right, top = box
            kind = PATTERNS[index]
            canvas.setStrokeColor(colors.HexColor(PATTERN_INK[index]))
            canvas.setFillColor(colors.HexColor(PATTERN_INK[index]))
            if kind == "dots":
                step = 3.2
                y = bottom
                while y <= top:
                    x = left + (step / 2 if int((y - bottom) / step) % 2 else 0)
                    while x <= right:
                        canvas.rect(x, y, 0.7, 0.7, stroke=0, fill=1)
                        x += step
                    y += step
                return
            step = {"lines": 3.0, "cross": 3.0, "dense": 2.2}[kind]
            canvas.setLineWidth({"lines": 0.55, "cross": 0.4, "dense": 0.3}[kind])
            span = (right - left) + (top - bottom)
            offset = 0.0
            while offset <= span:
                canvas.line(left + offset, bottom, left + offset - (top - bottom), top)
                if kind in ("cross", "dense"):
                    canvas.line(left + offset - (top - bottom), bottom, left + offset, top)
                offset += step

        def _filled(self, canvas: Any, path: Any, index: int, box: tuple[float, float, float, float]) -> None:
            from reportlab.lib import colors

            canvas.setFillColor(colors.HexColor(PALETTE[index]))
            canvas.drawPath(path, stroke=0, fill=1)
            if index:
                canvas.saveState()
                canvas.clipPath(path, stroke=0, fill=0)
                self._pattern(canvas, index, box)
                canvas.restoreState()

        def draw(self) -> None:
            from reportlab.lib import colors

            canvas = self.canv
            for shape in geometry.departements:
                index = self.scale.index(counts.get(shape.code, 0))
                left, top = self._point((shape.bounds[0], shape.bounds[1]))
                right, bottom = self._point((shape.bounds[2], shape.bounds[3]))
                self._filled(canvas, self._path(canvas, shape.rings), index, (left, bottom, right, top))
            canvas.setStrokeColor(colors.HexColor(BORDER))
            canvas.setLineWidth(0.3)
            for shape in geometry.departements:
                canvas.drawPath(self._path(canvas, shape.rings), stroke=1, fill=0)
            canvas.setStrokeColor(colors.HexColor(REGION_BORDER))
            canvas.setLineWidth(0.9)
            canvas.setLineJoin(1)
            for lines in outlines.values():
                canvas.drawPath(self._path(canvas, [tuple(line) for line in lines], close=False), stroke=1, fill=0)
            self._insets(canvas)
            self._highlight(canvas)
            self._legend(canvas)

        def _insets(self, canvas: Any) -> None:
            from reportlab.lib import colors

            for code, x, y, w, h in OVERSEAS:
                left, top = self._point((x, y))
                right, bottom = self._point((x + w, y + h))
                path = canvas.beginPath()
                path.rect(left, bottom, right - left, top - bottom)
                self._filled(canvas, path, self.scale.index(counts.get(code, 0)), (left, bottom, right, top))
                canvas.setStrokeColor(colors.HexColor(REGION_BORDER))
                canvas.setLineWidth(0.6)
                canvas.rect(left, bottom, right - left, top - bottom, stroke=1, fill=0)
                middle = (left + right) / 2
                label = names.get(code, code)
                count = group_thousands(counts.get(code, 0))
                size = 5.5
                text_width = max(canvas.stringWidth(label, FAMILY, size), canvas.stringWidth(count, FAMILY, size))
                centre = (top + bottom) / 2
                canvas.setFillColor(colors.white)
                canvas.rect(middle - text_width / 2 - 1.5, centre - size - 1.5, text_width + 3, 2 * size + 3,
                            stroke=0, fill=1)
                canvas.setFillColor(colors.black)
                canvas.setFont(FAMILY, size)
                canvas.drawCentredString(middle, centre + 1, label)
                canvas.drawCentredString(middle, centre - size + 0.5, count)

        def _highlight(self, canvas: Any) -> None:
            from reportlab.lib import colors

            shapes = [geometry.shape(code) for code in highlight]
            shapes = [shape for shape in shapes if shape is not None]
            boxes = [(x, y, w, h) for code, x, y, w, h in OVERSEAS if code in highlight]
            if not shapes and not boxes:
                return
            # a dark casing under the dashes: the outline reads on every fill (WCAG 1.4.11) and in grey
            canvas.setStrokeColor(colors.HexColor(HIGHLIGHT_CASING))
            canvas.setLineWidth(2.8)
            for shape in shapes:
                canvas.drawPath(self._path(canvas, shape.rings), stroke=1, fill=0)
            canvas.setStrokeColor(colors.HexColor(HIGHLIGHT))
            canvas.setLineWidth(1.6)
            canvas.setDash(3, 1.5)
            for shape in shapes:
                canvas.drawPath(self._path(canvas, shape.rings), stroke=1, fill=0)
            for x, y, w, h in boxes:  # an overseas département: its inset box
                left, top = self._point((x, y))
                right, bottom = self._point((x + w, y + h))
                canvas.rect(left + 1, bottom + 1, right - left - 2, top - bottom - 2, stroke=1, fill=0)
            canvas.setDash()
            if not shapes:
                return
            x, y = self._point(shapes[0].centre)
            canvas.setStrokeColor(colors.white)
            canvas.setLineWidth(0.8)
            canvas.setFillColor(colors.HexColor(HIGHLIGHT))
            canvas.circle(x, y, 3.2, stroke=1, fill=1)
            canvas.setFillColor(colors.white)
            canvas.circle(x, y, 1.1, stroke=0, fill=1)

        def _legend(self, canvas: Any) -> None:
            from reportlab.lib import colors

            left = self.map_width + 12
            y = self.height - 10
            canvas.setFillColor(colors.black)
            canvas.setFont(BOLD, 8)
            canvas.drawString(left, y, "Initiatives par département")
            canvas.setFont(FAMILY, 7.5)
            y -= 16
            for index, label in enumerate(class_labels(self.scale)):
                path = canvas.beginPath()
                path.rect(left, y - 2, 18, 9)
                self._filled(canvas, path, index, (left, y - 2, left + 18, y + 7))
                canvas.setStrokeColor(colors.HexColor(BORDER))
                canvas.setLineWidth(0.4)
                canvas.rect(left, y - 2, 18, 9, stroke=1, fill=0)
                canvas.setFillColor(colors.black)
                canvas.drawString(left + 24, y, label)
                y -= 14
            marks = ((REGION_BORDER, 0.9, None, "limite de région"),
                     (HIGHLIGHT, 1.6, (3, 1.5), "votre département (tirets, point)"))
            for colour, line_width, dash, label in marks:
                if dash:
                    canvas.setStrokeColor(colors.HexColor(HIGHLIGHT_CASING))
                    canvas.setLineWidth(line_width + 1.2)
                    canvas.line(left, y + 2.5, left + 18, y + 2.5)
                canvas.setStrokeColor(colors.HexColor(colour))
                canvas.setLineWidth(line_width)
                if dash:
                    canvas.setDash(*dash)
                canvas.line(left, y + 2.5, left + 18, y + 2.5)
                canvas.setDash()
                canvas.setFillColor(colors.black)
                canvas.drawString(left + 24, y, label)
                y -= 14

    return FranceMapFlowable()

