"""Whose name heads a printed sheet, and the "diffusé par" footer of a branded installation."""

from __future__ import annotations

from pathlib import Path

from pdf_tools import page_texts, squash

from territoria.services.branding import read_branding_file
from territoria.reports.letterhead import chosen_collectivite_name, document_branding

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "packaging" / "agency.example.toml"


def _first_initiative_id(db) -> int:
    from territoria.services.search import SearchRequest, search

    return search(db, SearchRequest()).ids[0]


def test_plain_install_without_commune_has_no_letterhead(db) -> None:
    branding = document_branding(db)
    assert (branding.agency_name, branding.logo_path, branding.distributed_by) == ("", None, "")


def test_chosen_commune_heads_the_sheet(db) -> None:
    from territoria.services.profile import save_choice

    save_choice(db, "commune", "61382")
    assert chosen_collectivite_name(db) == "Commune de Saint-Denis-sur-Sarthon"
    installed = read_branding_file(EXAMPLE)
    branding = document_branding(db, installed=installed)
    assert branding.agency_name == "Commune de Saint-Denis-sur-Sarthon"
    assert branding.logo_path is None  # the agency's logo does not head a commune's sheet
    assert branding.distributed_by == "ARNia"


def test_agency_letterhead_and_logo_when_no_commune_is_chosen(db) -> None:
    installed = read_branding_file(EXAMPLE)
    branding = document_branding(db, installed=installed)
    assert branding.agency_name == installed.letterhead
    assert branding.logo_path == installed.logo


def test_explicit_name_wins(db) -> None:
    from territoria.services.profile import save_choice

    save_choice(db, "commune", "61382")
    branding = document_branding(db, name="  Mairie annexe  ", installed=read_branding_file(EXAMPLE))
    assert branding.agency_name == "Mairie annexe"


def test_branded_one_pager_says_who_distributed_it(db, tmp_path: Path) -> None:
    from territoria.reports.exports import export_initiative_pdf
    from territoria.services.profile import save_choice

    save_choice(db, "commune", "61382")
    branding = document_branding(db, installed=read_branding_file(EXAMPLE))
    pdf = export_initiative_pdf(db, _first_initiative_id(db), tmp_path / "fiche.pdf", branding)
    text = squash(" ".join(page_texts(pdf)))
    assert squash("diffusé par ARNia") in text
    assert squash("Commune de Saint-Denis-sur-Sarthon") in text


def test_plain_one_pager_names_no_distributor(db, tmp_path: Path) -> None:
    from territoria.reports.exports import export_initiative_pdf

    pdf = export_initiative_pdf(db, _first_initiative_id(db), tmp_path / "fiche.pdf", document_branding(db))
    assert squash("diffusé par") not in squash(" ".join(page_texts(pdf)))


def test_agency_accent_colour_draws_the_letterhead_rule(db, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from territoria.reports.exports import export_initiative_pdf

    branding = document_branding(db, installed=read_branding_file(EXAMPLE))
    assert branding.accent_colour == "#0b6e4f"
    pdf = export_initiative_pdf(db, _first_initiative_id(db), tmp_path / "fiche.pdf", branding)
    content = PdfReader(pdf).pages[0].get_contents().get_data().decode("latin-1")
    # #0b6e4f as reportlab writes a stroke colour
    assert ".043137 .431373 .309804 RG" in content
    plain = export_initiative_pdf(db, _first_initiative_id(db), tmp_path / "plain.pdf", document_branding(db))
    assert ".043137 .431373 .309804 RG" not in PdfReader(plain).pages[0].get_contents().get_data().decode("latin-1")
