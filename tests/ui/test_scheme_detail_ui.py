"""Ma commune > Aides et dispositifs: the scheme's detail, its link, reasons said once, the sheet to hand out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from territoria.domain.messages_fr import reason_fr
from territoria.services.communes import find_place
from territoria.ui.commune import CommunePage
from territoria.ui.commune.schemes_view import SCHEME_ROLE


@pytest.fixture()
def page(qtbot, ui_context):
    widget = CommunePage(ui_context)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.choose(find_place(ui_context.db, "commune", "61382"))
    widget.tabs.setCurrentWidget(widget.schemes)
    return widget


def _scheme_item(view, name: str):
    found = view.tree.findItems(name, Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive)
    return next(item for item in found if isinstance(item.data(0, SCHEME_ROLE), int))


def test_the_first_scheme_is_shown_in_full_beside_the_list(page):
    view = page.schemes
    shown = view.detail.verdict
    assert shown is not None and shown.verdict == "relay_to_businesses"  # nothing is open to the village itself
    text = view.detail.plain_text()
    for heading in ("Qui peut candidater", "Ce que cela apporte", "Montants et taux", "Dates",
                    "Opérateur et contact", "Candidater / en savoir plus", "Sources"):
        assert heading in text
    # the French window says the catalogue's words (Qt's plain text shows a no-break space as a space)
    assert all(part.replace("\u00a0", " ") in text for part in (shown.name, reason_fr(shown.reason)))
    assert "remettez-la aux entreprises" in text
    assert view.detail.sheet_button.text().replace("&", "") == "Fiche à remettre aux entreprises (PDF)…"


def test_unknown_dates_are_said(page):
    view = page.schemes
    no_dates = next(v for v in view.verdicts if v.opens is None and v.closes is None
                    and not (v.scheme and v.scheme.opens_announced))
    view.tree.setCurrentItem(_scheme_item(view, no_dates.name))
    assert view.detail.verdict.id == no_dates.id
    assert "dates d'ouverture et de clôture non connues" in view.detail.plain_text()
    dated = next(v for v in view.verdicts if v.opens)
    view.tree.setCurrentItem(_scheme_item(view, dated.name))
    assert "dates d'ouverture et de clôture non connues" not in view.detail.plain_text()


def test_apply_opens_the_link_in_the_browser_only_on_click(qtbot, page, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    view = page.schemes
    view.tree.setCurrentItem(_scheme_item(view, view.verdicts[3].name))
    assert opened == []  # selecting never opens anything
    qtbot.mouseClick(view.detail.apply_button, Qt.MouseButton.LeftButton)
    assert opened == [view.verdicts[3].link] and opened[0].startswith("https://")


def test_double_click_opens_the_detail_in_its_own_window(qtbot, page):
    view = page.schemes
    item = _scheme_item(view, view.verdicts[0].name)
    view.tree.itemActivated.emit(item, 0)
    dialog = view.detail_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == view.verdicts[0].name
    assert "Qui peut candidater" in dialog.view.plain_text()
    dialog.close()


def test_a_reason_shared_by_several_schemes_is_said_once(page):
    view = page.schemes
    group = [v for v in view.verdicts if v.verdict == "relay_to_businesses"]
    shared = view.shared_reasons("relay_to_businesses")
    repeated = {v.reason for v in group if sum(1 for w in group if w.reason.code == v.reason.code) > 1}
    assert shared and len(shared) == len(set(shared))
    # one heading per reason code: never two headings that differ only in wording one after the other
    assert len(shared) == len({reason.code for reason in repeated})
    # the schemes under a shared reason do not repeat it, and every scheme is still listed
    assert sorted(view.group_texts()["relay_to_businesses"]) == sorted(v.name for v in group)
    item = _scheme_item(view, next(v.name for v in group if v.reason in repeated))
    assert item.text(0).count(" — ") == 0


def test_reasons_that_differ_only_in_the_kind_of_business_share_one_heading(page):
    view = page.schemes
    group = [v for v in view.verdicts if v.verdict == "relay_to_businesses" and v.reason.code == "businesses_only"]
    # the village's data have schemes for « entreprises » and for « entreprises (TPE, PME, ETI) »
    assert len({v.reason for v in group}) > 1
    headings = [text for text in view.shared_reasons("relay_to_businesses") if text.startswith("Réservé aux entreprises")]
    assert len(headings) == 1
    # said once in its general form: businesses, whatever their size
    assert headings[0].startswith("Réservé aux entreprises : votre commune ne peut pas en bénéficier")
    header = next(view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())
                  if view.tree.topLevelItem(i).data(0, SCHEME_ROLE) == "relay_to_businesses")
    under = next(header.child(i) for i in range(header.childCount()) if header.child(i).text(0) == headings[0])
    assert sorted(under.child(i).text(0) for i in range(under.childCount())) == sorted(v.name for v in group)
    # each scheme's detail keeps its own sentence (which businesses)
    small = next(v for v in group if "tpe" in (v.reason.get("audiences") or ()))
    view.tree.setCurrentItem(_scheme_item(view, small.name))
    assert "(TPE" in view.detail.plain_text()


def test_the_summary_stands_apart_from_the_facts_below(page):
    view = page.schemes
    shown = view.detail.verdict
    assert shown is not None and shown.summary
    document = view.detail.text.document()
    layout = document.documentLayout()
    summary = document.find(shown.summary[:30])
    assert not summary.isNull()
    summary_bottom = layout.blockBoundingRect(summary.block()).bottom()
    table = document.rootFrame().childFrames()[0]  # the facts (who may apply, what it gives…)
    assert "Qui peut candidater" in table.firstCursorPosition().block().text()
    # at least half a line between the paragraph and the table (they touched)
    line = view.detail.text.fontMetrics().height()
    assert layout.frameBoundingRect(table).top() - summary_bottom >= line / 2


def test_the_relay_sheet_is_written_with_the_operator_named(page, ui_context, tmp_path):
    from pdf_tools import page_texts, squash

    written = []
    ui_context.exports.exported.connect(written.append)
    target = tmp_path / "fiche-entreprises.pdf"
    ui_context.exports.choose_target = lambda *_args: target
    view = page.schemes
    shown = view.detail.verdict
    view.detail.sheet_button.click()
    assert written == [str(target)]
    pages = page_texts(target)
    assert len(pages) == 1  # one page to hand out
    text = squash(pages[0])
    assert "Opérateur" in text and squash(shown.operator) in text
    assert squash("faire connaître aux entreprises") in text
    # no page of its own in the sources: where to learn more is the operator's, else the main source
    assert shown.scheme.url or "Ensavoirplus" in text
    # Fichier > Exporter offers this scheme's sheet while it is selected
    assert page.export_context().scheme_id == shown.id and page.export_context().commune == ("commune", "61382")


def test_the_detail_window_closes_in_french(qtbot, page):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = page.schemes.open_detail(page.schemes.verdicts[0].id)
    [box] = dialog.findChildren(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "Fermer"
    assert page.schemes.open_detail(-1) is None  # an unknown scheme opens nothing
    dialog.close()
