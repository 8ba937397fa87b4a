"""Every user setting Territoria keeps, declared once, and the one way to read and write them.

A setting is one line below: ``NAME = Setting("section/key", type, default, "description")``.
The window reads and writes them through :class:`Settings` over Qt's ``QSettings``
(``ui/qt_settings.py``); the command line reads the same INI file with :func:`read_ini`,
without importing Qt. Supported types: ``str``, ``bool``, ``int``, ``bytes`` (window
layouts) and ``dict`` (kept as JSON text). A missing or unreadable value gives the default.
"""

from __future__ import annotations

import configparser
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from territoria.errors import TerritoriaError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One declared setting: its INI key (``section/name``), value type, default and meaning."""

    key: str
    type: type[T]
    default: T
    description: str


# --- the declarations (one line each; sections group them in the INI file) ------------------

LANGUAGE = Setting("ui/language", str, "", "Langue de l'interface choisie dans Aide > Langue (fr, en ; vide : français).")
WELCOME_DONE = Setting("ui/welcome_done", bool, False, "L'écran de bienvenue a été vu (il ne s'ouvre plus de lui-même au démarrage).")
WINDOW_GEOMETRY = Setting("window/geometry", bytes, b"", "Position et taille de la fenêtre principale.")
WINDOW_STATE = Setting("window/state", bytes, b"", "Disposition des barres de la fenêtre principale.")
WINDOW_SIZES = Setting("window/sizes", dict, {}, "Taille de chaque autre fenêtre (aperçu, dialogues) : {nom: [largeur, hauteur]}.")
BROWSER_SPLITTER = Setting("browser/splitter", bytes, b"", "Largeurs des filtres, des résultats et de la fiche du catalogue.")
BROWSER_HEADER = Setting("browser/header", bytes, b"", "Ordre et largeur des colonnes des résultats du catalogue.")
BROWSER_COLUMNS = Setting("browser/columns", str, "", "Colonnes affichées dans les résultats du catalogue, séparées par des virgules (vide : les plus utiles, selon la largeur).")
COMMUNE_SPLITTERS = Setting("commune/splitters", dict, {}, "Partage de « Ma commune » entre fiche, besoins et résultats ({main, left} : états Qt en base64).")
BROWSER_QUERY = Setting("browser/query", str, "", "Dernière recherche tapée dans le catalogue.")
BROWSER_FILTERS = Setting("browser/filters", dict, {}, "Derniers filtres cochés dans le catalogue ({filtre: [valeurs]}).")
BROWSER_SORT = Setting("browser/sort", str, "relevance", "Dernier tri du catalogue (relevance ou une colonne).")
BROWSER_DESCENDING = Setting("browser/descending", bool, False, "Dernier tri du catalogue en ordre décroissant.")
EXPORT_LAST_FOLDER = Setting("export/last_folder", str, "", "Dossier du dernier document exporté.")
EXPORT_AGENCY_NAME = Setting("export/agency_name", str, "", "Nom de l'organisme imprimé en tête des documents.")
EXPORT_AGENCY_LOGO = Setting("export/agency_logo", str, "", "Chemin du logo imprimé en tête des documents.")
PACKS_WATCHED_FOLDER = Setting("packs/watched_folder", str, "", "Dossier surveillé : au démarrage, les paquets signés plus récents qui s'y trouvent sont proposés à l'import (vide : aucun).")
EXPORT_WITH_NOTE = Setting("export/with_note", bool, False, "Imprimer ma note privée sur la fiche d'une initiative.")
AGENCY_SPACE = Setting("agency/space", bool, False, "Afficher l'« Espace agence » (clés, paquets signés, relecture des contributions).")
DATABASE_URL = Setting("database/url", str, "", "Base partagée sur un serveur PostgreSQL (postgresql+psycopg://utilisateur@serveur/base) ; vide : la base locale. --database et TERRITORIA_DATABASE_URL l'emportent.")
#: Environment variable naming the server database (wins over the setting, loses to ``--database``).
DATABASE_URL_ENV = "TERRITORIA_DATABASE_URL"
AGENCY_PUBLISHER = Setting("agency/publisher", str, "", "Éditeur (identifiant de paquet) de l'agence : sur une base partagée, « Mes projets » modifie aussi ses fiches (vide : celui des clés de la personnalisation, s'il est unique).")


def declared() -> tuple[Setting[Any], ...]:
    """Every setting declared in this module, in declaration order."""
    return tuple(value for value in globals().values() if isinstance(value, Setting))


# --- reading and writing ---------------------------------------------------------------------


class SettingsBackend(Protocol):
    """Where values live: ``QSettings`` in the window, an INI file read by the CLI."""

    def read(self, key: str) -> object | None:
        """The stored value of ``key`` (None when absent)."""

    def write(self, key: str, value: object) -> None:
        """Store ``value`` (a ``str``, ``bool``, ``int`` or ``bytes``) under ``key``."""


class Settings:
    """Typed access to declared settings over a backend."""

    def __init__(self, backend: SettingsBackend) -> None:
        self.backend = backend

    def get(self, setting: Setting[T]) -> T:
        """The value of ``setting``, or its default when absent or not of its type."""
        return decode(setting, self.backend.read(setting.key))

    def is_set(self, setting: Setting[Any]) -> bool:
        """Whether ``setting`` was ever stored (an empty value counts: the user chose it)."""
        return self.backend.read(setting.key) is not None

    def set(self, setting: Setting[T], value: T) -> None:
        """Store ``value`` for ``setting``."""
        if setting.type is dict:
            self.backend.write(setting.key, json.dumps(value, ensure_ascii=False))
        elif setting.type is bool:
            self.backend.write(setting.key, bool(value))
        else:
            self.backend.write(setting.key, value)


def decode(setting: Setting[T], raw: object | None) -> T:
    """``raw`` (as a backend stores it) converted to ``setting``'s type, else the default."""
    kind = setting.type
    value: object = _DEFAULT
    if raw is None:
        pass
    elif kind is str:
        value = raw if isinstance(raw, str) else _DEFAULT
    elif kind is bool:
        value = _boolean(raw)
    elif kind is int:
        try:
            value = int(str(raw))
        except ValueError:
            value = _DEFAULT
    elif kind is bytes:
        value = bytes(raw) if isinstance(raw, bytes | bytearray) else _DEFAULT
    elif kind is dict:
        value = _json_object(raw)
    if value is _DEFAULT:
        default = setting.default
        return dict(default) if isinstance(default, dict) else default  # type: ignore[return-value]
    return value  # type: ignore[return-value]


