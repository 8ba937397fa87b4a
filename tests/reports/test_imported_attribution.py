"""An imported record shows its catalogue's credit line and licence, and its original language."""

from __future__ import annotations

from pdf_tools import page_texts, squash

from territoria.reports.exports import initiative_pdf_bytes
from territoria.services.attributions import imported_credits
from territoria.services.records import get_initiative
from territoria.store.derived import apply_derived
from territoria.store.models import Initiative, Organisation, Source

CREDIT = "European Commission, JRC — Public Sector Tech Watch, doi:10.2905/JRC.J1MWC9R"


def add_imported(db) -> int:
    """A PSTW case as an import writes it (English title, CC BY source with its credit line)."""
    with db.session() as session:
        lead = Organisation(slug="pstw-test-lead", name="City of Bordeaux", kind="commune", commune_insee="33063")
        source = Source(slug="pstw-test-dataset", title="Public Sector Tech Watch — latest dataset",
                        publisher="European Commission, JRC — Public Sector Tech Watch",
                        url="https://doi.org/10.2905/JRC.J1MWC9R", url_is_article=False, licence="CC-BY-4.0",
                        attribution=CREDIT)
        initiative = Initiative(slug="pstw-test", title="Waste sorting assistant", summary="A chatbot.",
                                lead=lead, status="pilot", sources=[source], language="en",
                                external_id="pstw:PSTW-9999")
        session.add_all([lead, source, initiative])
        session.flush()
        apply_derived(session, initiative)
        return initiative.id


def test_detail_pdf_and_credits_of_an_imported_record(db):
    ident = add_imported(db)
    detail = get_initiative(db, ident)
    assert (detail.language, detail.external_id) == ("en", "pstw:PSTW-9999")
    assert detail.sources[0].licence == "CC-BY-4.0" and detail.sources[0].attribution == CREDIT
    page = squash(page_texts(initiative_pdf_bytes(db, ident))[0])
    assert squash("texte original en anglais") in page
    assert squash(f"crédit : {CREDIT}, licence CC-BY-4.0") in page
    credits = imported_credits(db)
    assert [(c.attribution, c.licence) for c in credits] == [(CREDIT, "CC-BY-4.0")]


def test_a_seed_record_says_nothing_of_the_kind(shared_db):
    page = page_texts(initiative_pdf_bytes(shared_db, 2))[0]
    assert "texte original" not in page and "crédit" not in page
    assert imported_credits(shared_db) == ()
