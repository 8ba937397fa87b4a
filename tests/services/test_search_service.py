"""The search service on a copy of the real seed: matching, ranking, filters, sorting, rows."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from territoria.services.search import (
    SORT_KEYS,
    SearchRequest,
    all_ids,
    fetch_rows,
    related_initiatives,
    search,
)
from territoria.store.models import Initiative, InitiativeTheme


def slug_ids(db) -> dict[str, int]:
    with db.session() as session:
        return dict(session.execute(select(Initiative.slug, Initiative.id)).all())


def slugs_found(db, query: str, **kwargs) -> list[str]:
    by_id = {v: k for k, v in slug_ids(db).items()}
    return [by_id[i] for i in search(db, SearchRequest(query, **kwargs)).ids]


def test_accents_case_apostrophes_plural_and_beginnings(shared_db):
    for query in ("fuite eau", "FUITES D'EAU", "fuités", "detection toulouse", "Détéction fuit"):
        assert slugs_found(shared_db, query) == ["toulouse-detection-fuites-eau"], query
    # "numeri" reaches the records that say "numérique" (and "numériques")
    numerique = slugs_found(shared_db, "numeri")
    assert numerique and set(numerique) == set(slugs_found(shared_db, "NUMÉRIQUES"))
    assert slugs_found(shared_db, "st denis sarthon") == ["saint-denis-sur-sarthon-securisation-juridique"]
    assert slugs_found(shared_db, "saint-denis-sur-sarthon") == ["saint-denis-sur-sarthon-securisation-juridique"]
    assert slugs_found(shared_db, "oeuvre") == ["toulouse-detection-fuites-eau"]  # the text says "œuvre"


def test_words_and_together(shared_db):
    cyber = set(slugs_found(shared_db, "cyber"))
    bretagne = set(slugs_found(shared_db, "bretagne"))
    assert set(slugs_found(shared_db, "cyber bretagne")) == cyber & bretagne == {"campus-cyber-bretagne"}


def test_phrase_and_exclusion(shared_db):
    assert set(slugs_found(shared_db, '"campus cyber"')) == {
        "campus-cyber-bretagne", "campus-cyber-ile-de-france", "campus-cyber-hauts-de-france",
        "campus-cyber-nouvelle-aquitaine"}
    assert slugs_found(shared_db, '"cyber campus"') == []
    assert "campus-cyber-bretagne" not in slugs_found(shared_db, "campus -bretagne")
    # exclusion alone keeps everything else
    everything = set(slug_ids(shared_db))
    assert set(slugs_found(shared_db, "-cyber")) == everything - set(slugs_found(shared_db, "cyber"))


def test_title_matches_rank_first(shared_db):
    rows = fetch_rows(shared_db, search(shared_db, SearchRequest("région")).ids)
    in_title = [("région" in row.title.lower() or "régions" in row.title.lower()) for row in rows]
    assert in_title[0] and sum(in_title) >= 2
    assert in_title == sorted(in_title, reverse=True), [r.title for r in rows]


@pytest.mark.parametrize("typed", ['"', "(", ")", "AND", "OR NOT", "NEAR(a b)", "*", ":", "^", "title:eau",
                                   "😀", "\x00", "a" * 10_000, "-", '"-"', "x" * 200 + " " + "é" * 5000])
def test_hostile_input_never_raises(shared_db, typed):
    result = search(shared_db, SearchRequest(typed, limit=5))
    assert result.total >= len(result.ids)


def test_filters_or_within_and_across(shared_db):
    occitanie = set(slugs_found(shared_db, "", filters={"region": ["76"]}))
    bretagne = set(slugs_found(shared_db, "", filters={"region": ["53"]}))
    both = set(slugs_found(shared_db, "", filters={"region": ["76", "53"]}))
    assert occitanie and bretagne and both == occitanie | bretagne
    pilots = set(slugs_found(shared_db, "", filters={"status": ["pilot"]}))
    assert set(slugs_found(shared_db, "", filters={"region": ["76", "53"], "status": ["pilot"]})) == both & pilots
    assert slugs_found(shared_db, "", filters={"money": ["yes"]}) == ["favia"]
    national = set(slugs_found(shared_db, "", filters={"region": ["none"]}))
    assert "assises-ia-cyber-regions-de-france" in national
    small = slugs_found(shared_db, "", filters={"population": ["p500"]})
    assert small == ["saint-denis-sur-sarthon-securisation-juridique"]  # 1 055 inhabitants
    assert slugs_found(shared_db, "", filters={"theme": ["water"]}) == ["toulouse-detection-fuites-eau"]
    # unknown facets are ignored, unknown values match nothing
    assert len(slugs_found(shared_db, "", filters={"nope": ["x"]})) == len(slug_ids(shared_db))
    assert slugs_found(shared_db, "", filters={"region": ["zz"]}) == []


def test_every_sort_is_complete_stable_and_reversible(shared_db):
    every = sorted(slug_ids(shared_db).values())
    for key in (*SORT_KEYS, "relevance"):
        ascending = search(shared_db, SearchRequest("", sort=key)).ids
        descending = search(shared_db, SearchRequest("", sort=key, descending=True)).ids
        assert sorted(ascending) == every and sorted(descending) == every, key
        pages = [search(shared_db, SearchRequest("", sort=key, offset=k, limit=4)).ids for k in range(0, 20, 4)]
        assert [i for page in pages for i in page] == list(ascending), key


def test_sort_orders_follow_french_text_and_numbers(shared_db):
    rows = fetch_rows(shared_db, search(shared_db, SearchRequest("", sort="population")).ids)
    populations = [r.population for r in rows if r.population is not None]
    assert populations == sorted(populations) and rows[-1].population is None  # unknown last
    rows = fetch_rows(shared_db, search(shared_db, SearchRequest("", sort="region")).ids)
    regions = [r.region for r in rows if r.region]
    assert regions.index("Île-de-France") < regions.index("Normandie")  # Î sorts as I
    titles = [r.title for r in fetch_rows(shared_db, search(shared_db, SearchRequest("", sort="title")).ids)]
    assert titles[0].startswith("Anaouder") and titles[-1].startswith("Six")


def test_paging_and_total(shared_db):
    everything = search(shared_db, SearchRequest("région"))
    page = search(shared_db, SearchRequest("région", offset=2, limit=3))
    assert page.total == everything.total and page.ids == everything.ids[2:5]
    assert all_ids(shared_db, SearchRequest("région", offset=2, limit=3)) == list(everything.ids)
    filtered = search(shared_db, SearchRequest("région", filters={"region": ["76"]}, limit=1))
    assert filtered.total == len(search(shared_db, SearchRequest("région", filters={"region": ["76"]})).ids)


def test_fetch_rows_in_the_given_order_with_places(shared_db):
    ids = slug_ids(shared_db)
    wanted = [ids["toulouse-detection-fuites-eau"], 999_999, ids["saint-denis-sur-sarthon-securisation-juridique"]]
    toulouse, sarthon = fetch_rows(shared_db, wanted)
    assert (toulouse.commune_insee, toulouse.departement_code, toulouse.region) == ("31555", "31", "Occitanie")
    assert toulouse.organisation == "Toulouse Métropole" and toulouse.themes == ("Eau",)
    assert sarthon.population == 1055 and sarthon.place == "Saint-Denis-sur-Sarthon"
    favia = fetch_rows(shared_db, [ids["favia"]])[0]
    assert favia.budget_eur is None and favia.funding_eur == 3_600_000 and favia.money_eur == 3_600_000


def test_related_by_programme_lead_and_place(shared_db):
    ids = slug_ids(shared_db)
    related = related_initiatives(shared_db, ids["occitanie-ia-emploi-formation"])
    reasons = {r.id: r.reason for r in related}
    assert reasons[ids["occitanie-consultation-citoyenne-ia"]] == "Même porteur"
    assert ids["toulouse-detection-fuites-eau"] in reasons  # same région
    assert ids["occitanie-ia-emploi-formation"] not in reasons
    toulouse = related_initiatives(shared_db, ids["toulouse-detection-fuites-eau"])
    assert [r.reason for r in toulouse if r.id == ids["sicoval-cafes-ia"]] == ["Même département"]
    assert related_initiatives(shared_db, 999_999) == []


def test_index_follows_inserts_updates_and_deletes(db):
    ids = slug_ids(db)
    with db.session() as session:
        session.execute(update(Initiative).where(Initiative.id == ids["favia"]).values(title="Ostréiculture augmentée"))
    assert slugs_found(db, "ostreiculture") == ["favia"]
    with db.session() as session:
        session.add(InitiativeTheme(initiative_id=ids["favia"], theme="water"))
    assert "favia" in slugs_found(db, "eau")  # the theme label is indexed
    with db.session() as session:
        session.delete(session.get(Initiative, ids["favia"]))
    assert slugs_found(db, "ostreiculture") == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=120), sort=st.sampled_from((*SORT_KEYS, "relevance", "nonsense")),
       descending=st.booleans(), region=st.lists(st.sampled_from(["76", "53", "11", "none", "x'; --"]), max_size=2))
def test_property_any_query_is_safe_and_consistent(shared_db, query, sort, descending, region):
    filters = {"region": region} if region else {}
    everything = search(shared_db, SearchRequest(query, filters, sort, descending))
    page = search(shared_db, SearchRequest(query, filters, sort, descending, offset=1, limit=3))
    assert everything.total == len(everything.ids) == len(set(everything.ids)) == page.total
    assert page.ids == everything.ids[1:4]
    assert {row.id for row in fetch_rows(shared_db, everything.ids)} == set(everything.ids)
