"""Every control of the window is named for screen readers and reached with Tab; key actions have keys.

The walk covers each tab of the main window (the catalogue, the map, "Ma commune" with a
collectivité chosen, "Mes projets") and the main dialogs. A control's name is what Qt's
accessibility layer gives a screen reader: its accessible name, else its text or its buddy
label.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from territoria.ui.main_window import MainWindow

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


def is_part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces (a spin box's line edit, a combo's list, a header, a tab bar's scroll buttons,
    a search box's clear button: the keyboard clears with Ctrl+A, Suppr)."""
    if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def is_control(widget: QWidget) -> bool:
    """A standard control, or a widget of ours that takes the focus (the map, a selectable card)."""
    takes_focus = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    return isinstance(widget, INTERACTIVE) or (takes_focus and not isinstance(widget, QTabBar))


def controls(root: QWidget) -> list[QWidget]:
    """The visible, interactive controls under ``root``."""
    return [w for w in root.findChildren(QWidget) if is_control(w) and w.isVisibleTo(root)
            and not is_part_of_another_control(w)]


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).replace("&", "").strip()


def unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
            for w in controls(root) if not spoken_name(w)]


def tab_walk(start: QWidget, presses: int = 250) -> list[QWidget]:
    """The widgets Tab gives the focus to, from ``start``, until the focus comes back (or ``presses``)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert start.hasFocus(), QApplication.focusWidget()
    reached: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is focused:  # Tab went to the next link of a text: keep pressing
            continue
        if now is start or now in reached:
            break
        reached.append(now)
    return reached


def tab_reachable(root: QWidget) -> list[QWidget]:
    """What must be reached with Tab under ``root``: enabled, visible controls that accept Tab focus."""
    return [w for w in controls(root) if w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus]


def focus_proxy_of(widget: QWidget) -> QWidget:
    """The widget that really takes the focus for ``widget`` (a tab widget's is its tab bar)."""
    if isinstance(widget, QTabWidget):
        return widget.tabBar()
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


@pytest.fixture()
def window(qtbot, ui_context):
    from territoria.settings import WELCOME_DONE

    ui_context.settings.set(WELCOME_DONE, True)
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def show_tab(qtbot, window: MainWindow, index: int) -> QWidget:
    window.pages.setCurrentIndex(index)
    qtbot.wait(50)
    page = window.pages.currentWidget()
    return page


def choose_commune(qtbot, window: MainWindow) -> None:
    page = window.commune_page
    page.picker.edit.setFocus()
    with qtbot.waitSignal(page.picker.placeChosen, timeout=5000):
        qtbot.keyClicks(page.picker.edit, "61382")
        qtbot.keyClick(page.picker.edit, Qt.Key.Key_Return)
    qtbot.wait(50)
    while (popup := QApplication.activePopupWidget()) is not None:  # the suggestions, if still open
        popup.close()
        qtbot.wait(10)
    window.activateWindow()  # the offscreen platform leaves the closed suggestion list "active"
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_every_control_of_every_page_has_a_name_and_is_reached_with_tab(qtbot, window):
    choose_commune(qtbot, window)
    failures: dict[str, list[str]] = {}
    for index in range(window.pages.count()):
        page = show_tab(qtbot, window, index)
        title = window.pages.tabText(index).replace("&", "")
        if missing := unnamed(page):
            failures[f"{title} : sans nom"] = missing
        reached = {focus_proxy_of(w) for w in tab_walk(window.pages.tabBar())}
        missed = [f"{type(w).__name__} « {spoken_name(w)} »" for w in tab_reachable(page)
                  if focus_proxy_of(w) not in reached]
        if missed:
            failures[f"{title} : hors d'atteinte de Tab"] = missed
    assert failures == {}


def test_the_inner_tabs_of_ma_commune_are_walked_too(qtbot, window):
    choose_commune(qtbot, window)
    page = window.commune_page
    window.pages.setCurrentWidget(window.commune_tab)
    tabs = page.findChildren(type(window.pages))
    assert tabs, "Ma commune has inner tabs"
    failures = {}
    for inner in tabs:
        for index in range(inner.count()):
            inner.setCurrentIndex(index)
            qtbot.wait(30)
            shown = inner.currentWidget()
            title = inner.tabText(index).replace("&", "")
            if missing := unnamed(shown):
                failures[f"{title} : sans nom"] = missing
            reached = {focus_proxy_of(w) for w in tab_walk(inner.tabBar())}
            missed = [f"{type(w).__name__} « {spoken_name(w)} »" for w in tab_reachable(shown)
                      if focus_proxy_of(w) not in reached]
            if missed:
                failures[f"{title} : hors d'atteinte de Tab"] = missed
    assert failures == {}


def test_the_main_dialogs_name_every_control_and_tab_reaches_it(qtbot, window):
    window.pages.setCurrentWidget(window.projects_tab)
    qtbot.wait(30)
    openers = [window.show_about, window.show_guide, window.show_welcome, window.projects_tab.page().add,
               window.data_menu.open_import, window.data_menu.open_contribution, window.data_menu.open_trust,
               window.print_actions.edit_letterhead, window.show_import_table]
    failures = {}
    for opener in openers:
        dialog = opener()
        dialog.show()
        qtbot.waitExposed(dialog)
        title = dialog.windowTitle()
        if missing := unnamed(dialog):
            failures[title] = missing
        needed = tab_reachable(dialog)
        if needed:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            reached = {focus_proxy_of(w) for w in tab_walk(needed[0])} | {focus_proxy_of(needed[0])}
            missed = [f"{type(w).__name__} « {spoken_name(w)} »" for w in needed if focus_proxy_of(w) not in reached]
            if missed:
                failures[title + " : hors d'atteinte de Tab"] = missed
        dialog.close()
        qtbot.wait(10)
    assert failures == {}


MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text)
    return found.group(1).lower() if found else None


