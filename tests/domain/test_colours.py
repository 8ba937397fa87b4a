"""WCAG contrast arithmetic, and the fixed colour pairs of the PDFs and the map (no Qt)."""

from __future__ import annotations

import pytest

from territoria.domain.colours import (
    AA_NON_TEXT,
    AA_TEXT,
    MARK_BACKGROUND,
    MARK_INK,
    SEMANTIC,
    behind,
    contrast_ratio,
    muted_on,
    readable_on,
    relative_luminance,
)
from territoria.reports import france_map, styles
from territoria.services.maps.classes import HIGHLIGHT_CASING, PALETTE, PATTERN_INK, PATTERNS


def test_the_wcag_formula_gives_its_reference_values():
    assert relative_luminance("#000000") == 0 and relative_luminance("#ffffff") == pytest.approx(1)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1)
    # the classic limits: #767676 is the lightest grey that passes on white, #777777 fails
    assert contrast_ratio("#767676", "#ffffff") >= AA_TEXT > contrast_ratio("#777777", "#ffffff")
    # Fusion's selection under white text: the failure the window corrects
    assert contrast_ratio("#ffffff", "#308cc6") < AA_TEXT
    with pytest.raises(ValueError):
        relative_luminance("bleu")


@pytest.mark.parametrize(("colour", "background"), [
    ("#308cc6", "#308cc6"), ("#bebebe", "#efefef"), ("#1f5f99", "#232629"), ("#b00020", "#1e1e1e"),
    ("#ffffff", "#ffff00"), ("#777777", "#777777"),
])
def test_readable_on_and_behind_reach_the_threshold_and_keep_what_passes(colour, background):
    assert contrast_ratio(readable_on(colour, background), background) >= AA_TEXT
    assert contrast_ratio(colour, behind(background, colour)) >= AA_TEXT
    assert readable_on("#000000", "#ffffff") == "#000000" and behind("#000000", "#ffffff") == "#000000"
    muted = muted_on("#000000", "#ffffff")
    assert muted != "#000000" and contrast_ratio(muted, "#ffffff") >= AA_TEXT


def test_the_semantic_colours_and_the_search_mark_read_on_white():
    for name, colour in SEMANTIC.items():
        assert contrast_ratio(colour, "#ffffff") >= AA_TEXT, name
    assert contrast_ratio(MARK_INK, MARK_BACKGROUND) >= AA_TEXT


def test_the_pdf_styles_meet_aa_on_paper_and_on_their_shading():
    for name in ("INK", "MUTED", "ACCENT"):
        ink = getattr(styles, name)
        for paper in ("#ffffff", styles.SHADE):
            assert contrast_ratio(ink, paper) >= AA_TEXT, (name, paper)


def test_map_classes_read_without_colour_and_their_marks_stand_out():
    # each class its own pattern (black-and-white printing), the patterns visible on their fill
    assert len(set(PATTERNS)) == len(PATTERNS) == len(PALETTE)
    for fill, ink, pattern in zip(PALETTE, PATTERN_INK, PATTERNS, strict=True):
        if pattern != "none":
            assert contrast_ratio(fill, ink) >= AA_NON_TEXT, fill
    # lightness falls class after class (the grey print keeps the order)
    lights = [relative_luminance(c) for c in PALETTE]
    assert lights == sorted(lights, reverse=True)
    # the chosen département: dashes or their casing reach 3:1 on every fill, and on each other
    for fill in PALETTE:
        assert max(contrast_ratio(france_map.HIGHLIGHT, fill), contrast_ratio(HIGHLIGHT_CASING, fill)) >= AA_NON_TEXT
    assert contrast_ratio(france_map.HIGHLIGHT, HIGHLIGHT_CASING) >= AA_NON_TEXT
    # région outlines on every fill but the darkest, where the pattern ink (white) surrounds them
    for fill in PALETTE[:-1]:
        assert contrast_ratio(france_map.REGION_BORDER, fill) >= AA_NON_TEXT, fill


def test_every_ink_written_into_the_pdf_code_reads_on_paper_and_shading():
    """Colours typed in ``reports/`` (outside the map and the two decorations) are text inks: 4.5:1 at least."""
    import re
    from pathlib import Path

    reports = Path(styles.__file__).resolve().parent
    decorations = {styles.RULE.lower(), styles.SHADE.lower()}
    inks = set()
    for source in reports.glob("*.py"):
        if source.name == "france_map.py":  # the map's fills and marks: checked above
            continue
        inks |= {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", source.read_text(encoding="utf-8"))}
    inks -= decorations
    assert inks  # the test looks at something
    for ink in inks:
        for paper in ("#ffffff", styles.SHADE):
            assert contrast_ratio(ink, paper) >= AA_TEXT, (ink, paper)
