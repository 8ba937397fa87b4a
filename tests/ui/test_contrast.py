"""WCAG AA contrast of the window in every state, on the light system palette and on dark ones.

The ratios are computed (``domain.colours``) on the palette the application really installs
(``ui.palette.accessible_palette`` of the system's), then checked on rendered rows: a
selected row of the rich lists draws its closeness badge and grey reasons in the selection's
text colour, and a zero-count filter stays readable.
"""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem

from territoria.domain.colours import AA_TEXT, SEMANTIC, contrast_ratio, relative_luminance
from territoria.services.search import FacetValue
from territoria.ui.browser.facet_panel import FacetPanel
from territoria.ui.commune.rich_item import HTML_ROLE, RichItemDelegate, html_block
from territoria.ui.palette import GROUPS, TEXT_PAIRS, accessible_palette, item_inks, semantic_colour

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def palette_of(colours: dict[Role, str], disabled: dict[Role, str] | None = None) -> QPalette:
    """A palette with ``colours`` in every group (``disabled`` overriding the disabled group)."""
    palette = QPalette()
    for group in GROUPS:
        for role, colour in colours.items():
            palette.setColor(group, role, QColor(colour))
    for role, colour in (disabled or {}).items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def breeze_dark() -> QPalette:
    """KDE's Breeze Dark (light-blue selection under near-white text: 2.3:1)."""
    return palette_of({
        Role.Window: "#2a2e32", Role.WindowText: "#fcfcfc", Role.Base: "#1b1e20", Role.AlternateBase: "#232629",
        Role.Text: "#fcfcfc", Role.Button: "#31363b", Role.ButtonText: "#fcfcfc", Role.Highlight: "#3daee9",
        Role.HighlightedText: "#fcfcfc", Role.Link: "#1d99f3", Role.LinkVisited: "#9b59b6",
        Role.PlaceholderText: "#8d9195", Role.ToolTipBase: "#31363b", Role.ToolTipText: "#fcfcfc",
    }, disabled={Role.Text: "#6e7173", Role.WindowText: "#6e7173", Role.ButtonText: "#6e7173"})


def windows_dark() -> QPalette:
    """Windows 11's dark mode as Qt reports it (dark blue link on black fails)."""
    return palette_of({
        Role.Window: "#1e1e1e", Role.WindowText: "#ffffff", Role.Base: "#2d2d2d", Role.AlternateBase: "#353535",
        Role.Text: "#ffffff", Role.Button: "#3c3c3c", Role.ButtonText: "#ffffff", Role.Highlight: "#0078d4",
        Role.HighlightedText: "#ffffff", Role.Link: "#0078d4", Role.LinkVisited: "#8764b8",
        Role.PlaceholderText: "#7f7f7f", Role.ToolTipBase: "#2b2b2b", Role.ToolTipText: "#ffffff",
    }, disabled={Role.Text: "#5f5f5f", Role.WindowText: "#5f5f5f", Role.ButtonText: "#5f5f5f"})


def system_light() -> QPalette:
    """The palette offered by the system (Fusion here: a 3.6:1 selection, 1.6:1 disabled text)."""
    return QPalette(QApplication.instance().style().standardPalette())


PALETTES = {"clair (système)": system_light, "Breeze sombre": breeze_dark, "Windows sombre": windows_dark}


def ratio(palette: QPalette, group: Group, ink: Role, background: Role) -> float:
    return contrast_ratio(palette.color(group, ink).name(), palette.color(group, background).name())


@pytest.mark.parametrize("make", PALETTES.values(), ids=PALETTES.keys())
def test_every_ink_of_the_installed_palette_reaches_aa_in_every_group(qapp, make):
    system = make()
    fixed = accessible_palette(system)
    failures = []
    for group in GROUPS:
        pairs = [(ink, background) for ink, backgrounds in TEXT_PAIRS for background in backgrounds]
        pairs.append((Role.HighlightedText, Role.Highlight))
        for ink, background in pairs:
            if ratio(fixed, group, ink, background) < AA_TEXT:
                failures.append((group.name, ink.name, background.name, round(ratio(fixed, group, ink, background), 2)))
    assert failures == []
    # what passed is kept (black text stays black, the dark palette stays dark)
    assert fixed.color(Group.Active, Role.Text) == system.color(Group.Active, Role.Text)
    assert fixed.color(Group.Active, Role.Base) == system.color(Group.Active, Role.Base)
    # disabled text is still told apart from enabled text
    assert fixed.color(Group.Disabled, Role.Text) != fixed.color(Group.Active, Role.Text)


def test_the_system_palettes_really_failed_before_correction(qapp):
    """The cases the correction is for: otherwise the test above could not fail."""
    assert ratio(system_light(), Group.Active, Role.HighlightedText, Role.Highlight) < AA_TEXT
    assert ratio(system_light(), Group.Disabled, Role.Text, Role.Base) < AA_TEXT
    assert ratio(breeze_dark(), Group.Active, Role.HighlightedText, Role.Highlight) < AA_TEXT
    assert ratio(windows_dark(), Group.Active, Role.Link, Role.Window) < AA_TEXT


