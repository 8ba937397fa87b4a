"""Qt plural forms in French and English, and Qt's own translations for the standard dialogs."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from territoria.ui import i18n

REPO = Path(__file__).resolve().parents[2]
TS_DIR = REPO / "resources" / "translations"
sys.path.insert(0, str(REPO / "scripts"))

import translations  # noqa: E402

TICKED = "%n projet(s) coché(s) sur 2 à 4."


@pytest.fixture(scope="module")
def qm_files(tmp_path_factory, qapp) -> dict[str, Path]:
    return {qm.stem.removeprefix("territoria_"): qm for qm in translations.build(tmp_path_factory.mktemp("qm"))}


@pytest.fixture()
def language(qm_files, monkeypatch):
    """Install the translators of a language as the app does (``i18n.install_translators``)."""
    installed: list[QTranslator] = []
    default_locale = QLocale()

    def install(code: str) -> list[QTranslator]:
        monkeypatch.setattr(i18n, "resource_path", lambda *parts: qm_files[code])
        installed.extend(i18n.install_translators(QCoreApplication.instance(), code))
        return installed

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(default_locale)


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            forms = [form.text or "" for form in message.iter("numerusform")]
            yield context.findtext("name"), message.findtext("source"), message.get("numerus") == "yes", forms


def test_every_counted_ui_string_uses_plural_forms_in_both_languages():
    english = list(_messages(TS_DIR / "territoria_en.ts"))
    # no "(s)" left to guess: a string that counts goes through %n and its plural forms
    guessed = [(context, source) for context, source, numerus, _forms in english
               if re.search(r"\w\(s\)", source) and not numerus]
    assert not guessed, guessed
    counted = {(context, source) for context, source, numerus, _forms in english if numerus}
    assert len(counted) >= 10
    french = {(context, source): forms for context, source, numerus, forms in _messages(TS_DIR / "territoria_fr.ts")
              if numerus}  # the file also gives French typography to the sources that need it
    assert set(french) == counted, "run scripts/translations.py update, then fill territoria_fr.ts"
    for key, forms in french.items():
        assert len(forms) == 2 and all(forms) and not any("(s)" in form for form in forms), key
        assert all("%n" in form for form in forms), key
    for context, source, numerus, forms in english:
        if numerus:
            assert len(forms) == 2 and all(forms) and not any("(s)" in form for form in forms), (context, source)


def test_french_and_english_plurals_on_the_ranked_list(qtbot, language):
    from territoria.ui.commune.ranked_list import RankedList

    translate = QCoreApplication.translate
    assert translate("RankedList", TICKED, "", 1) == "1 projet(s) coché(s) sur 2 à 4."  # no translator: the source
    language("fr")
    assert translate("RankedList", TICKED, "", 0) == "0 projet coché sur 2 à 4."
    assert translate("RankedList", TICKED, "", 1) == "1 projet coché sur 2 à 4."
    assert translate("RankedList", TICKED, "", 3) == "3 projets cochés sur 2 à 4."
    assert translate("_ReportPage", "%n importée(s)", "", 2) == "2 importées"
    # French keeps every other string as its source
    assert translate("MainWindow", "&Fichier") == "&Fichier"
    ranked = RankedList()
    qtbot.addWidget(ranked)
    from territoria.services.comparable import Comparable, ScoreParts

    parts = ScoreParts(0, 0, 0, 0, 0, 0, 0)
    entries = [Comparable(id=n, slug=f"p{n}", title=f"Projet {n}", score=1.0, reasons=(), lead="", lead_kind="",
                          lead_population=None, place="", status="idea", start_year=None, budget_eur=None, themes=(),
                          parts=parts) for n in (1, 2, 3)]
    ranked.set_results(entries)
    ranked.set_checked([1])
    assert ranked.hint.text() == "1 projet coché sur 2 à 4."
    ranked.set_checked([1, 2, 3])
    assert ranked.hint.text() == "3 projets cochés sur 2 à 4."


def test_english_plurals(language):
    language("en")
    translate = QCoreApplication.translate
    assert translate("RankedList", TICKED, "", 1) == "1 project ticked (tick 2 to 4)."
    assert translate("RankedList", TICKED, "", 3) == "3 projects ticked (tick 2 to 4)."
    assert translate("RestoreDialog", "%n recherche(s)", "", 1) == "1 search"
    assert translate("RestoreDialog", "%n recherche(s)", "", 4) == "4 searches"


def test_qt_standard_dialogs_speak_the_ui_language(language):
    language("fr")
    translate = QCoreApplication.translate
    # Qt's own strings: the file dialog and the standard buttons
    assert translate("QFileDialog", "Look in:") == "Voir dans\u00a0:"
    assert translate("QPlatformTheme", "Cancel") == "Annuler"
    assert translate("QPlatformTheme", "Save") == "Enregistrer"


def test_the_frozen_build_keeps_qt_french_and_english_translations():
    spec = (REPO / "packaging" / "territoria.spec").read_text(encoding="utf-8")
    # the filter that drops Qt's other languages keeps _fr.qm and _en.qm
    namespace: dict = {}
    source = spec[spec.index("def _unneeded"):spec.index("\n\n\n", spec.index("def _unneeded"))]
    exec(compile(source, "territoria.spec", "exec"), namespace)  # noqa: S102 - our own build file
    unneeded = namespace["_unneeded"]
    assert not unneeded("PySide6/Qt/translations/qtbase_fr.qm")
    assert not unneeded("PySide6/Qt/translations/qtbase_en.qm")
    assert unneeded("PySide6/Qt/translations/qtbase_de.qm")
