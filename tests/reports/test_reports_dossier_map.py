"""The dossier's map of France: a vector drawing of the départements with the commune's outlined."""

from __future__ import annotations

import re

import pytest
from pdf_tools import outline_titles, page_texts, reader, squash

from territoria.reports.exports import dossier_data, export_dossier_pdf
from territoria.services.maps import PALETTE, CountScale, departement_counts, france_geometry
from territoria.services.search import facet_counts

TITLE = "Les initiatives sur la carte de France"


@pytest.fixture(scope="module")
def toulouse(shared_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("dossier-map") / "toulouse.pdf"
    export_dossier_pdf(shared_db, "commune", "31555", path)
    return path


def map_page(path) -> int:
    # the cover's contents name the section too: the map's page is the one with its legend
    return next(index for index, text in enumerate(page_texts(path))
                if TITLE in text and "Initiatives par département" in text)


def rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))


def fill_colours(content: str) -> set[tuple[float, float, float]]:
    return {tuple(round(float(v), 3) for v in match) for match in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) rg", content)}


def test_the_dossier_carries_the_map_with_its_legend_and_caption(toulouse):
    assert TITLE in outline_titles(toulouse)
    text = page_texts(toulouse)[map_page(toulouse)]
    assert "Initiatives par département" in text and "aucune initiative" in text
    for overseas in ("Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte"):
        assert overseas in text
    assert "Haute-Garonne(31)" in squash(text)
    assert "CC BY 4.0" in text


def test_the_map_is_drawn_with_paths_coloured_by_class(toulouse, shared_db):
    content = reader(toulouse).pages[map_page(toulouse)].get_contents().get_data().decode("latin-1")
    rings = sum(len(shape.rings) for shape in france_geometry().departements)
    # every ring closed twice (fill, then border), plus the overseas boxes
    assert len(re.findall(r"\bh\b", content)) >= 2 * rings
    counts = departement_counts(facet_counts(shared_db, "", {}))
    scale = CountScale.of(counts.values())
    used = {scale.index(counts.get(shape.code, 0)) for shape in france_geometry().departements}
    colours = fill_colours(content)
    for index in used:
        assert tuple(round(v, 3) for v in rgb(PALETTE[index])) in colours, index
    # the commune's département: a dashed outline in the highlight colour (the legend's is the other)
    assert content.count("[3 1.5] 0 d") == 2
    assert tuple(round(v, 3) for v in rgb("#d95f02")) in {
        tuple(round(float(v), 3) for v in m) for m in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) RG", content)}


def test_the_map_data_comes_from_the_search_services(shared_db):
    data = dossier_data(shared_db, "commune", "31555")
    assert data.map_counts == departement_counts(facet_counts(shared_db, "", {}))
    assert data.map_names["974"] == "La Réunion" and data.map_outlines


def test_an_overseas_commune_has_its_inset_outlined(shared_db, tmp_path):
    path = tmp_path / "saint-denis.pdf"
    export_dossier_pdf(shared_db, "commune", "97411", path)
    content = reader(path).pages[map_page(path)].get_contents().get_data().decode("latin-1")
    assert content.count("[3 1.5] 0 d") == 2  # the legend's, and the inset's
    assert "La Réunion (974)" in page_texts(path)[map_page(path)].replace("\n", " ")
