"""CSV export read back, catalogue PDF, suggested file names."""

from __future__ import annotations

import csv
import io

import pytest
from pdf_tools import embedded_fonts, link_targets, outline_titles, page_texts, reader, squash
from reports_records import add_initiative, add_longest_initiative

from territoria.reports.csv_export import COLUMNS, decimal_comma
from territoria.reports.exports import export_catalogue_pdf, export_csv, export_initiative_pdf, export_scheme_pdf
from territoria.services.file_names import initiative_filename, safe_filename, scheme_filename, search_filename
from territoria.services.progress import Cancelled
from territoria.services.records import get_initiative, get_initiatives, get_scheme


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel opens it as UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_csv_rows_follow_the_given_order(shared_db, tmp_path):
    order = [5, 2, 19, 1, 3]
    target = tmp_path / "liste.csv"
    export_csv(shared_db, order, target)
    rows = read_csv(target)
    assert rows[0] == list(COLUMNS)
    assert [int(r[0]) for r in rows[1:]] == order
    details = get_initiatives(shared_db, order)
    assert [r[1] for r in rows[1:]] == [d.title for d in details]
    nantes = rows[1]
    assert nantes[COLUMNS.index("Commune")] == "Nantes" and nantes[COLUMNS.index("Code INSEE")] == "44109"
    assert nantes[COLUMNS.index("Population")].isdigit()
    assert b"\r\n" in target.read_bytes()


def test_csv_french_numbers_multiline_text_and_formulas(db, tmp_path):
    ident = add_initiative(db, "=HYPERLINK(\"http://x\";\"clic\")", summary="ligne 1\nligne 2 ; « guillemets »",
                           budget_eur=12500.5, contact="+33 1 23 45 67 89")
    long_id = add_longest_initiative(db)
    target = tmp_path / "liste.csv"
    export_csv(db, [ident, long_id], target)
    rows = read_csv(target)
    assert len(rows) == 3
    row = rows[1]
    assert row[COLUMNS.index("Titre")] == "'=HYPERLINK(\"http://x\";\"clic\")"  # neutralised formula
    assert row[COLUMNS.index("Budget (€)")] == "12500,5"
    assert row[COLUMNS.index("En bref")] == "ligne 1\nligne 2 ; « guillemets »"
    assert row[COLUMNS.index("Contact")] == "'+33 1 23 45 67 89"
    longest = rows[2]
    assert longest[COLUMNS.index("Budget (€)")] == "12345678,9"
    assert len(longest[COLUMNS.index("En bref")]) == 20000
    assert longest[COLUMNS.index("Financements")].count(" | ") == 19


def test_decimal_comma():
    assert decimal_comma(None) == "" and decimal_comma(70_000_000.0) == "70000000"
    assert decimal_comma(3.25) == "3,25" and decimal_comma(1055) == "1055"


def test_catalogue_in_the_given_order_with_contents_and_bookmarks(shared_db, tmp_path):
    order = [3, 1, 5, 2]
    target = export_catalogue_pdf(shared_db, order, tmp_path / "catalogue.pdf", description="Recherche « IA »")
    pages = page_texts(target)
    details = get_initiatives(shared_db, order)
    assert "Sommaire" in pages[0] and "4 initiatives" in pages[0]
    first_pages = []
    for detail in details:
        found = [n for n, text in enumerate(pages) if n > 0 and squash(detail.title) in squash(text)]
        assert found, detail.title
        first_pages.append(found[0])
    assert first_pages == sorted(first_pages) and first_pages[0] == 1
    for n, page in enumerate(pages, start=1):
        assert f"page{n}/{len(pages)}" in squash(page)
    # the contents give each section's page number
    contents = squash(pages[0])
    for detail, page in zip(details, first_pages):
        assert squash(detail.title) in contents
    assert outline_titles(target) == ["Sommaire"] + [f"{n}. {d.title}" for n, d in enumerate(details, start=1)]
    assert all(embedded_fonts(target).values())
    doc = reader(target)
    assert doc.metadata.title == "Catalogue des initiatives" and doc.trailer["/Root"]["/Lang"] == "fr-FR"