def test_tabs_and_menus_have_mnemonics_and_key_actions_have_shortcuts(window):
    tabs = [window.pages.tabText(i) for i in range(window.pages.count())]
    menus = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    keys = [mnemonic(text) for text in tabs + menus]
    assert None not in keys, tabs + menus
    assert len(set(keys)) == len(keys), f"mnemonics in conflict: {tabs + menus}"
    for menu_action in window.menuBar().actions():
        items = [a for a in menu_action.menu().actions() if not a.isSeparator() and a.isVisible()]
        lacking = [a.text() for a in items if mnemonic(a.text()) is None and a.shortcut().isEmpty()]
        assert lacking == [], (menu_action.text(), lacking)
        letters = [mnemonic(a.text()) for a in items if mnemonic(a.text())]
        assert len(set(letters)) == len(letters), (menu_action.text(), [a.text() for a in items])
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.about_action))
                 if not a.shortcut().isEmpty()}
    # search, next result, star, save the search, print, help (quitting: Alt+F4 or the platform's key)
    assert {"Ctrl+F", "Ctrl+Down", "Ctrl+D", "Ctrl+S", "Ctrl+P", "F1"} <= shortcuts, shortcuts


def test_labels_name_the_fields_they_describe(qtbot, window):
    """A label next to an input is its buddy: the screen reader reads it and Alt+letter goes there."""
    choose_commune(qtbot, window)
    lonely = []
    for index in range(window.pages.count()):
        page = show_tab(qtbot, window, index)
        for label in page.findChildren(QLabel):
            rich = label.textFormat() == Qt.TextFormat.RichText or label.text().lstrip().startswith("<")
            if label.isVisibleTo(page) and not rich and mnemonic(label.text()) and label.buddy() is None:
                lonely.append(label.text())
    assert lonely == []


def page_mnemonics(page: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of the Alt+letter keys a page shows: buttons, labels, inner tabs."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        texts = []
        if isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count())]
        found += [(letter, text) for text in texts if (letter := mnemonic(text))]
    return found


@pytest.fixture(params=["fr", "en"])
def language(request, qapp, tmp_path):
    """The window's language: French (the source strings) or English (the compiled .ts)."""
    if request.param == "fr":
        yield "fr"
        return
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import translations

    translator = QTranslator()
    assert translator.load(str(translations.build(tmp_path)[0]))
    QCoreApplication.installTranslator(translator)
    yield "en"
    QCoreApplication.removeTranslator(translator)


def test_no_alt_key_is_claimed_twice_on_a_page(qtbot, language, window):
    """An Alt+letter used twice does nothing in Qt (ambiguous): each page's keys are unique, in each language."""
    # ``language`` comes before ``window``: its translator is installed before the window is built
    choose_commune(qtbot, window)
    window_keys = {mnemonic(window.pages.tabText(i)) for i in range(window.pages.count())}
    window_keys |= {mnemonic(a.text()) for a in window.menuBar().actions()}
    clashes = {}

    def check(name: str, page: QWidget) -> None:
        keys = page_mnemonics(page)
        letters = [letter for letter, _ in keys]
        clash = [text for letter, text in keys if letter in window_keys or letters.count(letter) > 1]
        if clash:
            clashes[name] = sorted(clash)

    for index in range(window.pages.count()):
        check(window.pages.tabText(index), show_tab(qtbot, window, index))
    # each inner tab of "Ma commune", a scheme chosen so that its detail buttons show
    commune = window.commune_page
    window.pages.setCurrentWidget(window.commune_tab)
    for index in range(commune.tabs.count()):
        commune.tabs.setCurrentIndex(index)
        if commune.tabs.currentWidget() is commune.schemes:
            tree = commune.schemes.tree
            scheme = next(tree.topLevelItem(i).child(0) for i in range(tree.topLevelItemCount())
                          if tree.topLevelItem(i).childCount())
            tree.setCurrentItem(scheme)
        qtbot.wait(30)
        check("Ma commune > " + commune.tabs.tabText(index), commune)
    assert clashes == {}, "\n".join(f"{where}: {texts}" for where, texts in clashes.items())


def test_meaning_is_said_in_words_not_by_colour_alone(qtbot, window):
    """Closeness badges and verdict groups read the same in black and white: each carries its words."""
    from territoria.ui.commune.rich_item import HTML_ROLE, plain_text

    choose_commune(qtbot, window)
    page = window.commune_page
    ranked = page.ranked
    words = {ranked.closeness_word(code) for code in ("very_close", "close", "further")}
    rows = [ranked.list.item(i) for i in range(ranked.list.count())]
    assert rows
    for item in rows:
        html = item.data(HTML_ROLE)
        assert "color:" not in html  # classes only: the delegate picks readable inks
        shown = plain_text(html)
        assert any(shown.split(" ", 1)[1].startswith(word) for word in words), shown  # "1. Proche …"
        assert any(word in item.text() for word in words)  # what a screen reader reads
    tree = page.schemes.tree
    headers = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert headers and len({h.text(0) for h in headers}) == len(headers)  # each verdict in its own words
    for header in headers:
        assert header.text(0).strip()
        assert header.data(0, Qt.ItemDataRole.ForegroundRole) is None  # no colour code for a verdict
        assert header.data(0, Qt.ItemDataRole.BackgroundRole) is None
