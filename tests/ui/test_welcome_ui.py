"""First run: the welcome screen, "Ma commune" on the next starts, Aide > Guide and Signaler un problème."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from territoria import __version__
from territoria.services.meta import data_edition
from territoria.services.profile import load_choice
from territoria.settings import WELCOME_DONE
from territoria.ui.formatting import partial_date
from territoria.ui.main_window import MainWindow
from territoria.ui.welcome import WelcomeDialog


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    return window


def _welcomes(window) -> list[WelcomeDialog]:
    return [d for d in window.findChildren(WelcomeDialog) if d.isVisible()]


def test_first_start_welcomes_then_lands_on_ma_commune(qtbot, ui_context):
    window = _window(qtbot, ui_context)
    window.open_start_page()
    [welcome] = _welcomes(window)
    assert "intelligence artificielle" in welcome.intro.text()
    assert len(welcome.intro.text().split("\n")) == 2  # two lines on what the app does
    assert not welcome.start_button.isEnabled()
    welcome.picker.edit.setFocus()
    with qtbot.waitSignal(welcome.picker.placeChosen, timeout=5000):
        qtbot.keyClicks(welcome.picker.edit, "st denis sarthon")
        qtbot.keyClick(welcome.picker.edit, Qt.Key.Key_Return)
    assert welcome.start_button.isEnabled()
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    assert window.pages.currentWidget() is window.commune_tab
    assert window.commune_page.place.code == "61382"
    assert window.commune_page.picker.edit.text() == "Saint-Denis-sur-Sarthon (61)"
    assert load_choice(ui_context.db).code == "61382"
    assert ui_context.settings.get(WELCOME_DONE)
    window.close()
    # the next start reopens on "Ma commune", without the welcome screen
    again = _window(qtbot, ui_context)
    again.open_start_page()
    assert _welcomes(again) == []
    assert again.pages.currentWidget() is again.commune_tab
    qtbot.waitUntil(lambda: again.commune_page.ranked.list.count() > 0, timeout=5000)


def test_later_keeps_the_catalogue_and_does_not_ask_again(qtbot, ui_context):
    window = _window(qtbot, ui_context)
    window.open_start_page()
    [welcome] = _welcomes(window)
    qtbot.mouseClick(welcome.later_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.browser
    assert ui_context.settings.get(WELCOME_DONE) and load_choice(ui_context.db) is None
    again = _window(qtbot, ui_context)
    again.open_start_page()
    assert _welcomes(again) == [] and again.pages.currentWidget() is again.browser
    # Aide offers it again
    again.welcome_action.trigger()
    assert len(_welcomes(again)) == 1


def test_aide_has_a_guide_and_copies_a_problem_report(qtbot, ui_context):
    window = _window(qtbot, ui_context)
    # the French UI's typography file may have put a no-break space before the colon
    texts = [a.text().replace("\u00a0", " ").replace("\u202f", " ") for a in window.help_menu.actions()]
    assert texts[:3] == ["&Bienvenue : choisir ma collectivité…", "&Guide", "&Signaler un problème"]
    guide = window.show_guide()
    assert guide.isVisible() and "Choisir votre collectivité" in guide.text.toPlainText()
    assert "Candidater / en savoir plus" in guide.text.toPlainText()
    guide.close()
    report = window.report_problem()
    assert QApplication.clipboard().text() == report
    assert f"Territoria {__version__}" in report
    assert str(ui_context.paths.log_file) in report
    edition = partial_date(data_edition(ui_context.db))
    assert f"Édition des données : {edition}" in report


def test_the_welcome_screen_is_compact_with_the_hint_under_the_picker(qtbot, ui_context):
    for size in ((1366, 768), (1024, 600)):
        window = MainWindow(ui_context)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        welcome = WelcomeDialog(ui_context, window)
        welcome.show()
        qtbot.waitExposed(welcome)
        layout = welcome.layout()
        spacing = layout.spacing()
        picker, hint = welcome.picker.geometry(), welcome.hint.geometry()
        # the hint follows the picker (the suggestions closed): no blank band between them
        assert 0 <= hint.top() - picker.bottom() <= 3 * spacing + 4, (size, picker, hint)
        # as tall as its contents: nothing much left over above the buttons either
        assert welcome.height() <= layout.totalHeightForWidth(welcome.width()) + 2 * spacing, size
        assert welcome.height() < 0.6 * window.height(), size
        # the suggestions open over the hint (a popup): the dialog's lines stay where they are
        welcome.picker.edit.setFocus()
        qtbot.keyClicks(welcome.picker.edit, "st denis sarthon")
        popup = welcome.picker.completer.popup()
        qtbot.waitUntil(popup.isVisible, timeout=5000)
        assert popup.isWindow() and welcome.hint.geometry() == hint
        welcome.reject()
        window.close()
