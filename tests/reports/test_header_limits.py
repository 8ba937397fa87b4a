"""A very long agency name costs a handful of width measures (linear layout), and is cut."""

from __future__ import annotations

from pdf_tools import page_texts

from territoria.reports import page
from territoria.reports.context import MAX_AGENCY_NAME, Branding
from territoria.reports.exports import export_initiative_pdf


def test_fit_text_measures_logarithmically(monkeypatch):
    from reportlab.pdfbase import pdfmetrics

    from territoria.reports.fonts import BOLD, register_fonts

    register_fonts()
    calls = []
    real = pdfmetrics.stringWidth

    def counting(text, font, size, *args):
        calls.append(len(text))
        return real(text, font, size, *args)

    monkeypatch.setattr(pdfmetrics, "stringWidth", counting)
    fitted = page._fit_text(None, "Agence régionale du numérique " * 3000, BOLD, 10.5, 400)
    assert fitted.endswith("…") and 20 < len(fitted) < 120
    assert len(calls) <= 20  # a binary search, not one measure per character removed
    assert max(calls) <= page.MAX_LINE_CHARS + 1


def test_an_80000_character_agency_name_is_cut_in_the_header(shared_db, tmp_path):
    name = "Agence " + "très " * 16000
    target = export_initiative_pdf(shared_db, 5, tmp_path / "fiche.pdf", Branding(agency_name=name))
    first = page_texts(target)[0]
    assert "Agence très" in first and "…" in first
    assert first.count("très") < MAX_AGENCY_NAME
