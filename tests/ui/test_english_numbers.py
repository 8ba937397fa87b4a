"""An English window writes every number the English way: no "1 055 hab." beside "1,055 inhabitants"."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from territoria.services.communes import find_place
from territoria.services.comparable import comparable_projects
from territoria.services.profile import profile_for

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

import translations  # noqa: E402

#: French number forms: "1 055" (narrow no-break space), "3,6 M€", "hab.", "70 M€".
FRENCH_NUMBERS = re.compile(r"\d\u202f\d{3}|\d,\d+\s?M€|\bhab\.|\d\u00a0M€|\d\u00a0€")


@pytest.fixture()
def english(tmp_path, qapp):
    qm = next(q for q in translations.build(tmp_path) if q.name == "territoria_en.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_profile_card_and_ranked_list_in_english_numbers(qtbot, shared_db, english):
    from territoria.ui.commune.profile_card import ProfileCardView
    from territoria.ui.commune.ranked_list import RankedList

    card = ProfileCardView()
    qtbot.addWidget(card)
    card.show_card(profile_for(shared_db, "commune", "13055"))  # Marseille: Plan SUD IA, 70 M€
    text = card.plain_text()
    assert "€70M" in text and "inhabitants" in text
    assert not FRENCH_NUMBERS.search(text), FRENCH_NUMBERS.search(text)
    toulouse = profile_for(shared_db, "commune", "31555")
    card.show_card(toulouse)
    text = card.plain_text()
    assert "other figure cited" in text or "other figures cited" in text
    assert not FRENCH_NUMBERS.search(text), FRENCH_NUMBERS.search(text)

    ranked = RankedList()
    qtbot.addWidget(ranked)
    found = comparable_projects(shared_db, find_place(shared_db, "commune", "61382"), limit=20)
    ranked.set_results(list(found.ranked))
    rows = "\n".join(ranked.list.item(row).text() for row in range(ranked.list.count()))
    assert "inhabitants" in rows and not FRENCH_NUMBERS.search(rows), FRENCH_NUMBERS.search(rows)


def test_the_same_card_in_french_keeps_french_numbers(qtbot, shared_db, qapp):
    from territoria.ui.commune.profile_card import ProfileCardView

    card = ProfileCardView()
    qtbot.addWidget(card)
    card.show_card(profile_for(shared_db, "commune", "31555"))
    text = card.plain_text()
    assert "\u00a0M€" in text and "hab." in text and "autre" in text
