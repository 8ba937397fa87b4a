"""Qt translations: the English .ts is complete, compiles, loads, and leaves no French UI text on screen."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QMenu,
    QMessageBox,
    QTableView,
    QTabBar,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from territoria.domain import format_fr
from territoria.ui import formatting

REPO = Path(__file__).resolve().parents[2]
TS_FILE = REPO / "resources" / "translations" / "territoria_en.ts"
sys.path.insert(0, str(REPO / "scripts"))

import gen_vocab_labels  # noqa: E402
import translations  # noqa: E402

#: What must survive translation: {0}-style and %n placeholders, HTML tags.
PLACEHOLDER = re.compile(r"\{\d*\}|%n|<[^>]+>")
#: The string properties of widgets that people see or hear.
TEXT_GETTERS = ("text", "placeholderText", "toolTip", "accessibleName", "accessibleDescription", "title",
                "windowTitle", "statusTip", "specialValueText")


def messages() -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message of the English .ts."""
    found = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            found.append((name, message.findtext("source"), forms))
    return found


def test_vocabulary_string_list_is_current():
    current = (REPO / "src" / "territoria" / "ui" / "vocab_strings.py").read_text(encoding="utf-8")
    assert current == gen_vocab_labels.render(), "run: python scripts/gen_vocab_labels.py"


def test_every_source_string_is_translated():
    ts = TS_FILE.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts, "some strings of territoria_en.ts are not translated yet"
    found = messages()
    assert len(found) > 350
    empty = [(context, source) for context, source, forms in found if not all(form.strip() for form in forms)]
    assert not empty


def test_translations_keep_placeholders_markup_and_accelerators():
    for context, source, forms in messages():
        for form in forms:
            assert Counter(PLACEHOLDER.findall(form)) == Counter(PLACEHOLDER.findall(source)), (context, source)
            accelerators = lambda text: len(re.findall(r"(?<!&)&(?!&)", text))  # noqa: E731
            assert accelerators(form) == accelerators(source), (context, source, form)


@pytest.fixture(scope="module")
def qm_file(tmp_path_factory, qapp) -> Path:
    return translations.build(tmp_path_factory.mktemp("qm"))[0]


@pytest.fixture()
def english(qm_file):
    translator = QTranslator()
    assert translator.load(str(qm_file))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_english_translation_translates_the_main_window_and_vocabulary(english):
    from territoria.ui.labels import label

    assert QCoreApplication.translate("MainWindow", "&Fichier") == "&File"
    assert label("status", "production") == "In service"
    assert label("status", "idea") == "Planned"
    assert label("theme", "water") == "Water"
    assert label("band", "p500") == "500 to 1,999 inhabitants"


def test_numbers_money_and_dates_are_french_without_a_translator(qapp):
    for value in (0, 461, 1055, 34_969, 2_500_000, -1200):
        assert formatting.group_thousands(value) == format_fr.group_thousands(value)
        assert formatting.population(value) == format_fr.population(value)
    for value in (None, 950.0, 200_000.0, 3_600_000.0, 70_000_000.0, 1_250_000_000.0):
        assert formatting.euros(value) == format_fr.euros(value)
    assert formatting.decimal(1234.56, 1) == format_fr.decimal_fr(1234.56, 1)
    for value in ("2025-06-12", "2025-06-01", "2024-10", "2024", "", None, "plus tard"):
        assert formatting.partial_date(value) == format_fr.partial_date(value)


def test_numbers_money_and_dates_in_english(english):
    assert formatting.population(1055) == "1,055\u00a0inhabitants"
    assert formatting.population(None) == "population unknown"
    assert formatting.euros(200_000) == "€200,000"
    assert formatting.euros(3_600_000) == "€3.6M"
    assert formatting.euros(1_250_000_000) == "€1.25bn"
    assert formatting.decimal(1234.56, 1) == "1,234.6"
    assert formatting.partial_date("2025-06-01") == "1 June 2025"
    assert formatting.partial_date("2024-10") == "October 2024"
    assert QCoreApplication.translate("ExportController", "%n filtre(s)", "", 1) == "1 filter"
    assert QCoreApplication.translate("ExportController", "%n filtre(s)", "", 3) == "3 filters"


def _mnemonic(text: str) -> str | None:
    match = re.search(r"(?<!&)&([^&])", text)
    return match.group(1).lower() if match else None


