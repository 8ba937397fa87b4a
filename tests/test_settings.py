"""Declared settings: one declaration per key, read back the same by the window (QSettings)
and by the command line (an INI reader without Qt)."""

from __future__ import annotations

import pytest

from territoria import settings as declared_settings
from territoria.errors import TerritoriaError
from territoria.settings import (
    BROWSER_DESCENDING,
    BROWSER_FILTERS,
    EXPORT_AGENCY_NAME,
    LANGUAGE,
    WINDOW_GEOMETRY,
    Setting,
    read_ini,
    unescape_ini_value,
)

TRICKY = ['Agence « ARNia », Drôme; x=1 "q" \\ fin', "@commence par une arobase", "  espaces  ",
          "ligne\nsuivante\ttab", "café, thé", ""]


def test_every_setting_is_declared_once_with_a_typed_default_and_a_description():
    settings = declared_settings.declared()
    keys = [s.key for s in settings]
    assert len(keys) == len(set(keys)) and EXPORT_AGENCY_NAME in settings
    for setting in settings:
        assert "/" in setting.key and setting.description.strip(), setting
        assert isinstance(setting.default, setting.type), setting


@pytest.mark.parametrize("text", TRICKY)
def test_the_cli_reads_what_the_window_wrote(qapp, tmp_path, text):
    from territoria.ui.qt_settings import open_settings

    path = tmp_path / "settings.ini"
    window = open_settings(path)
    window.set(EXPORT_AGENCY_NAME, text)
    window.set(BROWSER_FILTERS, {"region": ["53", "84"], "theme": ["eau, assainissement"]})
    window.set(BROWSER_DESCENDING, True)
    window.set(WINDOW_GEOMETRY, b"\x01\x00binary")
    window.backend.qsettings.sync()
    cli = read_ini(path)
    assert cli.get(EXPORT_AGENCY_NAME) == text
    assert cli.get(BROWSER_FILTERS) == {"region": ["53", "84"], "theme": ["eau, assainissement"]}
    assert cli.get(BROWSER_DESCENDING) is True
    assert cli.get(WINDOW_GEOMETRY) == b""  # binary layouts are the window's own
    again = open_settings(path)
    assert again.get(WINDOW_GEOMETRY) == b"\x01\x00binary" and again.get(EXPORT_AGENCY_NAME) == text


def test_missing_or_malformed_values_give_the_defaults(tmp_path):
    assert read_ini(tmp_path / "absent.ini").get(LANGUAGE) == ""
    path = tmp_path / "settings.ini"
    path.write_text("[browser]\nfilters=pas du json\ndescending=peut-être\n[ui]\nlanguage=en\n", encoding="utf-8")
    settings = read_ini(path)
    assert settings.get(BROWSER_FILTERS) == {} and settings.get(BROWSER_DESCENDING) is False
    assert settings.get(LANGUAGE) == "en"
    settings.get(BROWSER_FILTERS)["x"] = ["y"]  # a default is never shared between readers
    assert settings.get(BROWSER_FILTERS) == {}
    path.write_bytes(b"\xff\xfe[broken")
    assert read_ini(path).get(LANGUAGE) == ""


def test_the_cli_never_writes_the_window_settings(tmp_path):
    with pytest.raises(TerritoriaError, match="depuis l'application"):
        read_ini(tmp_path / "settings.ini").set(LANGUAGE, "en")


def test_ini_values_are_unescaped_like_qt_does():
    assert unescape_ini_value('"a, b"') == "a, b"
    assert unescape_ini_value("a, b") == ["a", "b"]
    assert unescape_ini_value(r'"caf\xe9 \"x\""') == 'café "x"'
    assert unescape_ini_value("@@at") == "@at" and unescape_ini_value("@ByteArray(\\x1)") is None


def test_a_new_setting_is_one_declaration():
    setting = Setting("packs/example", int, 3, "Un exemple.")
    assert read_ini_value(setting, "7") == 7 and read_ini_value(setting, "sept") == 3


def read_ini_value(setting: Setting, raw: str):
    return declared_settings.decode(setting, raw)
