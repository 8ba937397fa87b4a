"""The one-pager a council acts on: key facts grid, « non communiqué » once, contact, why it matters."""

from __future__ import annotations

from pathlib import Path

from pdf_tools import page_texts, reader, squash
from reports_records import add_initiative, add_longest_initiative

from territoria.reports.context import Branding
from territoria.reports.exports import export_initiative_pdf, initiative_pdf_bytes, report_context, why_comparable
from territoria.reports.initiative_blocks import (
    CONTACT_TITLE,
    COST_TITLE,
    NOT_GIVEN,
    NOTES_TITLE,
    QUESTIONS_TITLE,
    WHY_TITLE,
)
from territoria.reports.one_pager import initiative_pdf
from territoria.services.communes import find_place
from territoria.services.comparable import rank_initiatives
from territoria.services.records import get_initiative

VILLAGE = ("commune", "61382")  # Saint-Denis-sur-Sarthon, 1 055 inhabitants
NANTES_CANTEENS = 5


def _text(pdf: bytes | Path) -> str:
    pages = page_texts(pdf)
    assert len(pages) == 1
    return pages[0]


def test_key_facts_grid_cost_contact_and_sources(shared_db):
    page = _text(initiative_pdf_bytes(shared_db, NANTES_CANTEENS))
    for label in ("Porteur", "Territoire", "Population", "Statut", "Thèmes", COST_TITLE, CONTACT_TITLE,
                  QUESTIONS_TITLE, "Sources", "Source principale"):
        assert label in page, label
    assert squash("327 734 hab.") in squash(page) and "Loire-Atlantique" in page
    assert WHY_TITLE not in page  # not exported from "Ma commune"


def test_non_communique_is_said_once(shared_db):
    detail = get_initiative(shared_db, NANTES_CANTEENS)
    assert detail.budget_eur is None and not detail.funding  # the seed gives neither
    page = _text(initiative_pdf_bytes(shared_db, NANTES_CANTEENS))
    assert page.lower().count("non communiqu") == 1
    line = squash(page).split(squash(NOT_GIVEN))[1]
    assert line.startswith(squash(" : coût, financement"))
    assert "précisée" not in page  # an unknown technique is in that line, not in the grid


def test_why_it_matters_when_exported_from_ma_commune(shared_db):
    place = find_place(shared_db, *VILLAGE)
    expected = rank_initiatives(shared_db, place, limit=1, only_ids=[NANTES_CANTEENS])[0]
    pdf = initiative_pdf_bytes(shared_db, NANTES_CANTEENS, commune=VILLAGE)
    page = squash(_text(pdf))
    assert squash(WHY_TITLE) in page
    assert squash("Saint-Denis-sur-Sarthon (61), selon le classement") in page
    assert expected.reasons
    for reason in expected.reasons:
        assert squash(str(reason)) in page, reason
    words = {"very_close": "Très proche", "close": "Proche", "further": "À regarder"}
    assert squash(words[expected.closeness]) in page


def test_no_why_for_the_communes_own_project(shared_db):
    own = [r.id for r in rank_initiatives(shared_db, find_place(shared_db, *VILLAGE), limit=None) if r.own]
    assert own
    assert why_comparable(shared_db, own[0], VILLAGE) is None
    assert WHY_TITLE not in _text(initiative_pdf_bytes(shared_db, own[0], commune=VILLAGE))
    assert why_comparable(shared_db, NANTES_CANTEENS, ("commune", "00000")) is None


def test_contact_from_the_record_else_the_agency(db):
    ident = add_initiative(db, "Assistant des agents", contact="Mme Martin, mairie, 02 33 00 00 00")
    page = squash(_text(initiative_pdf_bytes(db, ident)))
    assert squash("Mme Martin, mairie, 02 33 00 00 00") in page
    assert squash("Porteur : Saint-Denis-sur-Sarthon") in page

    bare = add_initiative(db, "Sans contact", slug="test-bare")
    agency = Branding("Agence numérique de l'Orne", distributed_by="ANO",
                      contact=("contact@ano.fr", "02 33 11 22 33"))
    branded = squash(_text(initiative_pdf_bytes(db, bare, agency)))
    assert squash("adressez-vous à ANO") in branded and squash("contact@ano.fr") in branded
    plain = squash(_text(initiative_pdf_bytes(db, bare)))
    assert squash("Les sources ne citent pas de contact") in plain and "contact@ano.fr" not in plain


def test_the_maximal_record_with_its_reasons_is_one_page(db, tmp_path):
    ident = add_longest_initiative(db)
    path = export_initiative_pdf(db, ident, tmp_path / "max.pdf", commune=("commune", "44109"))
    page = squash(_text(path))
    assert squash(WHY_TITLE) in page and squash("Nantes (44)") in page
    assert "Porteur" in page and squash(COST_TITLE) in page and squash("12,35 M€") in page
    assert "noncommuniqu" not in page.lower()  # every field of this record is known
    assert squash(NOTES_TITLE) not in page.split("Sources")[-1]  # no notes area on a shortened record
    assert len(reader(path).pages) == 1


def test_a_short_record_gets_a_notes_area(db):
    ident = add_initiative(db, "Court")
    pdf = initiative_pdf(get_initiative(db, ident), report_context(db))
    assert _text(pdf).rstrip().splitlines()[-2] == NOTES_TITLE  # last line before the footer


def test_the_qr_code_of_the_main_source_is_a_link_too(shared_db):
    from territoria.reports.fields import main_source_url

    detail = get_initiative(shared_db, NANTES_CANTEENS)
    doc = reader(initiative_pdf_bytes(shared_db, NANTES_CANTEENS))
    uris = [str(ref.get_object()["/A"]["/URI"]) for ref in doc.pages[0].get("/Annots") or []
            if "/A" in ref.get_object()]
    assert uris.count(main_source_url(detail.sources)) == 2  # the printed URL and the code


def test_the_scheme_sheet_says_once_what_the_sources_leave_out(shared_db):
    from territoria.reports.scheme_sheet import scheme_pdf
    from territoria.services.records import list_schemes

    bare = next(s for s in list_schemes(shared_db) if not s.audiences and not s.aid_types)
    page = _text(scheme_pdf(bare, report_context(shared_db)))
    assert "non précis" not in page and "Bénéficiaires" not in page
    assert page.count(NOT_GIVEN) == 1
    assert squash(f"{NOT_GIVEN} : bénéficiaires, type d'aide") in squash(page)


def test_no_why_for_a_project_of_mes_projets(db):
    from territoria.services.local_projects import ProjectFields, add_project
    from territoria.services.profile import save_choice

    save_choice(db, *VILLAGE, [], None)
    ident = add_project(db, ProjectFields(title="Projet de la mairie", status="idea"))
    assert why_comparable(db, ident, ("commune", "44109")) is None  # whichever collectivité is asked
    assert WHY_TITLE not in _text(initiative_pdf_bytes(db, ident, commune=("commune", "44109")))
