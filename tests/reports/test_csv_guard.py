"""Every CSV cell goes through the formula guard; only http/https/mailto links reach a document."""

from __future__ import annotations

import csv
import io
import sqlite3

from pdf_tools import page_texts

from territoria.reports.csv_export import COLUMNS, cell
from territoria.reports.exports import export_csv, export_initiative_pdf, export_scheme_pdf
from territoria.services.records import get_initiative, get_scheme

HOSTILE = ("=1+1", "@SUM(A1)", '=HYPERLINK("javascript:alert(1)")', "+33 1 23", "-2+3", "\tx", "＝1+1")


def _rows(path):
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))


def _damage(db, sql: str, *params) -> None:
    with sqlite3.connect(db.path) as connection:
        connection.execute(sql, params)


def test_cell_neutralises_every_formula_start():
    for value in HOSTILE:
        assert cell(value).startswith("'"), value
    assert cell("Nantes") == "Nantes" and cell(None) == "" and cell(12) == "12"


def test_dates_and_main_source_url_columns_are_guarded(db, tmp_path):
    ident = db.engine.connect().exec_driver_sql("SELECT min(id) FROM initiatives").scalar()
    _damage(db, "UPDATE initiatives SET start_date = ?, end_date = ?, last_checked = ?, title = ? WHERE id = ?",
            "=1+1", "@SUM(A1)", '=HYPERLINK("javascript:alert(1)")', "=cmd|' /C calc'!A0", ident)
    _damage(db, "UPDATE sources SET url = ? WHERE id IN (SELECT source_id FROM initiative_sources WHERE record_id = ?)",
            '=HYPERLINK("javascript:alert(1)")', ident)
    target = tmp_path / "liste.csv"
    export_csv(db, [ident], target)
    header, row = _rows(target)
    assert header == list(COLUMNS)
    for name, value in zip(header, row):
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (name, value)
    # damaged dates read as unknown: empty, never the raw formula
    assert row[COLUMNS.index("Début")] == "" and row[COLUMNS.index("Vérifié le")] == ""
    assert row[COLUMNS.index("URL de la source principale")] == ""
    assert not any("javascript" in value for value in row)
    assert row[COLUMNS.index("Titre")] == "'=cmd|' /C calc'!A0"


def test_a_javascript_source_url_is_never_linked(db, tmp_path):
    ident = db.engine.connect().exec_driver_sql("SELECT min(id) FROM initiatives").scalar()
    _damage(db, "UPDATE sources SET url = 'javascript:alert(1)'")
    detail = get_initiative(db, ident)
    assert detail.sources and all(source.url == "" for source in detail.sources)
    target = export_initiative_pdf(db, ident, tmp_path / "fiche.pdf")
    assert b"javascript" not in target.read_bytes()  # no link annotation
    assert not any("javascript" in text for text in page_texts(target))


def test_scheme_url_outside_http_is_dropped(db, tmp_path):
    ident = db.engine.connect().exec_driver_sql("SELECT min(id) FROM schemes").scalar()
    _damage(db, "UPDATE schemes SET url = 'file:///etc/passwd' WHERE id = ?", ident)
    assert get_scheme(db, ident).url is None
    target = export_scheme_pdf(db, ident, tmp_path / "dispositif.pdf")
    assert b"file:///" not in target.read_bytes()
    assert not any("passwd" in text for text in page_texts(target))
