"""The "Ma commune" page driven like a user: picker, ranked list, needs, schemes, comparison."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QLineEdit,
    QTabBar,
    QTabWidget,
)

from territoria.domain.messages_fr import reasons_fr
from territoria.services.comparable import Weights, explain_weights
from territoria.services.profile import load_choice
from territoria.ui.commune import CommunePage
from territoria.ui.commune.picker import CollectivitePicker
from territoria.ui.main_window import MainWindow
from curated import curated_count

SDS_LABEL = "Saint-Denis-sur-Sarthon (61)"


@pytest.fixture()
def page(qtbot, ui_context):
    widget = CommunePage(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def choose(qtbot, page: CommunePage, text: str) -> None:
    page.picker.edit.clear()
    page.picker.edit.setFocus()
    with qtbot.waitSignal(page.picker.placeChosen, timeout=2000):
        qtbot.keyClicks(page.picker.edit, text)
        qtbot.keyClick(page.picker.edit, Qt.Key.Key_Return)


def test_typing_in_the_picker_suggests_and_enter_chooses(qtbot, page, db):
    page.picker.edit.setFocus()
    qtbot.keyClicks(page.picker.edit, "st denis sarth")
    suggestions = page.picker.suggestions()
    assert suggestions[0].label == SDS_LABEL
    assert page.picker.completer.popup().isVisible()
    assert page.picker.model.item(0).text().startswith(f"{SDS_LABEL} — Commune · 1\u202f055\u00a0hab.")
    with qtbot.waitSignal(page.picker.placeChosen) as chosen:
        qtbot.keyClick(page.picker.edit, Qt.Key.Key_Return)
    assert chosen.args[0].code == "61382"
    assert page.picker.edit.text() == SDS_LABEL
    assert "CU d'Alençon (Communauté urbaine, 31 communes membres)" in page.card.plain_text()
    assert load_choice(db).code == "61382"


def test_choosing_a_highlighted_homonym_in_the_popup(qtbot, page):
    page.picker.edit.setFocus()
    qtbot.keyClicks(page.picker.edit, "valence")
    labels = [p.label for p in page.picker.suggestions()]
    assert labels[:3] == ["Valence (26)", "Valence (82)", "Valence (16)"]
    popup = page.picker.completer.popup()
    popup.setCurrentIndex(page.picker.completer.completionModel().index(1, 0))
    with qtbot.waitSignal(page.picker.placeChosen) as chosen:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert chosen.args[0].code == "82186"
    assert "Occitanie" in page.card.plain_text()


def test_unknown_text_says_so(qtbot, page):
    page.picker.edit.setFocus()
    qtbot.keyClicks(page.picker.edit, "zzzqq")
    assert page.picker.suggestions() == []
    assert page.picker.status.text() == "Aucune collectivité trouvée"


def test_ranked_list_shows_closeness_in_words_and_own_projects_apart(qtbot, page):
    choose(qtbot, page, "61420")
    ranked = page.ranked.list
    # the village's own project is under "Vos projets", not ranked as its own comparable
    assert ranked.count() == curated_count("initiatives") - 1
    texts = [ranked.item(row).text() for row in range(ranked.count())]
    assert not any("IA d'appui aux secrétaires de mairie" in text for text in texts)
    assert page.own_projects.count() == 1
    assert page.own_projects.list.item(0).text().startswith("IA d'appui aux secrétaires de mairie")
    assert page.tabs.tabText(page.tabs.indexOf(page.own_projects)) == "&Vos projets (1)"
    # closeness in words, never points, in the list
    assert all(re.match(r"\d+\. .+ \((Très proche|Proche|À regarder)\) — ", text) for text in texts)
    assert not any(" pts" in text for text in texts)
    assert any("Même région : Normandie" in text and "(Proche)" in text for text in texts[:2])
    nantes = next(text for text in texts if "cantines scolaires de Nantes" in text)
    assert "(À regarder)" in nantes and "Commune plus grande : 327\u202f734\u00a0hab." in nantes
    assert texts.index(nantes) > texts.index(next(text for text in texts if "Datalab Normandie" in text))
    assert "Saint-Denis-sur-Sarthon (commune, 1\u202f055\u00a0hab.)" in page.ranked.summary.text()


def test_how_is_it_ranked_shows_the_points_and_the_formula_on_demand(qtbot, page):
    choose(qtbot, page, "st denis sarthon")
    how = page.ranked.how_button
    assert not page.ranked.how.isVisible() and how.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.mouseClick(how, Qt.MouseButton.LeftButton)
    assert page.ranked.how.isVisible()
    panel = page.ranked.how.toPlainText()
    assert "Taille du porteur : jusqu'à 40 points" in panel and "Très proche à partir de 50 points" in panel
    # the translated formula says in French exactly what the command line's explanation says
    assert page.ranked.formula() == list(reasons_fr(explain_weights()))
    assert page.ranked.formula(Weights(need=12.5))[4] == "Répond à l'un de vos besoins : 12,5 points"
    row = next(r for r in range(page.ranked.list.count()) if "Nantes" in page.ranked.list.item(r).text())
    page.ranked.list.setCurrentRow(row)
    panel = page.ranked.how.toPlainText()
    nantes = page.ranked.items[row]
    assert f"« {nantes.title} » : 10 points (À regarder)" in panel
    assert "maturité 10" in panel and "taille" not in panel.split("\n")[1]  # a city of 300 times: no size points
    how.setFocus()
    qtbot.keyClick(how, Qt.Key.Key_Space)
    assert not page.ranked.how.isVisible()


def test_needs_and_budget_reorder_and_are_remembered(qtbot, page, db, ui_context):
    choose(qtbot, page, "st denis sarthon")

    def position(prefix: str) -> int:
        texts = [page.ranked.list.item(row).text() for row in range(page.ranked.list.count())]
        return next(n for n, text in enumerate(texts) if prefix in text)

    before = position("Repérage des bénéficiaires oubliés de l'APA")
    page.needs.set_need("social")
    page.needs.flush()
    after = position("Repérage des bénéficiaires oubliés de l'APA")
    assert after < before and after == 0
    assert "Répond à votre besoin : Action sociale" in page.ranked.list.item(after).text()
    page.needs.budget.setValue(40_000)
    page.needs.flush()
    assert "Coût non renseigné" in page.ranked.list.item(0).text()
    choice = load_choice(db)
    assert (choice.needs, choice.budget_max_eur) == (("social",), 40_000.0)
    # a new page on the same database restores the choice
    again = CommunePage(ui_context)
    qtbot.addWidget(again)
    again.show()
    assert again.picker.edit.text() == SDS_LABEL
    assert again.needs.needs() == ("social",) and again.needs.budget_max() == 40_000.0
    assert again.ranked.list.count() == curated_count("initiatives") - 1
    assert "Action sociale" in again.ranked.list.item(0).text()


def test_schemes_view_groups_by_verdict(qtbot, page):
    choose(qtbot, page, "montreuil 93")
    page.tabs.setCurrentWidget(page.schemes)
    groups = page.schemes.group_texts()
    assert list(groups) == ["eligible", "relay_to_businesses", "not_yet_open", "outside_territory"]
    assert groups["eligible"] == ["Accompagnement des communes à la formalisation de cas d'usage IA"]
    # the article does not say who receives the Métropole's 200 000 euros: to relay, not "eligible"
    assert "Financement métropolitain des projets locaux (200 000 €)" in groups["relay_to_businesses"]
    assert groups["not_yet_open"] == ["Académie de l'IA"]  # announced for "fin 2025"
    assert "Réseau de 300 ambassadeurs IA" in groups["relay_to_businesses"]
    assert "DIVA – Digital Innovation Value Accelerator" in groups["outside_territory"]
    assert page.schemes.tree.topLevelItem(0).isExpanded()
    choose(qtbot, page, "st denis sarthon")
    groups = page.schemes.group_texts()
    assert groups["eligible"] == []
    header = page.schemes.tree.topLevelItem(0)
    assert header.text(0) == "Vous pouvez en bénéficier (0)"
    assert header.child(0).text(0).startswith("Aucun dispositif connu n'est ouvert")


def test_compare_two_to_four_projects(qtbot, page):
    choose(qtbot, page, "st denis sarthon")
    button = page.ranked.compare_button
    assert not button.isEnabled()
    ids = [entry.id for entry in page.ranked.items]
    page.ranked.set_checked(ids[:1])
    assert not button.isEnabled()
    page.ranked.set_checked(ids[:5])
    assert not button.isEnabled() and "4 au plus" in page.ranked.hint.text()
    nantes = next(entry.id for entry in page.ranked.items if entry.slug == "nantes-gaspillage-alimentaire-scolaire")
    datalab = next(entry.id for entry in page.ranked.items if entry.slug == "datalab-normandie")
    third = next(i for i in ids if i not in (nantes, datalab))
    chosen = [i for i in ids if i in (nantes, datalab, third)]  # list order
    page.ranked.set_checked([nantes, datalab, third])
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.comparison
    view = page.comparison
    assert [d.id for d in view.details] == chosen
    n, d = chosen.index(nantes), chosen.index(datalab)
    assert view.cell_text("place", n) == "Nantes (44), Loire-Atlantique, Pays de la Loire"
    assert view.cell_text("population", d) == "3\u202f345\u202f842\u00a0hab."  # Datalab Normandie: the Région's
    assert view.cell_text("status", n) == "En service"
    assert view.cell_text("technique", d) == "Non précisée"
    assert not view.message.isVisible()


def test_keyboard_ticking_in_the_ranked_list(qtbot, page):
    choose(qtbot, page, "st denis sarthon")
    ranked = page.ranked.list
    ranked.setFocus()
    ranked.setCurrentRow(0)
    qtbot.keyClick(ranked, Qt.Key.Key_Space)
    ranked.setCurrentRow(1)
    qtbot.keyClick(ranked, Qt.Key.Key_Space)
    assert page.ranked.checked_ids() == [page.ranked.items[0].id, page.ranked.items[1].id]
    assert page.ranked.compare_button.isEnabled()


def test_every_control_has_an_accessible_name(qtbot, page):
    choose(qtbot, page, "st denis sarthon")
    kinds = (QLineEdit, QAbstractItemView, QAbstractSpinBox, QTabWidget, QAbstractButton)
    controls = [w for kind in kinds for w in page.findChildren(kind)
                if w.isVisibleTo(page) and not isinstance(w.parent(), (QAbstractSpinBox, QLineEdit, QTabBar))]
    assert len(controls) >= 6
    unnamed = [type(w).__name__ for w in controls
               if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text())]
    assert unnamed == []


def test_main_window_has_the_ma_commune_page(qtbot, threaded_context):
    window = MainWindow(threaded_context)
    qtbot.addWidget(window)
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert "Ma commu&ne" in titles
    tab = window.pages.widget(titles.index("Ma commu&ne"))
    assert tab is window.commune_tab and not tab.built  # built on first show, not at start-up
    window.pages.setCurrentWidget(tab)
    window.show()
    assert tab.built
    page = window.commune_page
    assert isinstance(page, CommunePage)
    page.picker.wait(20_000)  # the index is built in a worker thread
    qtbot.waitUntil(lambda: page.picker.index is not None, timeout=20_000)
    assert page.picker.search("61382")[0].label == SDS_LABEL


def test_picker_index_is_built_in_the_background(qtbot, db, threaded_context):
    picker = CollectivitePicker(db, threaded_context.tasks)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitUntil(lambda: picker.index is not None, timeout=20_000)
    assert picker.status.text() == ""
