"""The collectivité picker: forgiving type-ahead, homonyms, codes, order, other kinds."""

from __future__ import annotations

import pytest

from territoria.domain.text import fold
from territoria.services.communes import PlaceIndex, find_place, search_places

SDS = "61382"  # Saint-Denis-sur-Sarthon, 1 055 hab., Orne


@pytest.fixture(scope="module")
def index(shared_db) -> PlaceIndex:
    return PlaceIndex.load(shared_db)


@pytest.mark.parametrize("query", [
    "st denis sarthon", "SAINT DENIS SUR SARTHON", "Saint-Denis-sur-Sarthon", "saint-denis-sur-sarthôn",
    "ST-DENIS-SUR-SARTHON", "s denis sarthon", "ste denis sur sarthon", "sainte denis s sarthon",
    "sarthon st denis", "st denis sart", "61382", "61420 saint denis",
])
def test_forgiving_queries_find_saint_denis_sur_sarthon_first(index, query):
    found = index.search(query, 10)
    assert found and found[0].code == SDS and found[0].kind == "commune", [p.label for p in found]


def test_postcode_lists_every_commune_of_that_postcode(index):
    found = index.search("61420", 20)
    assert SDS in {p.code for p in found}
    assert all("61420" in p.postcodes or p.code == "61420" for p in found)  # postcode or INSEE code
    assert len(found) >= 5


def test_homonyms_are_labelled_with_their_departement_biggest_first(index):
    valences = [p for p in index.search("valence", 20) if p.name == "Valence"]
    assert [p.label for p in valences] == ["Valence (26)", "Valence (82)", "Valence (16)"]
    assert [p.population for p in valences] == sorted((p.population for p in valences), reverse=True)
    # the département code narrows the homonyms
    assert index.search("valence 82", 5)[0].code == "82186"
    assert index.search("Valence (16)", 5)[0].code == "16392"


def test_exact_name_comes_before_longer_names(index):
    labels = [p.label for p in index.search("valence", 10)]
    exact = [n for n, label in enumerate(labels) if label.startswith("Valence (")]
    longer = [n for n, label in enumerate(labels) if label.startswith("Valence-")]
    assert max(exact) < min(longer)
    assert index.search("sai", 3)[0].label == "Sai (61)"  # a real commune named Sai beats Saint-…


def test_apostrophes_and_elisions(index):
    assert index.search("l'haÿ-les-roses", 3)[0].code == "94038"
    assert index.search("lhay les roses", 3)[0].code == "94038"
    assert index.search("LHAY", 3)[0].code == "94038"


def test_corsican_insee_codes(index):
    ajaccio = index.search("2A004", 3)
    assert ajaccio[0].name == "Ajaccio" and ajaccio[0].label == "Ajaccio (2A)"


def test_epci_departements_and_regions_can_be_chosen(index):
    assert index.search("orne", 3)[0].label == "Orne (61)" and index.search("orne", 3)[0].kind == "departement"
    normandie = index.search("normandie", 3)[0]
    assert (normandie.kind, normandie.code) == ("region", "28")
    grand_paris = index.search("metropole du grand paris", 3)[0]
    assert (grand_paris.kind, grand_paris.code) == ("epci", "200054781")
    assert grand_paris.departement == "Paris" and grand_paris.region == "Île-de-France"
    assert index.search("61", 1)[0].label == "Orne (61)"  # a département code
    assert index.search("lyon", 5, kinds=("epci",))[0].name == "Métropole de Lyon"


def test_overseas_collectivities_are_not_offered_as_regions(index):
    assert not [p for p in index.search("wallis futuna", 10) if p.kind == "region"]
    assert index.get("region", "986") is None and index.get("region", "28").name == "Normandie"


def test_every_commune_is_found_first_by_its_own_label(index, shared_db):
    """Sample of 250 communes: typing the label shown ("Name (dep)") finds that commune first."""
    with shared_db.session() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT insee, name, departement_code FROM communes ORDER BY insee").all()
    for insee, name, dep in rows[::140]:
        found = index.search(f"{name} ({dep})", 5, kinds=("commune",))
        assert found and found[0].code == insee, (insee, name, [p.label for p in found])


def test_nothing_for_empty_or_unknown_queries(index):
    assert index.search("", 10) == [] and index.search("   -- ", 10) == []
    assert index.search("zzzqqqxx", 10) == []
    assert index.search("99999", 10) == []


def test_one_shot_search_matches_the_full_index(index, shared_db):
    for query in ("st denis sarthon", "valence", "61420", "lhay", "orne", "2a004", "saint", "bretagne"):
        expected = [(p.kind, p.code) for p in index.search(query, 15)]
        assert [(p.kind, p.code) for p in search_places(shared_db, query, 15)] == expected, query


def test_find_place_reads_one_place(shared_db):
    place = find_place(shared_db, "commune", SDS)
    assert place is not None and place.label == "Saint-Denis-sur-Sarthon (61)"
    assert (place.departement, place.region, place.epci_siren) == ("Orne", "Normandie", "246100663")
    assert place.name_key == fold(place.name)
    assert place.detail.startswith("Commune · 1\u202f055\u00a0hab. · Orne, Normandie")
    assert find_place(shared_db, "commune", "00000") is None
    assert find_place(shared_db, "region", "986") is None  # overseas collectivity
    assert find_place(shared_db, "planet", "1") is None
    assert find_place(shared_db, "departement", "2a").label == "Corse-du-Sud (2A)"
