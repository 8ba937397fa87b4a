"""The window follows the system's text size: nothing is fixed in pixels that text must fit in.

The application font is doubled (as a user who sets 200 % text would) and the same widgets
are measured again: their text and the boxes that hold it grow with it, and the source has
no pixel font size left.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from territoria.ui.font_sizes import em, lines_height
from territoria.ui.main_window import MainWindow
from territoria.ui.notes.editor import NoteEditor

UI = Path(__file__).resolve().parents[2] / "src" / "territoria" / "ui"


@pytest.fixture()
def doubled_font(qapp):
    """The application's font at twice its point size, for the test only."""
    original = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(bigger)
    yield bigger
    qapp.setFont(original)


def measures(qtbot, context) -> dict[str, float]:
    """Sizes of text-bearing widgets of a fresh window (and a note editor)."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    browser = window.browser
    editor = NoteEditor()
    qtbot.addWidget(editor)
    ranked = window.commune_page.ranked
    figures = {
        "search font": browser.search_field.font().pointSizeF(),
        "search box height": browser.search_field.sizeHint().height(),
        "table row height": browser.table.verticalHeader().defaultSectionSize(),
        "tab height": window.pages.tabBar().sizeHint().height(),
        "note box": editor.text.maximumHeight(),
        "how box": ranked.how.maximumHeight(),
    }
    window.close()
    return figures


def test_doubling_the_system_font_grows_the_text_and_its_boxes(qtbot, ui_context, qapp):
    normal = measures(qtbot, ui_context)
    original = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(original.pointSizeF() * 2)
    qapp.setFont(bigger)
    try:
        large = measures(qtbot, ui_context)
    finally:
        qapp.setFont(original)
    assert large["search font"] == pytest.approx(2 * normal["search font"])
    grown = {name: round(large[name] / normal[name], 2) for name in normal}
    # boxes of text grow nearly as much as the text (frames and margins stay put)
    assert all(ratio >= 1.5 for ratio in grown.values()), grown


def test_line_heights_hold_their_lines(qtbot, doubled_font):
    box = QPlainTextEdit()
    qtbot.addWidget(box)
    assert lines_height(box, 4) >= 4 * box.fontMetrics().lineSpacing()
    assert em(box) == box.fontMetrics().horizontalAdvance("M")
    assert box.font().pointSizeF() == pytest.approx(doubled_font.pointSizeF())


def test_no_pixel_font_size_and_no_text_box_fixed_in_pixels_in_the_ui():
    pixel_font = re.compile(r"font-size:\s*\d+(\.\d+)?\s*(px|pt)|setPixelSize\(|setPointSize\(\d")
    fixed_box = re.compile(r"set(Fixed|Maximum)Height\(\d+\)")
    found = []
    for source in UI.rglob("*.py"):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
            if pixel_font.search(line) or fixed_box.search(line):
                found.append(f"{source.relative_to(UI)}:{number}: {line.strip()}")
    assert found == []


def test_the_application_font_is_the_systems(qapp):
    """Nothing sets an application-wide font of its own: the system's size is the one used."""
    assert QApplication.font().pointSizeF() > 0
    sources = "\n".join(p.read_text(encoding="utf-8") for p in UI.rglob("*.py"))
    assert "QApplication.setFont" not in sources and "app.setFont" not in sources


def test_at_twice_the_text_size_no_label_or_button_is_cut_at_1366x768(qtbot, ui_context, doubled_font):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from test_keyboard_and_names import choose_commune

    from territoria.settings import WELCOME_DONE

    ui_context.settings.set(WELCOME_DONE, True)
    window = MainWindow(ui_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    choose_commune(qtbot, window)  # "Ma commune" with its card, lists and tabs
    cut = []
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        qtbot.wait(50)
        page = window.pages.currentWidget()
        for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
            if not widget.isVisible() or widget.objectName().startswith("qt_") or not widget.text():
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                continue
            if widget.width() + 1 < widget.minimumSizeHint().width():
                cut.append(f"{window.pages.tabText(index)}: {widget.text()[:40]!r} "
                           f"{widget.width()} < {widget.minimumSizeHint().width()}")
    assert cut == []
