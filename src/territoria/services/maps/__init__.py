"""The map of France: département shapes parsed once from the shipped SVG, région outlines,
count classes and their palette, and the places the map names (plain Python, no Qt).

The UI draws the shapes with ``QPainterPath`` (``ui/map/``) and the dossier PDF with reportlab
paths (``reports/france_map.py``), from the same parsed points::

    geometry = france_geometry()                  # DepartementShape per metropolitan département
    places = map_places(db)                       # names, région of each département
    outlines = region_outlines(geometry, places.region_members())
    scale = CountScale.of(counts.values())        # classes, palette, legend labels
"""

from __future__ import annotations

from territoria.services.maps.classes import CLASS_COUNT, PALETTE, CountScale
from territoria.services.maps.geometry import (
    OVERSEAS,
    DepartementShape,
    MapGeometry,
    france_geometry,
    parse_svg,
)
from territoria.services.maps.outlines import region_outlines
from territoria.services.maps.places import MapPlaces, chosen_departements, departement_counts, map_places

__all__ = [
    "CLASS_COUNT", "OVERSEAS", "PALETTE", "CountScale", "DepartementShape", "MapGeometry", "MapPlaces",
    "chosen_departements", "departement_counts", "france_geometry", "map_places", "parse_svg",
    "region_outlines",
]
