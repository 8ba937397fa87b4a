"""Comparable projects: a village, a small town, a large city; needs and budget reorder them."""

from __future__ import annotations

import math

import pytest
from commune_synthetic import add_initiative, initiative_id

from territoria.domain.format_fr import population
from territoria.domain.messages_fr import reasons_fr
from territoria.errors import NotFoundError
from territoria.services.communes import find_place
from territoria.services.comparable import (
    WEIGHTS,
    Weights,
    closeness,
    comparable_for,
    comparable_projects,
    explain_weights,
    population_similarity,
    rank_initiatives,
)
from curated import curated_count

SDS = "61382"  # Saint-Denis-sur-Sarthon: 1 055 hab., CU d'Alençon, Orne, Normandie


def fr(item):
    """The reasons of ``item`` in French (the catalogue's words, as the CLI and documents print them)."""
    return reasons_fr(item.reasons)


def slugs(ranked):
    return [r.slug for r in ranked]


def test_village_sees_its_own_project_first_with_plain_french_reasons(shared_db):
    ranked = comparable_for(shared_db, "commune", SDS, limit=None)
    assert len(ranked) == curated_count("initiatives")
    first = ranked[0]
    assert first.slug == "saint-denis-sur-sarthon-securisation-juridique"
    assert fr(first)[0] == "Commune de taille comparable : 1\u202f055\u00a0hab."
    assert "Projet de votre commune : Saint-Denis-sur-Sarthon" in fr(first)
    assert "Projet en service" in fr(first)
    # the région's own project is within reach of the village
    datalab = next(r for r in ranked if r.slug == "datalab-normandie")
    assert "Même région : Normandie" in fr(datalab)
    assert "Porté par votre région, dont le territoire couvre votre commune" in fr(datalab)
    assert datalab.parts.reach == WEIGHTS.reachable
    assert slugs(ranked).index("datalab-normandie") < slugs(ranked).index("lyon-beneficiaires-apa")


def test_village_gets_a_similar_village_before_any_metropolis(db):
    # a village of Ariège (another région), only a pilot, against the big cities' working services
    village = add_initiative(db, "bastide-de-serou-pilote", commune="09042", status="pilot", themes=["water"])
    ranked = comparable_for(db, "commune", SDS, limit=None)
    order = slugs(ranked)
    assert order[1] == "bastide-de-serou-pilote"
    for city in ("lyon-beneficiaires-apa", "toulouse-detection-fuites-eau", "nantes-gaspillage-alimentaire-scolaire"):
        assert order.index("bastide-de-serou-pilote") < order.index(city)
    entry = ranked[1]
    assert entry.id == village
    assert fr(entry)[0] == f"Commune de taille comparable : {population(965)}"
    assert fr(entry)[-1] == "Expérimentation en cours"


def test_a_metropolis_project_next_door_stays_behind_a_similar_village(db):
    """Curis-au-Mont-d'Or (1 195 hab.) is in the Métropole de Lyon, like Lyon's own project."""
    add_initiative(db, "belesta-assistant", commune="09047", status="idea")  # Bélesta, 1 091 hab., Occitanie
    ranked = comparable_for(db, "commune", "69071", limit=None)
    order = slugs(ranked)
    assert order.index("belesta-assistant") < order.index("lyon-beneficiaires-apa")
    lyon = ranked[order.index("lyon-beneficiaires-apa")]
    assert "Même intercommunalité : Métropole de Lyon" in fr(lyon)
    # the APA is the Métropole de Lyon's competence: its lead is inferred to be the Métropole
    assert fr(lyon)[0] == f"Intercommunalité plus grande : {population(1433613)}"
    assert "Porteur déduit, non précisé par la source : Métropole de Lyon" in fr(lyon)


