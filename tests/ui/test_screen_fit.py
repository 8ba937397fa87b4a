"""Every window and dialog fits a 1366x768 and a 1024x600 screen, and finds its size again.

Each size runs ``screen_probe.py`` in a process of its own (Qt's offscreen platform takes the
size of its screen from a configuration file when it starts), which opens the main window on
each page and every dialog as a user would and reports what it measured.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from territoria.ui.browser.columns import ESSENTIAL
from territoria.ui.commune.needs_panel import MIN_ROWS

PROBE = Path(__file__).with_name("screen_probe.py")
SIZES = ((1366, 768), (1024, 600))
#: Every window the probe opens (a missing one means the probe could not open it).
WINDOWS = {"main", "main_map", "main_commune", "main_agency", "about", "guide", "welcome", "import_pack",
           "trusted_keys", "contribution", "letterhead", "scheme_detail", "scheme_form", "print_preview", "project_form", "restore_backup",
           "error", "import_table", "import_table_mapping", "guide_remembered_huge", "main_remembered_huge"}


@pytest.fixture(scope="module", params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def probed(request, seed_file, tmp_path_factory) -> dict:
    width, height = request.param
    folder = tmp_path_factory.mktemp(f"screen-{width}x{height}")
    done = subprocess.run([sys.executable, str(PROBE), str(width), str(height), str(seed_file), str(folder)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screen"] == [0, 0, width, height]
    return report


def _inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def test_the_probe_opened_every_window(probed):
    assert probed["errors"] == []
    assert WINDOWS <= set(probed["windows"])


def test_every_window_opens_within_the_available_screen(probed):
    area = probed["available"]
    outside = {name: window["frame"] for name, window in probed["windows"].items()
               if not _inside(window["frame"], area)}
    assert outside == {}
    # and none needs more than the screen (a layout's minimum would push it out again)
    too_big = {name: window["minimum"] for name, window in probed["windows"].items()
               if window["minimum"][0] > area[2] or window["minimum"][1] > area[3]}
    assert too_big == {}


def test_every_button_is_visible_on_screen(probed):
    area = probed["available"]
    hidden = {(name, button["text"]) for name, window in probed["windows"].items() for button in window["buttons"]
              if not button["in_window"] or not _inside(button["global"], area)}
    assert hidden == set()
    preview = {button["text"] for button in probed["windows"]["print_preview"]["buttons"]}
    assert {"&Imprimer…", "&Fermer"} <= preview  # the buttons the 900-pixel preview used to hide


def test_the_catalogue_shows_what_matters_without_scrolling_sideways(probed):
    catalogue = probed["catalogue"]
    assert set(ESSENTIAL) <= set(catalogue["shown"])
    assert catalogue["header_length"] <= catalogue["viewport"] and not catalogue["scrollbar"]


def test_the_needs_list_keeps_rows_in_view_beside_a_long_card(probed):
    assert probed["needs"]["rows_in_view"] >= MIN_ROWS


def test_the_old_data_note_never_overlaps_the_data_edition(probed):
    status = probed["status"]
    sx, _, sw, _ = status["stale"]
    ex, _, ew, _ = status["edition"]
    assert status["stale_visible"] and status["tooltip"]  # the whole sentence one hover away
    assert sx + sw <= ex  # side by side, the note first
    assert ex + ew <= status["bar_width"]  # the data edition whole, inside the bar
    if probed["screen"][2] <= 1024:
        assert status["elided"]


def test_sizes_are_found_again_after_a_close_and_a_reopen(probed):
    remembered = probed["remembered"]
    assert remembered["preview"]["again"] == remembered["preview"]["wanted"]
    assert remembered["main"]["again"] == remembered["main"]["wanted"]
    area = probed["available"]
    # remembered on a bigger screen: shrunk to this one
    assert _inside(probed["windows"]["guide_remembered_huge"]["frame"], area)
    assert _inside(probed["windows"]["main_remembered_huge"]["frame"], area)
