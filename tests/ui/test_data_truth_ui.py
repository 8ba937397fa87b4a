"""Truer data in the window: lead attribution in the detail pane, arrondissements in the
picker, the région's profile on the card, schemes not yet open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from truth_helpers import record_id

from territoria.services.records import get_initiative
from territoria.ui.commune import CommunePage


def _pane(qtbot):
    from territoria.ui.browser.detail_pane import DetailPane

    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.show()
    return pane


def test_detail_pane_says_how_the_lead_is_known(qtbot, shared_db):
    pane = _pane(qtbot)
    lyon = get_initiative(shared_db, record_id(shared_db, "initiatives", "lyon-beneficiaires-apa"))
    assert lyon.lead_attribution == "inferred" and lyon.lead is not None
    pane.show_initiative(lyon, [], None, False)
    text = " ".join(pane.plain_text().split())
    assert "Porteur non précisé par la source ; probablement Métropole de Lyon (Intercommunalité), " \
           "compétente pour l'APA" in text
    assert "Commune Lyon (code INSEE 69123)" in text  # where it runs, recorded apart from who leads
    drome = get_initiative(shared_db, record_id(shared_db, "initiatives", "drome-assistant-virtuel"))
    pane.show_initiative(drome, [], None, False)
    text = " ".join(pane.plain_text().split())
    assert "Porteur non précisé par la source" in text and "Drôme" in text
    stated = get_initiative(shared_db, record_id(shared_db, "initiatives", "sicoval-cafes-ia"))
    pane.show_initiative(stated, [], None, False)
    assert "non précisé" not in pane.plain_text()


@pytest.fixture()
def page(qtbot, ui_context):
    widget = CommunePage(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def _choose(qtbot, page: CommunePage, text: str):
    page.picker.edit.clear()
    page.picker.edit.setFocus()
    with qtbot.waitSignal(page.picker.placeChosen, timeout=2000) as chosen:
        qtbot.keyClicks(page.picker.edit, text)
        qtbot.keyClick(page.picker.edit, Qt.Key.Key_Return)
    return chosen.args[0]


def test_an_arrondissement_opens_its_commune_saying_so(qtbot, page):
    page.picker.edit.setFocus()
    qtbot.keyClicks(page.picker.edit, "lyon 3e")
    first = page.picker.model.item(0).text()
    assert first.startswith("Lyon 3e Arrondissement → Lyon (69)")
    chosen = _choose(qtbot, page, "lyon 3e")
    assert chosen.code == "69123" and chosen.alias_code == "69383"
    assert page.picker.edit.text() == "Lyon (69)"
    assert page.picker.status.text() == "« Lyon 3e Arrondissement » fait partie de Lyon (69) : voici cette commune."
    octeville = _choose(qtbot, page, "Cherbourg-Octeville")
    assert octeville.code == "50129" and "Cherbourg-en-Cotentin" in page.card.plain_text()


def test_the_card_shows_the_region_profile(qtbot, page):
    _choose(qtbot, page, "montreuil 93")
    card = " ".join(page.card.plain_text().split())
    assert "Votre région dans les sources : Île-de-France" in card
    assert "Secteurs prioritaires cités : e-santé" in card
    assert "Chronologie" in card and "La Région Île-de-France lance un plan IA en 15 mesures" in card
    _choose(qtbot, page, "toulouse")
    card = " ".join(page.card.plain_text().split())
    # both figures of the Occitanie plan, each with its source
    assert "près de 50 M€ — Paroles d'élus" in card and "60 M€ — Banque des Territoires" in card


def test_schemes_not_yet_open_are_their_own_group(qtbot, page):
    _choose(qtbot, page, "st denis sarthon")
    page.tabs.setCurrentWidget(page.schemes)
    groups = page.schemes.group_texts()
    assert groups["not_yet_open"] == ["Académie de l'IA"]
    header = next(page.schemes.tree.topLevelItem(i) for i in range(page.schemes.tree.topLevelItemCount())
                  if page.schemes.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) == "not_yet_open")
    assert header.text(0) == "Pas encore ouverts (ouverture annoncée) (1)" and header.isExpanded()


def test_about_says_overseas_collectivities_are_not_counted(qtbot):
    from territoria.ui.about_dialog import AboutDialog

    dialog = AboutDialog("2025-11-28")
    qtbot.addWidget(dialog)
    text = " ".join(dialog.text.text().split())
    assert "Les collectivités d'outre-mer" in text and "ni parmi les régions ni parmi les départements" in text
    assert "communes déléguées ou associées" in text
