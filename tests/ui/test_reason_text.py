"""The window writes the services' reason codes through Qt translation: French as the catalogue, English complete."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from reason_samples import ALL_CODES, SAMPLES

from territoria.domain.messages_fr import reason_fr
from territoria.domain.reasons import Reason
from territoria.ui.reason_text import WRITERS, reason_text, reason_texts

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

import translations  # noqa: E402


@pytest.fixture(scope="module")
def english_qm(tmp_path_factory, qapp) -> Path:
    return next(qm for qm in translations.build(tmp_path_factory.mktemp("qm")) if qm.name == "territoria_en.qm")


@pytest.fixture()
def english(english_qm):
    translator = QTranslator()
    assert translator.load(str(english_qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_window_has_words_for_every_code_the_services_emit():
    assert ALL_CODES <= set(WRITERS), sorted(ALL_CODES - set(WRITERS))
    assert reason_text(Reason.of("no_such_code")) == "no_such_code"


def test_the_english_scheme_detail_gives_amounts_in_english(qtbot, shared_db, english):
    from datetime import date

    from territoria.services.eligibility import schemes_for
    from territoria.ui.commune.scheme_detail import SchemeDetailView

    verdicts = [v for v in schemes_for(shared_db, "commune", "93048", date(2026, 11, 22)) if v.amounts]
    assert verdicts and all(v.amount for v in verdicts)  # documents keep the French text
    view = SchemeDetailView()
    qtbot.addWidget(view)
    view.show_verdict(verdicts[0])
    text = view.plain_text()
    lines = text.splitlines()
    given = lines[lines.index("Amounts and rates") + 1]  # the summary below the title is the source's French
    assert given == ", ".join(reason_text(amount) for amount in verdicts[0].amounts) != verdicts[0].amount
    assert given.startswith(("up to", "from", "budget of")) and " M€" not in given


def test_the_french_window_says_exactly_the_catalogue_sentences(qapp):
    for code, reason in SAMPLES.items():
        assert reason_text(reason) == reason_fr(reason), code
    assert reason_texts(list(SAMPLES.values())) == [reason_fr(r) for r in SAMPLES.values()]


def test_the_english_window_says_every_reason_in_english_with_english_numbers(english):
    french_words = ("votre", " de ", " aux ", "Réservé", "Ouvert", "Projet", "hab.", "taille", "dont ",
                    "jusqu'à", "M€", "\u202f")
    for code, reason in SAMPLES.items():
        text = reason_text(reason)
        assert text != reason_fr(reason) and "{" not in text, (code, text)
        names = [value for _key, value in reason.values if isinstance(value, str)]  # place names stay French
        words = text
        for name in names:
            words = words.replace(name, "")
        assert not any(word in words for word in french_words), (code, text)
    assert reason_text(SAMPLES["population_close"]) == "Commune of a similar size: 1,055\u00a0inhabitants"
    assert reason_text(SAMPLES["budget_over"]) == "Cost above your ceiling: €3.6M"
    assert reason_text(SAMPLES["theme_need"]) == "Meets your needs: Legal certainty, Water"
    assert reason_text(SAMPLES["open_to"]) == "Open to communes, including your commune; applications until 31 March 2026"
    assert reason_text(SAMPLES["businesses_only"]).startswith("Reserved for businesses (TPE, PME, ETI): your department")
    assert reason_text(SAMPLES["amount_up_to"]) == "up to €200,000"
    assert reason_text(SAMPLES["rate_up_to"]) == "up to 40% of the cost"
    assert reason_text(SAMPLES["amount_range"]) == "from €5,000 to €200,000"
    assert reason_text(SAMPLES["weight_size"]) == ("Size of the lead: up to 40 points, fewer as the gap grows "
                                                   "(0 beyond a factor of 100)")


def test_errors_the_window_shows_speak_its_language(qapp, english):
    from territoria.errors import TerritoriaError
    from territoria.services.selection import clean_name
    from territoria.ui.reason_text import error_text

    with pytest.raises(TerritoriaError) as caught:
        clean_name("  ")
    assert caught.value.reason == Reason.of("error_search_name_empty")
    assert caught.value.message == "Donnez un nom à la recherche à enregistrer."  # the CLI's French
    assert error_text(caught.value) == "Give the search a name to save it."
    assert error_text(TerritoriaError("Message sans code.")) == "Message sans code."
