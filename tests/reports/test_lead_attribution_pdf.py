"""The one-pager and the dossier say when the source does not name a project's lead."""

from __future__ import annotations

from pdf_tools import page_texts, squash
from truth_helpers import record_id

from territoria.reports.exports import export_dossier_pdf, initiative_pdf_bytes

INFERRED = "Porteur non précisé par la source ; probablement la Métropole de Lyon, compétente pour l'APA"


def test_one_pager_of_an_inferred_lead(shared_db):
    page = squash(" ".join(page_texts(initiative_pdf_bytes(
        shared_db, record_id(shared_db, "initiatives", "lyon-beneficiaires-apa")))))
    assert squash(INFERRED) in page
    assert squash("Lyon (69)") in page and squash("519 127 hab.") in page  # the commune's own population, not the Métropole's


def test_one_pager_of_an_unknown_lead_and_of_a_stated_one(shared_db):
    drome = squash(" ".join(page_texts(initiative_pdf_bytes(
        shared_db, record_id(shared_db, "initiatives", "drome-assistant-virtuel")))))
    assert squash("Porteur non précisé par la source") in drome and "probablement" not in drome
    assert squash("Drôme (26)") in drome
    sicoval = squash(" ".join(page_texts(initiative_pdf_bytes(
        shared_db, record_id(shared_db, "initiatives", "sicoval-cafes-ia")))))
    assert squash("non précisé par la source") not in sicoval


def test_dossier_lists_the_inferred_lead(shared_db, tmp_path):
    path = tmp_path / "lyon.pdf"
    export_dossier_pdf(shared_db, "commune", "69123", path)
    text = squash(" ".join(page_texts(path)))
    assert squash(INFERRED) in text


def test_csv_says_how_the_lead_is_known(shared_db):
    import csv
    import io

    from territoria.reports.csv_export import COLUMNS, write_csv
    from territoria.services.records import get_initiatives

    ids = [record_id(shared_db, "initiatives", slug) for slug in
           ("lyon-beneficiaires-apa", "drome-assistant-virtuel", "sicoval-cafes-ia")]
    out = io.BytesIO()
    write_csv(get_initiatives(shared_db, ids), out)
    rows = list(csv.reader(io.StringIO(out.getvalue().decode("utf-8-sig")), delimiter=";"))[1:]
    column = COLUMNS.index("Porteur selon la source")
    assert rows[0][column] == INFERRED and rows[0][COLUMNS.index("Porteur")] == "Métropole de Lyon"
    assert rows[1][column] == "Porteur non précisé par la source" and rows[1][COLUMNS.index("Porteur")] == ""
    assert rows[2][column] == "indiqué par la source"