def _shown_texts(window: QWidget) -> set[str]:
    """Every string the window's widgets, items, headers and actions show or announce."""
    texts: set[str] = set()
    for widget in [window, *window.findChildren(QWidget)]:
        for getter in TEXT_GETTERS:
            method = getattr(widget, getter, None)
            try:
                value = method() if callable(method) else None
            except TypeError:  # a getter of another signature (QTreeWidgetItem-like APIs)
                continue
            if isinstance(value, str):
                texts.add(value)
        if isinstance(widget, QTabBar):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            texts.update(widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QTreeWidget):
            iterator = QTreeWidgetItemIterator(widget)
            while iterator.value():
                item = iterator.value()
                texts.update(item.text(c) for c in range(widget.columnCount()))
                texts.add(str(item.data(0, Qt.ItemDataRole.AccessibleTextRole) or ""))
                iterator += 1
        if isinstance(widget, QTextBrowser):
            texts.update(re.split(r"[\n\t\u2028\u2029]", widget.toPlainText()))
        if isinstance(widget, QTableView):
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.add(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
    for action in window.findChildren(QAction):
        texts.update((action.text(), action.toolTip(), action.statusTip()))
    fragments = set()
    for text in texts:
        fragments.add(text.strip())
        fragments.update(part.strip() for part in re.split(r"<[^>]+>|\n", text))
    return {fragment for fragment in fragments if fragment}


def test_the_english_window_shows_no_french_ui_string(qtbot, db, ui_context, english):
    from territoria.services.communes import find_place
    from territoria.ui.commune import CommunePage
    from territoria.ui.main_window import MainWindow

    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitUntil(lambda: not window.browser.facets_pending(), timeout=10_000)
    window.browser.set_filters({"status": ["production"]})
    qtbot.waitUntil(lambda: not window.browser.facets_pending(), timeout=10_000)
    window.browser.next_result()
    commune = window.commune_page
    assert isinstance(commune, CommunePage)
    commune.choose(find_place(db, "commune", "61382"))
    commune.compare([entry.id for entry in commune.ranked.items[:2]])
    commune.ranked.set_checked([commune.ranked.items[0].id])
    window.export_menu.refresh()

    assert window.edition_label.text() == "Data up to date as of 28 November 2025"
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&Search", "&Help"]
    untranslated = {source for _context, source, forms in messages() if all(form != source for form in forms)}
    shown = _shown_texts(window)
    assert "In service" in shown and "Lead organisation" in shown and "1 project ticked (tick 2 to 4)." in shown
    assert not shown & untranslated, sorted(shown & untranslated)

    for menu in [window.menuBar(), *window.findChildren(QMenu)]:
        keys = [_mnemonic(action.text()) for action in menu.actions() if action.isVisible() and action.text()]
        keys = [key for key in keys if key]
        assert len(keys) == len(set(keys)), (menu.title() if isinstance(menu, QMenu) else "menu bar", keys)
    window.close()


def shown_message(window) -> QMessageBox:
    """The one message box ``window`` shows."""
    shown = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert len(shown) == 1, shown
    return shown[0]


def test_the_language_menu_remembers_the_choice_for_the_next_start(qtbot, db, data_dir, qm_file, monkeypatch):
    from territoria.settings import LANGUAGE
    from territoria.ui import i18n
    from territoria.ui.context import UiContext
    from territoria.ui.main_window import MainWindow
    from territoria.ui.qt_settings import open_settings
    from territoria.ui.tasks import BackgroundWork

    monkeypatch.delenv("TERRITORIA_LANG", raising=False)
    ini = data_dir / "settings.ini"
    window = MainWindow(UiContext.create(db, open_settings(ini), BackgroundWork.inline()))
    qtbot.addWidget(window)
    assert window.language_menu.menuAction() in window.help_menu.actions()
    assert [action.text() for action in window.language_menu.actions()] == ["&Français", "&English"]
    assert window.language_actions["fr"].isChecked() and not window.language_actions["en"].isChecked()

    window.language_actions["en"].trigger()
    assert window.language_actions["en"].isChecked() and not window.language_actions["fr"].isChecked()
    message = shown_message(window)
    assert message.text() == "Territoria will be in English the next time it starts."
    message.close()
    window.settings.backend.qsettings.sync()

    # the next start reads the choice and loads the English translation
    settings = open_settings(ini)
    assert settings.get(LANGUAGE) == "en"
    assert i18n.choose_language(settings.get(LANGUAGE)) == "en"
    again = MainWindow(UiContext.create(db, settings, BackgroundWork.inline()))
    qtbot.addWidget(again)
    assert again.language_actions["en"].isChecked()
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: qm_file)
    default_locale = QLocale()
    installed = i18n.install_translators(QCoreApplication.instance(), "en")
    try:
        assert QCoreApplication.translate("MainWindow", "&Fichier") == "&File"
        assert QLocale().language() == QLocale.Language.English
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(default_locale)

    again.language_actions["fr"].trigger()
    assert settings.get(LANGUAGE) == "fr"
    message = shown_message(again)
    assert message.text() == "Territoria sera en français au prochain démarrage."
    message.close()