def test_small_town(db):
    """Valence (82), 5 289 hab., Occitanie: a town of similar size first, Toulouse as a neighbour."""
    town = add_initiative(db, "gorges-cantine", commune="44064", status="production", start="2024-03")  # 5 203 hab.
    village = add_initiative(db, "bastide-de-serou-cafe", commune="09042", status="production")  # 965 hab.
    ranked = comparable_for(db, "commune", "82186", limit=None)
    order = slugs(ranked)
    assert order[0] == "gorges-cantine"
    assert ranked[0].id == town and fr(ranked[0])[0] == f"Commune de taille comparable : {population(5203)}"
    assert "Projet en service depuis 2024" in fr(ranked[0])
    assert order.index("gorges-cantine") < order.index("bastide-de-serou-cafe") < order.index("lyon-beneficiaires-apa")
    assert village in [r.id for r in ranked]
    toulouse = ranked[order.index("toulouse-detection-fuites-eau")]
    assert "Même région : Occitanie" in fr(toulouse)
    sicoval = ranked[order.index("sicoval-cafes-ia")]
    assert fr(sicoval)[0] == f"Intercommunalité plus grande : {population(83758)}"


def test_large_city(shared_db):
    ranked = comparable_for(shared_db, "commune", "69123", limit=None)  # Lyon, 519 127 hab.
    order = slugs(ranked)
    assert order[:2] == ["lyon-beneficiaires-apa", "nantes-gaspillage-alimentaire-scolaire"]
    assert fr(ranked[1])[0] == f"Commune de taille comparable : {population(327734)}"
    assert order.index("toulouse-detection-fuites-eau") < 5
    # a project whose lead the source does not name is compared by the size of its place
    drome = ranked[order.index("drome-assistant-virtuel")]
    assert drome.lead == "" and drome.lead_attribution == "unknown"
    assert fr(drome)[0].startswith("Porteur non précisé par la source ; lieu du projet")
    assert order.index("nantes-gaspillage-alimentaire-scolaire") < order.index(
        "saint-denis-sur-sarthon-securisation-juridique")
    village = ranked[order.index("saint-denis-sur-sarthon-securisation-juridique")]
    assert fr(village)[0] == f"Commune plus petite : {population(1055)}"
    drome = ranked[order.index("drome-assistant-virtuel")]
    assert "Même région : Auvergne-Rhône-Alpes" in fr(drome)


def test_needs_change_the_order(db):
    water = add_initiative(db, "village-eau", commune="09103", themes=["water"])  # Crampagna, 980 hab.
    legal = add_initiative(db, "village-actes", commune="09103", themes=["legal", "administration"])
    plain = rank_initiatives(db, find_place(db, "commune", SDS), limit=None)
    assert [r.id for r in plain].index(water) < [r.id for r in plain].index(legal)  # a tie: smaller id first
    assert next(r for r in plain if r.id == water).score == next(r for r in plain if r.id == legal).score
    needed = rank_initiatives(db, find_place(db, "commune", SDS), ["legal"], limit=None)
    ids = [r.id for r in needed]
    assert ids.index(legal) < ids.index(water)
    assert "Répond à votre besoin : Sécurité juridique" in fr(needed[ids.index(legal)])
    both = rank_initiatives(db, find_place(db, "commune", SDS), ["legal", "administration"], limit=None)
    assert "Répond à vos besoins : Sécurité juridique, Administration interne" in fr(both[[r.id for r in both].index(legal)])
    # a need can lift a city's project above the region's own
    social = slugs(rank_initiatives(db, find_place(db, "commune", SDS), ["social"], limit=None))
    assert social.index("lyon-beneficiaires-apa") < social.index("datalab-normandie")
    assert slugs(plain).index("lyon-beneficiaires-apa") > slugs(plain).index("datalab-normandie")


def test_budget_ceiling_changes_the_order(db):
    dear = add_initiative(db, "village-cher", commune="09103", status="production", budget=300_000)
    cheap = add_initiative(db, "village-econome", commune="09103", status="pilot", budget=20_000)
    target = find_place(db, "commune", SDS)
    ids = [r.id for r in rank_initiatives(db, target, limit=None)]
    assert ids.index(dear) < ids.index(cheap)
    ranked = rank_initiatives(db, target, budget_max_eur=50_000, limit=None)
    ids = [r.id for r in ranked]
    assert ids.index(cheap) < ids.index(dear)
    assert "Budget dans votre plafond : 20\u202f000\u00a0€" in fr(ranked[ids.index(cheap)])
    assert "Budget au-dessus de votre plafond : 300\u202f000\u00a0€" in fr(ranked[ids.index(dear)])
    assert ranked[ids.index(dear)].parts.budget == WEIGHTS.budget_over
    unknown = next(r for r in ranked if r.slug == "lyon-beneficiaires-apa")
    assert "Coût non renseigné" in fr(unknown) and unknown.parts.budget == 0


