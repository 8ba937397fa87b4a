"""The map's shapes, région outlines, classes and places (no Qt)."""

from __future__ import annotations

import math

import pytest

from territoria.services.maps import (
    OVERSEAS,
    CountScale,
    chosen_departements,
    departement_counts,
    france_geometry,
    map_places,
    parse_svg,
    region_outlines,
)
from territoria.services.maps.geometry import parse_path
from territoria.services.maps.outlines import outline_segments
from territoria.services.profile import save_choice
from territoria.services.search import facet_counts


def test_the_shipped_svg_gives_every_metropolitan_departement():
    geometry = france_geometry()
    codes = {shape.code for shape in geometry.departements}
    assert len(codes) == 96 and {"01", "2A", "2B", "95"} <= codes
    assert geometry.shape("61").name == "Orne"
    for shape in geometry.departements:
        left, top, right, bottom = shape.bounds
        assert 0 <= left < right <= geometry.width and 0 <= top < bottom <= geometry.height
    assert france_geometry() is geometry  # parsed once


def test_relative_moves_follow_the_svg_rules():
    # after z the pen is back at the subpath's start, so the second m is relative to (10, 10)
    rings = parse_path("m 10,10 5,0 0,5 z m 20,0 5,0 0,5 z")
    assert rings == (((10, 10), (15, 10), (15, 15)), ((30, 10), (35, 10), (35, 15)))
    with pytest.raises(ValueError):
        parse_path("m 0,0 c 1,1 2,2 3,3 z")


def test_a_broken_map_file_is_refused(tmp_path):
    bad = tmp_path / "bad.svg"
    bad.write_text('<svg xmlns="http://www.w3.org/2000/svg"><path id="01" d="m 0,0 1,1 z"/></svg>')
    with pytest.raises(ValueError):
        parse_svg(bad)


def test_a_region_outline_leaves_out_the_borders_inside_it(db):
    places = map_places(db)
    geometry = france_geometry()
    normandie = places.region_members()[places.region_of("61")]
    assert set(normandie) == {"14", "27", "50", "61", "76"}
    outline = outline_segments(geometry, normandie)
    inside = outline_segments(geometry, ["61"])
    # Orne's own border is longer than the part of it on Normandie's outline
    length = lambda segments: sum(math.dist(a, b) for a, b in segments)  # noqa: E731
    orne_on_outline = [s for s in inside if s in set(outline)]
    assert 0 < length(orne_on_outline) < 0.8 * length(inside)
    # the whole région's outline is shorter than the sum of its départements' borders
    total = sum(length(outline_segments(geometry, [code])) for code in normandie)
    assert length(outline) < 0.75 * total
    outlines = region_outlines(geometry, places.region_members())
    assert outlines[places.region_of("61")] and all(len(line) >= 2 for line in outlines["28"])


def test_classes_grow_with_the_counts():
    scale = CountScale.of([0, 1, 2, 3, 5, 8, 13, 40, 120])
    indexes = [scale.index(c) for c in (0, 1, 3, 8, 40, 120)]
    assert indexes[0] == 0 and indexes == sorted(indexes) and indexes[-1] == 4
    ranges = scale.ranges()
    assert ranges[0] == (0, 0) and ranges[-1][1] is None
    for (low, high), (next_low, _) in zip(ranges[1:-1], ranges[2:]):
        assert low <= high and next_low == high + 1
    assert CountScale.of([]).index(0) == 0


def test_counts_and_places_come_from_the_search_services(db):
    counts = departement_counts(facet_counts(db, "", {}))
    places = map_places(db)
    assert set(counts) <= set(places.departements) | {code for code in counts if code.startswith("97")}
    assert "none" not in counts and sum(counts.values()) > 0
    assert {code for code, *_ in OVERSEAS} <= set(places.departements)
    assert "975" not in places.departements  # overseas collectivities are not départements


def test_the_chosen_collectivite_gives_its_departements(db):
    assert chosen_departements(db) == ()
    save_choice(db, "commune", "61366")
    assert chosen_departements(db) == ("61",)
    save_choice(db, "region", "28")
    assert chosen_departements(db) == ("14", "27", "50", "61", "76")