_DEFAULT = object()


def _boolean(raw: object) -> object:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in {"1", "true", "yes"}:
        return True
    if text in {"0", "false", "no"}:
        return False
    return _DEFAULT


def _json_object(raw: object) -> object:
    if isinstance(raw, Mapping):
        return dict(raw)
    try:
        value = json.loads(str(raw))
    except ValueError:
        return _DEFAULT
    return value if isinstance(value, dict) else _DEFAULT


# --- the INI file without Qt (command line) ----------------------------------------------------


class IniFile:
    """Reads the INI file ``QSettings`` writes (sections, quoting and escapes), without Qt.

    Read-only: the command line never changes the window's settings.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._parser = configparser.RawConfigParser(strict=False, interpolation=None)
        self._parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
        if path.is_file():
            try:
                self._parser.read(path, encoding="utf-8")
            except (configparser.Error, UnicodeDecodeError):
                pass  # an unreadable file gives the defaults, as it does in the window

    def read(self, key: str) -> object | None:
        """The unescaped value of ``key`` (None when absent or a Qt binary value)."""
        section, _, name = key.partition("/")
        if not name:
            section, name = "General", section
        raw = self._parser.get(section, name.replace("/", "\\"), fallback=None)
        return None if raw is None else unescape_ini_value(raw)

    def write(self, key: str, value: object) -> None:
        """Refused: only the window writes its settings."""
        raise TerritoriaError("Les réglages de Territoria ne se modifient que depuis l'application.")


def read_ini(path: Path) -> Settings:
    """Settings read from the INI file at ``path`` (defaults when it does not exist)."""
    return Settings(IniFile(path))


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            '"': '"', "'": "'", "\\": "\\", "?": "?"}


def unescape_ini_value(raw: str) -> str | list[str] | None:
    """A value as ``QSettings`` wrote it: quotes removed, escapes decoded, unquoted commas
    splitting a list; ``@ByteArray``/``@Variant`` values (binary) give None."""
    text = raw.strip()
    if text.startswith("@") and not text.startswith("@@"):
        return None
    items: list[str] = []
    out: list[str] = []
    quoted = False
    listed = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            quoted = not quoted
            i += 1
        elif ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt == "x":
                j = i + 2
                while j < len(text) and text[j] in "0123456789abcdefABCDEF":
                    j += 1
                out.append(chr(int(text[i + 2:j] or "0", 16)))
                i = j
            elif nxt in "01234567":
                j = i + 1
                while j < len(text) and j < i + 4 and text[j] in "01234567":
                    j += 1
                out.append(chr(int(text[i + 1:j], 8)))
                i = j
            else:
                out.append(_ESCAPES.get(nxt, nxt))
                i += 2
        elif ch == "," and not quoted:
            items.append("".join(out).strip())
            out = []
            listed = True
            i += 1
        else:
            out.append(ch)
            i += 1
    value = "".join(out)
    if value.startswith("@@"):
        value = value[1:]
    if listed:
        return items + [value.strip()]
    return value
