"""An imported record shows its catalogue's credit line and licence, and its original language."""

from __future__ import annotations

from imported_records import CREDIT, add_imported
from pdf_tools import page_texts, squash

from territoria.reports.exports import initiative_pdf_bytes
from territoria.services.attributions import imported_credits
from territoria.services.records import get_initiative
from territoria.store.models import Organisation, Source


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


def test_scheme_sheet_of_an_imported_aid(db):
    from territoria.reports.exports import report_context
    from territoria.reports.scheme_sheet import scheme_pdf
    from territoria.services.records import get_scheme
    from territoria.store.models import Scheme

    with db.session() as session:
        source = Source(slug="at-test", title="Aides-territoires", publisher="Aides-territoires (MTES-MCT)",
                        url="https://aides-territoires.beta.gouv.fr/", url_is_article=False, licence="etalab-2.0",
                        attribution="Aides-territoires (aides-territoires.beta.gouv.fr), Licence Ouverte 2.0")
        operator = Organisation(slug="bdt-test", name="Banque des Territoires", kind="public_body")
        funder = Organisation(slug="ademe-test", name="ADEME", kind="public_body")
        scheme = Scheme(slug="at-chaleur", name="Investir dans un réseau de chaleur", operator=operator,
                        funders=[funder], call_type="aap", audiences=["commune"], territory_scope="unknown",
                        aid_types=["technical_engineering"], sources=[source], external_id="aides-territoires:x")
        session.add_all([source, operator, funder, scheme])
        session.flush()
        ident = scheme.id
    detail = get_scheme(db, ident)
    assert [f.name for f in detail.funders] == ["ADEME"] and detail.call_type == "aap"
    page = squash(page_texts(scheme_pdf(detail, report_context(db)))[0])
    for expected in ("CofinanceursADEME", "appelàprojets", "Territoirenonprécisé", "licenceetalab-2.0"):
        assert squash(expected) in page
