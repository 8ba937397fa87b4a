"""The profile card and the remembered choice (collectivité, needs, budget ceiling)."""

from __future__ import annotations

import pytest

from territoria.errors import NotFoundError
from territoria.services.profile import (
    InvalidChoiceError,
    SavedChoice,
    clear_choice,
    load_choice,
    profile_for,
    save_choice,
)


def test_card_of_a_village(shared_db):
    card = profile_for(shared_db, "commune", "61382")
    assert (card.place.name, card.kind_label, card.population) == ("Saint-Denis-sur-Sarthon", "Commune", 1055)
    assert (card.epci_name, card.epci_kind_label, card.epci_members) == ("CU d'Alençon", "Communauté urbaine", 31)
    assert (card.departement, card.departement_code, card.region) == ("Orne", "61", "Normandie")
    assert card.plans == ()  # no regional AI plan is known for Normandie


def test_card_lists_the_regional_plan_with_every_budget_figure(shared_db):
    card = profile_for(shared_db, "commune", "31555")  # Toulouse, Occitanie
    [plan] = card.plans
    assert plan.name == "Plan «\u00a0IA Occitanie\u00a0»" and plan.kind_label == "Plan régional"
    assert plan.budget == "60\u00a0M€ (autre chiffre cité : près de 50\u00a0M€)"
    marseille = profile_for(shared_db, "commune", "13055")
    assert [(p.name, p.years, p.budget) for p in marseille.plans] == [("Plan SUD IA 2024-2028", "2024-2028", "70\u00a0M€")]


def test_card_of_a_metropole_member_shows_the_metropole_programme(shared_db):
    card = profile_for(shared_db, "commune", "93048")  # Montreuil
    assert card.epci_name == "Métropole du Grand Paris" and card.epci_members == 130
    names = [p.name for p in card.plans]
    assert "ApproprIAtion Métropolitaine" in names and "Plan IA de la Région Île-de-France (2018)" in names


def test_cards_of_an_epci_a_departement_and_a_region(shared_db):
    epci = profile_for(shared_db, "epci", "200054781")
    assert (epci.kind_label, epci.communes, epci.region) == ("Métropole", 130, "Île-de-France")
    dep = profile_for(shared_db, "departement", "61")
    assert (dep.kind_label, dep.communes, dep.region) == ("Département", 381, "Normandie")
    region = profile_for(shared_db, "region", "93")
    assert region.communes == 946 and region.plans[0].name == "Plan SUD IA 2024-2028"


def test_unknown_collectivite_is_a_french_error(shared_db):
    with pytest.raises(NotFoundError, match="Aucune commune n'a le code INSEE « 99999 »"):
        profile_for(shared_db, "commune", "99999")


def test_choice_is_remembered_and_replaced(db):
    assert load_choice(db) is None
    saved = save_choice(db, "commune", "61382", ["legal", "administration"], 50000)
    assert saved == SavedChoice("commune", "61382", ("legal", "administration"), 50000.0)
    assert load_choice(db) == saved
    save_choice(db, "epci", "200054781")
    assert load_choice(db) == SavedChoice("epci", "200054781", (), None)
    with db.session() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM user_profile").scalar() == 1
    clear_choice(db)
    assert load_choice(db) is None


@pytest.mark.parametrize(("args", "message"), [
    (("commune", "99999"), "Aucune commune n'a le code INSEE"),
    (("commune", "61382", ["flying"]), "Besoin inconnu : « flying »"),
    (("commune", "61382", [], -5), "montant positif"),
    (("commune", "61382", [], float("nan")), "montant positif"),
])
def test_bad_choices_change_nothing(db, args, message):
    before = save_choice(db, "commune", "61382", ["legal"], 1000)
    with pytest.raises(InvalidChoiceError, match=message) as raised:
        save_choice(db, *args)
    assert "n'a pas été enregistré" in raised.value.message
    assert load_choice(db) == before
