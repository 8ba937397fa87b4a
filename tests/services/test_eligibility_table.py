"""Support schemes judged for a collectivité: eligible, to relay, outside the territory, closed."""

from __future__ import annotations

from datetime import date

import pytest
from commune_synthetic import add_funding, add_initiative, add_scheme
from hypothesis import given
from hypothesis import strategies as st

from territoria.domain.messages_fr import reason_fr, reasons_fr
from territoria.domain.vocab import AUDIENCES
from territoria.errors import NotFoundError
from territoria.services.communes import find_place
from territoria.services.eligibility import BUSINESS_AUDIENCES, REASON_CODES, VERDICTS, judge, scheme_verdicts, schemes_for
from territoria.services.records import SchemeDetail, list_schemes

TODAY = date(2026, 11, 22)
MARSEILLE, NANTES, MONTREUIL, VERSAILLES, SDS = "13055", "44109", "93048", "78646", "61382"
MGP_SCHEMES = ("appropriation-metropolitaine-accompagnement", "mgp-financement-projets-locaux")


def table(db, insee: str, today: date = TODAY) -> dict[str, tuple[str, str]]:
    return {v.slug: (v.verdict, reason_fr(v.reason)) for v in schemes_for(db, "commune", insee, today)}


@pytest.fixture(scope="module")
def sud_ia(shared_db) -> list[str]:
    return [s.slug for s in list_schemes(shared_db) if s.programme_name == "Plan SUD IA 2024-2028"]


def test_commune_inside_region_sud(shared_db, sud_ia):
    verdicts = table(shared_db, MARSEILLE)
    assert len(sud_ia) == 13
    assert {verdicts[slug][0] for slug in sud_ia} == {"eligible", "relay_to_businesses"}
    assert verdicts["sud-ia-accompagnement-collectivites"] == (
        "eligible", "Ouvert aux collectivités (Provence-Alpes-Côte d'Azur), dont votre commune")
    assert verdicts["sud-ia-formation"][0] == "eligible"  # elected members are among its audiences
    assert verdicts["sud-ia-formation"][1].startswith("Ouvert aux élus")
    assert verdicts["sud-ia-guichet-unique"] == (
        "relay_to_businesses", "Réservé aux entreprises (start-up) : votre commune ne peut pas en bénéficier "
        "elle-même, mais peut le faire connaître aux entreprises de son territoire")
    assert verdicts["sud-ia-evenements-grand-public"][1].startswith("Destiné aux habitants")
    assert "ne disent pas qui peut en bénéficier" in verdicts["sud-ia-conseil-strategique"][1]
    assert verdicts["diva"] == ("outside_territory",
                                "Réservé au territoire : Pays de la Loire (votre région : Provence-Alpes-Côte d'Azur)")


def test_commune_outside_region_sud(shared_db, sud_ia):
    verdicts = table(shared_db, SDS)
    for slug in sud_ia:
        assert verdicts[slug] == ("outside_territory",
                                  "Réservé au territoire : Provence-Alpes-Côte d'Azur (votre région : Normandie)")
    assert not [slug for slug, (verdict, _) in verdicts.items() if verdict == "eligible"]
    # DIVA serves the TPE/PME of Pays de la Loire: Nantes relays it, it is never "eligible"
    assert table(shared_db, NANTES)["diva"][0] == "relay_to_businesses"


def test_metropole_du_grand_paris_member_and_non_member(shared_db):
    member = table(shared_db, MONTREUIL)
    assert member["appropriation-metropolitaine-accompagnement"] == (
        "eligible", "Ouvert aux communes membres (Métropole du Grand Paris), dont votre commune")
    # "finance les projets locaux à hauteur de 200 000 euros": the article names no beneficiary
    assert member["mgp-financement-projets-locaux"][0] == "relay_to_businesses"
    assert member["mgp-financement-projets-locaux"][1].startswith("Les sources ne disent pas qui peut en bénéficier")
    outsider = table(shared_db, VERSAILLES)  # Île-de-France, but not a member
    for slug in MGP_SCHEMES:
        assert outsider[slug] == ("outside_territory",
                                  "Réservé au territoire : Métropole du Grand Paris ; votre commune n'en est pas membre")
    # a total envelope or a cap per project? The article does not say: no amount field, the summary says so
    by_slug = {v.slug: v for v in schemes_for(shared_db, "commune", MONTREUIL, TODAY)}
    assert by_slug["mgp-financement-projets-locaux"].amount == ""
    assert "enveloppe globale ou d'un plafond par projet" in by_slug["mgp-financement-projets-locaux"].summary


def test_osez_ia_business_measures_are_never_eligible_for_a_commune(shared_db):
    schemes = {s.slug: s for s in list_schemes(shared_db)}
    for insee in (MARSEILLE, NANTES, MONTREUIL, VERSAILLES, SDS, "69123"):
        for verdict in schemes_for(shared_db, "commune", insee, TODAY):
            audiences = set(schemes[verdict.slug].audiences)
            if audiences and audiences <= BUSINESS_AUDIENCES:
                assert verdict.verdict != "eligible", (insee, verdict.slug)
    osez = [v for v in schemes_for(shared_db, "commune", SDS, TODAY) if v.programme == "Plan national «\u00a0Osez l'IA\u00a0»"]
    assert len(osez) == 11 and {v.verdict for v in osez} == {"relay_to_businesses", "not_yet_open"}
    # the Académie de l'IA is announced "dès fin 2025": not yet open until a source says it is
    assert [v.slug for v in osez if v.verdict == "not_yet_open"] == ["osez-ia-academie"]


