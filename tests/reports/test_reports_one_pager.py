"""The initiative one-pager and the scheme sheet, parsed back with pypdf."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pdf_tools import embedded_fonts, image_count, page_texts, reader, squash
from reports_records import add_initiative, add_longest_initiative, longest_scheme_id

from territoria.reports.context import Branding
from territoria.reports.exports import initiative_pdf_bytes, report_context
from territoria.reports.one_pager import initiative_pdf
from territoria.reports.scheme_sheet import scheme_pdf
from territoria.reports.single_page import SHORTENED_NOTICE
from territoria.services.records import get_initiative, get_scheme, list_schemes


def test_one_pager_of_a_real_record(shared_db):
    pdf = initiative_pdf_bytes(shared_db, 2)
    pages = page_texts(pdf)
    assert len(pages) == 1
    page = pages[0]
    detail = get_initiative(shared_db, 2)
    assert squash(detail.title) in squash(page)
    assert "Saint-Denis-sur-Sarthon (61)" in page
    assert "1 055 hab." in page  # reportlab draws no-break spaces with the space glyph
    assert "Orne" in page and "Normandie" in page
    assert "Relation aux usagers" in page or "Administration interne" in page
    assert "En service" in page
    assert squash("Horizons publics, 9 septembre 2025") in squash(page)  # may wrap at the larger size
    assert "Données à jour au 28 novembre 2025" in page and "Territoria 0.1.0" in page
    assert SHORTENED_NOTICE.split(":")[0] not in page  # nothing was cut


def test_metadata_language_and_embedded_font(shared_db):
    pdf = initiative_pdf_bytes(shared_db, 5, Branding("Agence du numérique"))
    doc = reader(pdf)
    meta = doc.metadata
    assert meta.title == get_initiative(shared_db, 5).title
    assert meta.author == "Agence du numérique"
    assert "Nantes" in meta.subject
    assert "Alimentation" in meta["/Keywords"] and "Nantes" in meta["/Keywords"]
    assert doc.trailer["/Root"]["/Lang"] == "fr-FR"
    fonts = embedded_fonts(pdf)
    assert fonts and all(fonts.values()), fonts
    assert any("DejaVuSans" in name for name in fonts)


def test_qr_code_of_the_main_source(shared_db):
    pdf = initiative_pdf_bytes(shared_db, 5)
    page = reader(pdf).pages[0]
    xobjects = page["/Resources"]["/XObject"]
    assert any(name.startswith("/FormXob.qr") for name in xobjects), list(xobjects)
    assert "Source principale" in page_texts(pdf)[0]


def test_the_longest_record_still_fits_one_page(db):
    ident = add_longest_initiative(db)
    detail = get_initiative(db, ident)
    assert len(detail.title) > 1900 and len(detail.summary) == 20000 and len(detail.sources) == 25
    pdf = initiative_pdf(detail, report_context(db))
    pages = page_texts(pdf)
    assert len(pages) == 1
    page = squash(pages[0])
    assert squash(SHORTENED_NOTICE) in page
    assert squash("Données à jour au") in page  # the footer is still there
    assert "Initiative" in page and "Sources" in page


def test_hostile_title_prints_literally(db):
    hostile = '<b>Gras</b> & <font name="x">police</font> <img src="/etc/passwd"/>'
    ident = add_initiative(db, hostile, summary='Résumé <a href="file:///etc/passwd">lien</a> & co',
                           contact="<script>alert(1)</script>")
    pdf = initiative_pdf(get_initiative(db, ident), report_context(db))
    page = squash(page_texts(pdf)[0])
    assert squash(hostile) in page
    assert squash('<a href="file:///etc/passwd">lien</a>&co') in page
    assert squash("<script>alert(1)</script>") in page
    assert image_count(pdf) == 0
    assert reader(pdf).metadata.title == hostile


def test_agency_name_and_logo_in_the_header(shared_db, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (31, 78, 121)).save(logo)
    pdf = initiative_pdf_bytes(shared_db, 1, Branding("Agence régionale <IA> & co", logo))
    assert "Agence régionale <IA> & co" in page_texts(pdf)[0]
    assert image_count(pdf) == 1


def test_a_broken_logo_is_ignored(shared_db, tmp_path):
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not an image")
    for logo in (broken, tmp_path / "missing.png"):
        pdf = initiative_pdf_bytes(shared_db, 1, Branding("Agence", logo))
        assert len(reader(pdf).pages) == 1 and image_count(pdf) == 0


def test_every_seed_initiative_is_one_page(shared_db):
    from territoria.services.records import get_initiatives

    context = report_context(shared_db)
    for detail in get_initiatives(shared_db, range(1, 200)):
        assert len(reader(initiative_pdf(detail, context)).pages) == 1, detail.title


def test_scheme_sheets(shared_db):
    context = report_context(shared_db)
    for scheme in list_schemes(shared_db):
        pdf = scheme_pdf(scheme, context)
        pages = page_texts(pdf)
        assert len(pages) == 1
        assert squash(scheme.name) in squash(pages[0])
    business = next(s for s in list_schemes(shared_db) if set(s.audiences) == {"tpe", "pme"})
    assert "s'adresse aux entreprises" in page_texts(scheme_pdf(business, context))[0]
    commune = next(s for s in list_schemes(shared_db) if s.audiences == ("commune",))
    assert "s'adresse aux entreprises" not in page_texts(scheme_pdf(commune, context))[0]


def test_longest_scheme_is_one_page(db):
    add_longest_initiative(db)
    scheme = get_scheme(db, longest_scheme_id(db))
    pdf = scheme_pdf(scheme, report_context(db))
    assert len(reader(pdf).pages) == 1
    text = page_texts(pdf)[0]
    assert "de 5" in text and "80" in text
    assert all(embedded_fonts(pdf).values())


def test_write_to_a_file_object(shared_db):
    from territoria.reports.one_pager import write_initiative_pdf

    buffer = io.BytesIO()
    write_initiative_pdf(get_initiative(shared_db, 3), report_context(shared_db), buffer)
    assert buffer.getvalue().startswith(b"%PDF-")


@pytest.mark.parametrize("font", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"])
def test_font_files_and_licence_are_shipped(font):
    from territoria.resources import resource_path

    assert Path(resource_path("fonts", font)).is_file()