def test_projects_of_the_departement_and_epci_are_within_reach(db):
    dep = add_initiative(db, "orne-chatbot", kind="departement", departement="61")
    epci = add_initiative(db, "alencon-courrier", kind="epci", epci="246100663", start="2023")
    ranked = comparable_for(db, "commune", SDS, limit=None)
    by_id = {r.id: r for r in ranked}
    assert "Porté par votre département, dont le territoire couvre votre commune" in fr(by_id[dep])
    assert "Même département : Orne" in fr(by_id[dep])
    assert "Porté par votre intercommunalité, dont le territoire couvre votre commune" in fr(by_id[epci])
    assert "Même intercommunalité : CU d'Alençon" in fr(by_id[epci])
    assert by_id[epci].parts.reach == by_id[dep].parts.reach == WEIGHTS.reachable
    # not within reach of a commune of another département
    elsewhere = {r.id: r for r in comparable_for(db, "commune", "09042", limit=None)}
    assert elsewhere[dep].parts.reach == 0 and elsewhere[dep].parts.geography == 0


def test_order_is_deterministic_and_scores_are_the_sum_of_their_parts(db):
    for n in range(6):  # identical projects: only the id tells them apart
        add_initiative(db, f"jumeau-{n}", commune="09103")
    target = find_place(db, "commune", SDS)
    first = rank_initiatives(db, target, ["water"], 80_000, limit=None)
    assert first == rank_initiatives(db, target, ["water"], 80_000, limit=None)
    twins = [r.id for r in first if r.slug.startswith("jumeau-")]
    assert twins == sorted(twins)
    for r in first:
        parts = r.parts
        total = parts.population + parts.kind + parts.geography + parts.reach + parts.needs + parts.maturity + parts.budget
        assert r.score == round(total, 1)
        expected = population_similarity(r.lead_population, target.population) * WEIGHTS.population
        assert math.isclose(parts.population, expected)
    scores = [(-r.score, r.id) for r in first]
    assert scores == sorted(scores)
    assert [r.id for r in rank_initiatives(db, target, ["water"], 80_000, limit=5)] == [r.id for r in first[:5]]


def test_population_similarity_is_on_a_log_scale():
    assert population_similarity(1055, 1055) == 1.0
    assert population_similarity(None, 1055) == 0.0
    assert population_similarity(10_550, 1055) == pytest.approx(population_similarity(105, 1055), abs=0.04)
    assert population_similarity(10_550, 1055) == pytest.approx(1 - 1 / 2)  # one decade of 2
    assert population_similarity(327_734, 1055) == 0.0  # beyond 100 times
    values = [population_similarity(1055 * 2**k, 1055) for k in range(12)]
    assert values == sorted(values, reverse=True) and values[0] > values[-1]
    coarse = Weights(population_decades=1.0)
    assert population_similarity(10_550, 1055, Weights(population_decades=3.0)) == pytest.approx(1 - 1 / 3)
    assert population_similarity(10_550, 1055, coarse) == 0.0


def test_restricting_to_some_initiatives_and_other_kinds_of_target(shared_db):
    target = find_place(shared_db, "commune", SDS)
    some = [initiative_id(shared_db, "favia"), initiative_id(shared_db, "datalab-normandie")]
    assert slugs(rank_initiatives(shared_db, target, only_ids=some)) == ["datalab-normandie", "favia"]
    assert rank_initiatives(shared_db, target, only_ids=[]) == []
    region = comparable_for(shared_db, "region", "28", limit=3)
    datalab = next(r for r in region if r.slug == "datalab-normandie")
    assert fr(datalab)[0].startswith("Région de taille comparable") and "Même région : Normandie" in fr(datalab)
    epci = comparable_for(shared_db, "epci", "243100633", limit=2)  # Sicoval
    assert epci[0].slug == "sicoval-cafes-ia" and "Même intercommunalité : CA du Sicoval" in fr(epci[0])
    dep = comparable_for(shared_db, "departement", "26", limit=1)
    assert dep[0].slug == "drome-assistant-virtuel"


