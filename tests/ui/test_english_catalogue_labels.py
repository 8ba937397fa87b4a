"""The English catalogue says no facet heading, facet value or detail label in French.

The window's own test of untranslated strings leaves out every string whose English is the
same as its French (« Budget », « Commune »): that is how « Département » stayed French under
« Filters » and « Lead organisation ». Here the labels are compared with their French sources,
and only words that are English too may be the same.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

import translations  # noqa: E402

#: French labels that are English words as well.
SAME_IN_ENGLISH = frozenset({"Commune", "Communes", "Budget", "Programme", "Contact", "Sources", "Population",
                             "Initiative", "Agriculture", "Association", "Associations", "Optimisation",
                             "Permanent", "Dates", "Date", "Licence"})
#: The translation contexts of the catalogue's facet panel, its vocabulary and its detail pane.
CONTEXTS = ("FacetPanel", "vocab", "DetailRenderer")


def french_sources() -> set[str]:
    """The French source labels of :data:`CONTEXTS` (from the English .ts)."""
    root = ET.parse(REPO / "resources" / "translations" / "territoria_en.ts").getroot()
    return {message.findtext("source") or "" for context in root.iter("context")
            if context.findtext("name") in CONTEXTS for message in context.iter("message")}


@pytest.fixture()
def english(tmp_path, qapp):
    translator = QTranslator()
    assert translator.load(str(translations.build(tmp_path)[0]))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def _left_in_french(texts) -> list[str]:
    french = french_sources() - SAME_IN_ENGLISH
    return sorted({text for text in texts if text in french})


def test_facet_headings_and_values_and_detail_labels_are_english(qtbot, ui_context, english):
    from territoria.ui.main_window import MainWindow

    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    browser = window.browser
    qtbot.waitUntil(lambda: not browser.facets_pending(), timeout=10_000)
    # initiatives led by a commune: a detail with the row of the commune's département
    browser.set_filters({"lead_kind": ["commune"]})
    qtbot.waitUntil(lambda: not browser.facets_pending(), timeout=10_000)
    browser.next_result()
    panel = browser.facets
    headings = [panel.topLevelItem(i).text(0) for i in range(panel.topLevelItemCount())]
    values = [panel.topLevelItem(i).child(j).text(0) for i in range(panel.topLevelItemCount())
              for j in range(panel.topLevelItem(i).childCount())]
    assert "Department" in headings and "Lead organisation" in headings
    assert "Department" in values  # under « Lead organisation », even when no initiative has it
    assert not _left_in_french(headings + values)
    detail = browser.detail.plain_text()
    labels = [line.strip() for line in re.split(r"[\n\t\u2028\u2029]", detail) if line.strip()]
    assert "At a glance" in labels and "Department" in labels
    assert not _left_in_french(labels)
    window.close()