def _scheme(audiences, scope="national", code=None, closes=None, opens=None, recurrence=None) -> SchemeDetail:
    return SchemeDetail(
        id=1, slug="s", name="S", programme_id=None, programme_name=None, operator=None, summary="",
        audiences=tuple(audiences), territory_scope=scope, territory_code=code, territory_name=code,
        aid_types=(), amount_min_eur=None, amount_max_eur=None, rate_max_percent=None, budget_eur=None,
        opens=opens, closes=closes, recurrence=recurrence, url=None, sources=())


@given(st.sets(st.sampled_from(sorted(AUDIENCES)), min_size=1), st.sampled_from(["commune", "epci", "departement", "region"]))
def test_business_only_audiences_are_never_eligible(audiences, kind):
    from territoria.services.communes import Place

    place = Place(kind, "X", "X", "X", 100)
    verdict, reason = judge(_scheme(audiences), place, True, TODAY)
    assert verdict in VERDICTS and reason.code in REASON_CODES and reason_fr(reason)
    if audiences <= BUSINESS_AUDIENCES:
        assert verdict == "relay_to_businesses" and reason.code == "businesses_only"
        assert reason_fr(reason).startswith("Réservé aux entreprises")
    if verdict == "eligible":
        assert audiences & {kind, "collectivite", "elected", "public_agent"}


def test_closed_and_upcoming_calls(db):
    add_scheme(db, "aap-clos", audiences=["commune"], territory_scope="national", closes="2024-06-30",
               recurrence="yearly")
    add_scheme(db, "aap-a-venir", audiences=["collectivite"], territory_scope="national", opens="2027-01-15",
               closes="2027-03-31")
    now = table(db, SDS, TODAY)
    assert now["aap-clos"] == ("closed", "Appel clos depuis le 30 juin 2024 ; il revient chaque année : "
                                         "surveillez la prochaine édition")
    assert now["aap-a-venir"] == ("not_yet_open", "Ouverture prévue le 15 janvier 2027")
    earlier = table(db, SDS, date(2024, 1, 1))
    assert earlier["aap-clos"] == ("eligible", "Ouvert aux communes, dont votre commune ; candidatures jusqu'au 30 juin 2024")
    # a closed call of another région stays "outside your territory"
    add_scheme(db, "aap-clos-sud", audiences=["commune"], territory_scope="region", territory_code="93", closes="2020-01-01")
    assert table(db, SDS)["aap-clos-sud"][0] == "outside_territory"
    assert table(db, MARSEILLE)["aap-clos-sud"][0] == "closed"
    order = [v.verdict for v in schemes_for(db, "commune", MARSEILLE, TODAY)]
    assert order == sorted(order, key=list(VERDICTS).index)


def test_eligible_schemes_list_the_projects_they_funded(db):
    funded = add_initiative(db, "bagnolet-assistant", commune="93006", status="pilot")  # member of the MGP
    add_funding(db, funded, "appropriation-metropolitaine-accompagnement", 150_000)
    add_funding(db, funded, "osez-ia-soutien-financier", 10_000)
    verdicts = {v.slug: v for v in schemes_for(db, "commune", MONTREUIL, TODAY)}
    projects = verdicts["appropriation-metropolitaine-accompagnement"].funded
    assert [p.id for p in projects] == [funded]
    assert "Même intercommunalité : Métropole du Grand Paris" in reasons_fr(projects[0].reasons)
    assert verdicts["mgp-financement-projets-locaux"].funded == ()
    assert verdicts["osez-ia-soutien-financier"].funded == ()  # only eligible schemes list them


def test_other_kinds_of_collectivite(shared_db):
    epci = {v.slug: v for v in schemes_for(shared_db, "epci", "200054781", TODAY)}
    assert epci["appropriation-metropolitaine-accompagnement"].verdict == "relay_to_businesses"
    assert reason_fr(epci["appropriation-metropolitaine-accompagnement"].reason).startswith("Destiné aux communes")
    region = {v.slug: v for v in schemes_for(shared_db, "region", "93", TODAY)}
    assert region["sud-ia-accompagnement-collectivites"].verdict == "eligible"
    assert region["diva"].verdict == "outside_territory"
    dep = {v.slug: v for v in schemes_for(shared_db, "departement", "13", TODAY)}
    assert dep["sud-ia-accompagnement-collectivites"].verdict == "eligible"
    assert reason_fr(dep["osez-ia-prets-garantis"].reason).startswith("Réservé aux entreprises (TPE, PME, ETI) : votre département "
                                                           "ne peut pas en bénéficier lui-même")
    assert dep["mgp-financement-projets-locaux"].verdict == "outside_territory"


def test_today_defaults_to_the_current_date(shared_db):
    place = find_place(shared_db, "commune", SDS)
    assert [v.verdict for v in scheme_verdicts(shared_db, place)] == [
        v.verdict for v in scheme_verdicts(shared_db, place, date.today())]


def test_unknown_commune(shared_db):
    with pytest.raises(NotFoundError, match="Aucune commune n'a le code INSEE « 00000 »"):
        schemes_for(shared_db, "commune", "00000")
