"""The commune dossier: cover, contents with links, bookmarks, comparable projects, schemes, plans."""

from __future__ import annotations

import pytest
from pdf_tools import embedded_fonts, link_targets, outline_titles, page_texts, reader, squash

from territoria.domain.messages_fr import reason_fr, reasons_fr
from territoria.reports.exports import dossier_data, export_dossier_pdf


@pytest.fixture(scope="module")
def toulouse(shared_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("dossier") / "toulouse.pdf"
    export_dossier_pdf(shared_db, "commune", "31555", path)
    return path


def test_cover_profile_and_numbering(toulouse):
    pages = page_texts(toulouse)
    assert len(pages) >= 3
    cover = pages[0]
    assert "Toulouse (31)" in cover and "Sommaire" in cover
    assert "Haute-Garonne" in cover and "Occitanie" in cover and "hab." in cover
    for number, text in enumerate(pages, start=1):
        assert f"page{number}/{len(pages)}" in squash(text), number  # the total is a late-bound form


def test_bookmarks_follow_the_sections(toulouse, shared_db):
    titles = outline_titles(toulouse)
    data = dossier_data(shared_db, "commune", "31555")
    for section in ("Projets comparables", "Dispositifs annoncés, pas encore ouverts",
                    "Dispositifs à faire connaître aux entreprises et aux habitants", "Plan IA de la région Occitanie",
                    "À propos de ce dossier"):
        assert section in titles
    # Toulouse can use no scheme of the seed today: that section is left out
    assert not data.eligible and "Dispositifs que vous pouvez mobiliser" not in titles
    assert f"1. {data.comparable[0].title}" in titles
    assert any("IA Occitanie" in title for title in titles)


def test_table_of_contents_is_clickable_and_numbered(toulouse):
    doc = reader(toulouse)
    links = [a.get_object() for a in doc.pages[0].get("/Annots") or []]
    assert len(links) >= 5 and all(link["/Subtype"] == "/Link" for link in links)
    pages = page_texts(toulouse)
    targets = link_targets(toulouse, 0)
    assert len(targets) == len(outline_titles(toulouse)) - 1  # every bookmark but the cover is in the contents
    printed = [int(line) for line in pages[0].splitlines() if line.strip().isdigit()][1:]  # [0]: "N" of the footer
    assert printed == [index + 1 for index in targets]
    assert "Projets comparables" in pages[targets[0]]


def test_comparable_projects_with_their_reasons(toulouse, shared_db):
    data = dossier_data(shared_db, "commune", "31555")
    text = squash(" ".join(page_texts(toulouse)))
    assert 1 <= len(data.comparable) <= 10
    for item in data.comparable:
        assert squash(item.title) in text
        for reason in reasons_fr(item.reasons):
            assert squash(reason) in text, reason
    assert "Pourquoiceprojet" in text


def test_schemes_to_use_and_to_relay(toulouse, shared_db):
    data = dossier_data(shared_db, "commune", "31555")
    text = squash(" ".join(page_texts(toulouse)))
    assert data.relay and all(v.verdict == "relay_to_businesses" for v in data.relay)
    for verdict in data.eligible + data.relay:
        assert squash(verdict.name) in text
    relay_section = text.split(squash("Dispositifs à faire connaître"))[-1]
    business_only = [v for v in data.relay if "entreprises" in reason_fr(v.reason)]
    assert business_only and squash(business_only[0].name) in relay_section


def test_regional_plan_keeps_every_budget_figure_with_its_source(toulouse, shared_db):
    data = dossier_data(shared_db, "commune", "31555")
    occitanie = [p for p in data.programmes if p.region_code == "76"]
    assert occitanie
    text = squash(" ".join(page_texts(toulouse)))
    mentions = [m for p in occitanie for m in p.budget_mentions]
    assert len({m.amount_eur for m in mentions}) >= 2  # "près de 50 M€" and "60 M€"
    assert squash("près de 50 M€") in text and squash("60 M€") in text
    for mention in mentions:
        assert squash(mention.source.title) in text


def test_metadata_fonts_and_language(toulouse):
    doc = reader(toulouse)
    assert doc.metadata.title == "Dossier IA — Toulouse (31)"
    assert "Toulouse" in doc.metadata.subject
    assert doc.trailer["/Root"]["/Lang"] == "fr-FR"
    assert all(embedded_fonts(toulouse).values())


def test_a_small_commune_and_the_remembered_needs(db, tmp_path):
    from territoria.services.profile import save_choice

    save_choice(db, "commune", "61382", ["legal"], 50_000)
    data = dossier_data(db, "commune", "61382")
    assert data.needs == ("legal",) and data.budget_max_eur == 50_000
    path = export_dossier_pdf(db, "commune", "61382", tmp_path / "d.pdf")
    text = squash(" ".join(page_texts(path)))
    assert squash("Sécurité juridique") in text and squash("50 000 €") in text
    assert squash("ne contient pas de plan") not in text  # an empty section is left out
    assert not any(title.startswith("Plan IA") for title in outline_titles(path))


@pytest.mark.parametrize(("kind", "code", "name"), [("departement", "26", "Drôme"), ("region", "52", "Pays de la Loire")])
def test_other_collectivites(shared_db, tmp_path, kind, code, name):
    path = export_dossier_pdf(shared_db, kind, code, tmp_path / "d.pdf")
    assert name in page_texts(path)[0]
    assert "Projets comparables" in outline_titles(path)


def test_unknown_commune(shared_db, tmp_path):
    from territoria.errors import NotFoundError

    with pytest.raises(NotFoundError):
        export_dossier_pdf(shared_db, "commune", "00000", tmp_path / "d.pdf")
    assert list(tmp_path.iterdir()) == []


def test_dossier_from_the_window(qtbot, shared_db, tmp_path, data_dir):
    from export_record import record_exports
    from PySide6.QtWidgets import QWidget

    from territoria.ui.export.controller import ExportController
    from territoria.ui.qt_settings import open_settings
    from territoria.ui.tasks import BackgroundWork

    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ExportController(shared_db, open_settings(data_dir / "s.ini"), BackgroundWork.inline(), parent)
    controller.record = record_exports(controller)
    asked = []
    controller.choose_target = lambda title, name, flt: asked.append(name) or tmp_path / name
    controller.export_commune("commune", "44109")
    assert asked == ["Territoria - Nantes (44) - dossier.pdf"]
    assert "Nantes (44)" in page_texts(controller.record.last_path)[0]


def test_the_communes_own_project_is_not_among_its_comparables(shared_db):
    from territoria.services.communes import find_place
    from territoria.services.comparable import rank_initiatives

    data = dossier_data(shared_db, "commune", "61382")  # Saint-Denis-sur-Sarthon leads one project
    own = [r.id for r in rank_initiatives(shared_db, find_place(shared_db, "commune", "61382"), limit=None) if r.own]
    assert own and not set(own) & {item.id for item in data.comparable}
    assert data.comparable and all(not item.own for item in data.comparable)
