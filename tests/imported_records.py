"""An imported record as an importer writes it, for the tests of credits and licences."""

from __future__ import annotations

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
