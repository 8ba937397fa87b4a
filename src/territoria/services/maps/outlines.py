"""Région outlines drawn by grouping départements (the régions map is not free to ship).

A border shared by two départements of the same région is inside the région; the région's
outline is every other segment of its départements. The SVG's relative coordinates drift
by a few hundredths between two neighbours' copies of the same border, and their vertices
do not always match, so a segment counts as shared when its middle lies within
:data:`TOLERANCE` map units of a neighbour of the same région (found through a grid of
segments, so the whole map takes a fraction of a second). Kept segments are then chained
into polylines so that a stroke joins cleanly.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import cache

from territoria.services.maps.geometry import MapGeometry, Point, france_geometry

#: How far (map units) a segment's middle may be from a neighbour's border to count as shared.
TOLERANCE = 0.6
_CELL = 4.0

Polyline = tuple[Point, ...]
Segment = tuple[Point, Point]


def _distance(point: Point, segment: Segment) -> float:
    (x, y), ((ax, ay), (bx, by)) = point, segment
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))


def _cells(segment: Segment) -> list[tuple[int, int]]:
    (ax, ay), (bx, by) = segment
    x0, x1 = int(math.floor(min(ax, bx) / _CELL)), int(math.floor(max(ax, bx) / _CELL))
    y0, y1 = int(math.floor(min(ay, by) / _CELL)), int(math.floor(max(ay, by) / _CELL))
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


def outline_segments(geometry: MapGeometry, codes: Sequence[str]) -> list[Segment]:
    """The segments of the départements ``codes`` that are not shared between two of them."""
    segments: list[tuple[str, Segment]] = []
    shapes = {shape.code: shape for shape in geometry.departements}
    for code in codes:
        shape = shapes.get(code)
        if shape is None:
            continue
        for ring in shape.rings:
            segments += [(code, (start, ring[(index + 1) % len(ring)])) for index, start in enumerate(ring)]
    grid: dict[tuple[int, int], list[tuple[str, Segment]]] = {}
    for item in segments:
        for cell in _cells(item[1]):
            grid.setdefault(cell, []).append(item)
    kept: list[Segment] = []
    for code, segment in segments:
        (ax, ay), (bx, by) = segment
        middle = ((ax + bx) / 2, (ay + by) / 2)
        cx, cy = int(math.floor(middle[0] / _CELL)), int(math.floor(middle[1] / _CELL))
        shared = any(other != code and _distance(middle, candidate) < TOLERANCE
                     for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                     for other, candidate in grid.get((cx + dx, cy + dy), ()))
        if not shared:
            kept.append(segment)
    return kept


def chain(segments: Sequence[Segment]) -> tuple[Polyline, ...]:
    """``segments`` joined end to end into as few polylines as their order allows."""
    lines: list[list[Point]] = []
    for start, end in segments:
        if lines and lines[-1][-1] == start:
            lines[-1].append(end)
        else:
            lines.append([start, end])
    return tuple(tuple(line) for line in lines)


def region_outlines(geometry: MapGeometry, members: Mapping[str, Sequence[str]]) -> dict[str, tuple[Polyline, ...]]:
    """Outline polylines of each région, from ``{région code: [département codes]}``."""
    if geometry is france_geometry():
        frozen = tuple(sorted((region, tuple(sorted(codes))) for region, codes in members.items()))
        return dict(_shipped_outlines(frozen))
    return {region: chain(outline_segments(geometry, codes)) for region, codes in members.items()}


@cache
def _shipped_outlines(members: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[tuple[str, tuple[Polyline, ...]], ...]:
    """The outlines of the shipped map, computed once per grouping."""
    geometry = france_geometry()
    return tuple((region, chain(outline_segments(geometry, codes))) for region, codes in members)