def test_contents_links_and_numbers_point_at_the_sections(shared_db, tmp_path):
    order = [4, 2, 9]
    target = export_catalogue_pdf(shared_db, order, tmp_path / "c.pdf")
    pages = page_texts(target)
    targets = link_targets(target, 0)
    assert len(targets) == len(order)
    for detail, page_index in zip(get_initiatives(shared_db, order), targets):
        assert squash(detail.title) in squash(pages[page_index])
    printed = [int(line) for line in pages[0].splitlines() if line.strip().isdigit()][1:]  # [0]: "N" of the footer
    assert printed == [index + 1 for index in targets]


def test_empty_catalogue(shared_db, tmp_path):
    target = export_catalogue_pdf(shared_db, [], tmp_path / "vide.pdf")
    pages = page_texts(target)
    assert len(pages) == 1 and "Aucune initiative" in pages[0]


def test_cancelled_catalogue_leaves_no_file(shared_db, tmp_path):
    class CancelAfterFirstBatch:
        calls = 0

        def step(self, done, total, text=""):
            self.calls += 1
            if done > 0:
                raise Cancelled()

    with pytest.raises(Cancelled):
        export_catalogue_pdf(shared_db, list(range(1, 20)), tmp_path / "c.pdf", progress=CancelAfterFirstBatch())
    assert list(tmp_path.iterdir()) == []


def test_long_records_in_the_catalogue(db, tmp_path):
    ident = add_longest_initiative(db)
    target = export_catalogue_pdf(db, [1, ident], tmp_path / "c.pdf")
    pages = page_texts(target)
    assert len(pages) > 4  # the full record flows over several pages, nothing is cut
    assert "Fiche abrégée" not in "".join(pages)


def test_export_one_pager_and_scheme_to_files(shared_db, tmp_path):
    pdf = export_initiative_pdf(shared_db, 5, tmp_path / initiative_filename(get_initiative(shared_db, 5)))
    assert pdf.name == "Territoria - Nantes - gaspillage alimentaire cantines.pdf"
    assert len(reader(pdf).pages) == 1
    sheet = export_scheme_pdf(shared_db, 27, tmp_path / scheme_filename(get_scheme(shared_db, 27)))
    assert len(reader(sheet).pages) == 1 and sheet.name.startswith("Territoria - dispositif - ")


def test_unknown_records(shared_db, tmp_path):
    from territoria.errors import NotFoundError

    with pytest.raises(NotFoundError, match="Aucune initiative"):
        export_initiative_pdf(shared_db, 999999, tmp_path / "x.pdf")
    with pytest.raises(NotFoundError, match="Aucun dispositif"):
        export_scheme_pdf(shared_db, 999999, tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("name", "expected"), [
    ('a<b>c:d"e/f\\g|h?i*j', "a b c d e f g h i j"),
    ("Fin avec points... ", "Fin avec points"),
    ("CON", "_CON"), ("nul.txt", "_nul.txt"), ("lpt1", "_lpt1"),
    ("", "Territoria"), ("\x00\x1f", "Territoria"),
])
def test_safe_filenames(name, expected):
    assert safe_filename(name) == expected


def test_filename_length_is_capped_at_a_word():
    name = safe_filename("mot " * 100, ".pdf")
    assert len(name) <= 120 and name.endswith("mot.pdf")


def test_suggested_names(shared_db):
    assert search_filename("cantine", ".csv") == "Territoria - catalogue - cantine.csv"
    assert search_filename("") == "Territoria - catalogue.pdf"
    assert search_filename("a/b?") == "Territoria - catalogue - a b.pdf"
    name = initiative_filename(get_initiative(shared_db, 2))
    assert name.startswith("Territoria - Saint-Denis-sur-Sarthon - ") and name.endswith(".pdf")