@pytest.mark.parametrize("make", PALETTES.values(), ids=PALETTES.keys())
def test_rows_inks_reach_aa_in_every_state(qapp, make):
    palette = accessible_palette(make())
    for selected, active, enabled, alternate in itertools.product((False, True), repeat=4):
        inks = item_inks(palette, selected=selected, active=active, enabled=enabled, alternate=alternate)
        state = (selected, active, enabled, alternate)
        assert contrast_ratio(inks.text, inks.background) >= AA_TEXT, state
        assert contrast_ratio(inks.muted, inks.background) >= AA_TEXT, state
        for name in SEMANTIC:
            assert contrast_ratio(inks.semantic(name), inks.background) >= AA_TEXT, (state, name)
        if selected:  # on the selection, every meaning takes the selection's text colour
            assert {inks.semantic(name) for name in SEMANTIC} == {inks.text}
        elif enabled:  # secondary lines still look secondary (disabled text is already at the limit)
            assert inks.muted != inks.text


@pytest.mark.parametrize("make", PALETTES.values(), ids=PALETTES.keys())
def test_labels_colours_of_meaning_read_on_their_background(qtbot, make):
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.setPalette(accessible_palette(make()))
    for background in (Role.Window, Role.Base):
        ground = panel.palette().color(Group.Active, background).name()
        for name in SEMANTIC:
            assert contrast_ratio(semantic_colour(panel, name, background), ground) >= AA_TEXT, (name, background)


def row_colours(view: QListWidget, row: int) -> set[str]:
    """The colours painted in ``row``'s band (margins left out)."""
    view.viewport().update()
    image = view.viewport().grab().toImage()
    rect = view.visualItemRect(view.item(row))
    rect.setBottom(view.visualItemRect(view.item(row + 1)).top())  # the band the next row does not cover
    rect = rect.adjusted(2, 2, -30, -2)
    return {image.pixelColor(x, y).name() for x in range(rect.left(), rect.right(), 1)
            for y in range(rect.top(), rect.bottom())}


@pytest.mark.parametrize("make", PALETTES.values(), ids=PALETTES.keys())
def test_a_selected_rich_row_draws_badge_and_reasons_in_the_selection_text_colour(qtbot, make):
    palette = accessible_palette(make())
    view = QListWidget()
    qtbot.addWidget(view)
    view.setPalette(palette)
    view.setItemDelegate(RichItemDelegate(view))
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no focus frame over the row
    view.resize(500, 200)
    for closeness in ("very_close", "close", "further"):
        item = QListWidgetItem("x")
        item.setData(HTML_ROLE, html_block("Capteurs de fuites", ["Même département · 1 040 habitants"],
                                           badge="Très proche", badge_kind=closeness))
        view.addItem(item)
    view.show()
    qtbot.waitExposed(view)
    # not selected: the badge is drawn in its hue (made readable on the row's colour)
    base = item_inks(palette, alternate=False)
    plain = row_colours(view, 0)
    assert base.semantic("very_close") in plain and base.muted in plain
    # selected: every pixel lies between the selection and its text colour — no blue on blue
    view.setCurrentRow(0)
    selected = item_inks(palette, selected=True, active=view.isActiveWindow())
    colours = row_colours(view, 0)
    assert selected.background in colours and selected.text in colours
    low, high = sorted((relative_luminance(selected.background), relative_luminance(selected.text)))
    stray = [c for c in colours if not low - 0.02 <= relative_luminance(c) <= high + 0.02]
    assert stray == []


@pytest.mark.parametrize("make", PALETTES.values(), ids=PALETTES.keys())
def test_a_zero_count_filter_is_grey_yet_readable(qtbot, make):
    panel = FacetPanel()
    qtbot.addWidget(panel)
    panel.setPalette(accessible_palette(make()))
    panel.set_counts({"status": [FacetValue("production", "En service", 4), FacetValue("pilot", "Pilote", 0)]})
    used, empty = panel.item_for("status", "production"), panel.item_for("status", "pilot")
    base = panel.palette().color(Group.Active, Role.Base).name()
    alternate = panel.palette().color(Group.Active, Role.AlternateBase).name()
    grey, ink = empty.foreground(1).color().name(), used.foreground(1).color().name()
    assert grey != ink and empty.text(1) == "0"  # the count says it, the grey only helps
    for ground in (base, alternate):
        assert contrast_ratio(grey, ground) >= AA_TEXT
        assert contrast_ratio(ink, ground) >= AA_TEXT
    assert not empty.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_no_colour_is_written_into_the_window_code_outside_the_palette_and_the_map():
    """Inks come from ``ui/palette.py`` (readable on the palette in use); the map draws on its own fills."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "src" / "territoria" / "ui"
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|color:\s*(?!palette|\{)[a-z]+")
    found = []
    for source in ui.rglob("*.py"):
        relative = source.relative_to(ui).as_posix()
        if relative == "palette.py" or relative.startswith("map/"):
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
            if literal.search(line):
                found.append(f"{relative}:{number}: {line.strip()}")
    assert found == []


def test_the_application_installs_the_corrected_palette_and_renews_it_when_the_system_changes(qapp):
    from PySide6.QtCore import Qt as QtCore_Qt

    from territoria.ui.palette import apply_accessible_palette

    original = QPalette(qapp.palette())
    try:
        apply_accessible_palette(qapp)
        assert ratio(qapp.palette(), Group.Active, Role.HighlightedText, Role.Highlight) >= AA_TEXT
        qapp.setPalette(breeze_dark())  # the system turns dark…
        qapp.styleHints().colorSchemeChanged.emit(QtCore_Qt.ColorScheme.Dark)  # …and says so
        for group in GROUPS:
            assert ratio(qapp.palette(), group, Role.HighlightedText, Role.Highlight) >= AA_TEXT
            assert ratio(qapp.palette(), group, Role.Text, Role.Base) >= AA_TEXT
    finally:
        qapp.setPalette(original)