def test_unknown_collectivite(shared_db):
    with pytest.raises(NotFoundError, match="Aucune commune n'a le code INSEE « 12 »"):
        comparable_for(shared_db, "commune", "12")


def test_weights_are_explained_in_plain_french():
    lines = reasons_fr(explain_weights())
    assert lines[0].startswith("Taille du porteur : jusqu'à 40 points")
    assert "Répond à l'un de vos besoins : 25 points" in lines
    custom = reasons_fr(explain_weights(Weights(need=12.5)))
    assert "Répond à l'un de vos besoins : 12,5 points" in custom


def test_a_village_sees_villages_first_and_a_big_city_only_to_look_at(db):
    """For a village of 1 055 inhabitants, the 327 734-inhabitant city's working project is "further"."""
    target = find_place(db, "commune", SDS)
    village = add_initiative(db, "village-pilote", commune="09042", status="pilot")  # 965 hab., another région
    small_town = add_initiative(db, "bourg-idee", commune="44064", status="idea")  # 5 203 hab.
    ranked = comparable_projects(db, target, limit=None).ranked
    order = [r.id for r in ranked]
    nantes = next(r for r in ranked if r.slug == "nantes-gaspillage-alimentaire-scolaire")
    assert nantes.lead_population == 327734 and nantes.closeness == "further"
    assert nantes.parts.population == 0 and nantes.parts.kind == 0  # "a commune" earns nothing at 300 times
    assert order.index(village) < order.index(small_town) < order.index(nantes.id)
    assert ranked[0].id == village and ranked[0].closeness == "very_close"
    assert "Commune de taille comparable" in fr(ranked[0])[0]
    # the région's project that covers the village comes before the city's, and is "close"
    datalab = next(r for r in ranked if r.slug == "datalab-normandie")
    assert datalab.closeness == "close" and order.index(datalab.id) < order.index(nantes.id)
    # no big city among the closest: every "very close" or "close" project is led nearby or alike
    for entry in ranked:
        if entry.closeness != "further" and entry.lead_population:
            assert entry.parts.reach or entry.lead_population < 100 * target.population


def test_closeness_words_follow_the_score():
    assert closeness(WEIGHTS.very_close) == "very_close"
    assert closeness(WEIGHTS.very_close - 0.1) == "close"
    assert closeness(WEIGHTS.close) == "close"
    assert closeness(WEIGHTS.close - 0.1) == "further"
    assert closeness(30, Weights(close=40)) == "further"


def test_own_projects_are_listed_apart_and_never_ranked(db):
    target = find_place(db, "commune", SDS)
    mine = initiative_id(db, "saint-denis-sur-sarthon-securisation-juridique")
    declared = add_initiative(db, "projet-declare", commune="09042")  # as if declared in "Mes projets"
    result = comparable_projects(db, target, limit=None, local_ids={declared})
    assert {r.id for r in result.own} == {mine, declared}
    assert all(r.own for r in result.own)
    ranked_ids = [r.id for r in result.ranked]
    assert mine not in ranked_ids and declared not in ranked_ids
    assert not any(r.own for r in result.ranked)
    assert len(result.ranked) + 2 == len(rank_initiatives(db, target, limit=None))
    # the plain ranking still marks the commune's own project
    assert next(r for r in rank_initiatives(db, target, limit=None) if r.id == mine).own
    # the limit counts comparables only
    assert len(comparable_projects(db, target, limit=3, local_ids={declared}).ranked) == 3
    # an intercommunalité's own project is the one it leads
    epci = find_place(db, "epci", "243100633")  # Sicoval
    own = comparable_projects(db, epci, limit=5).own
    assert [r.slug for r in own] == ["sicoval-cafes-ia"]
