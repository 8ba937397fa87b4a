"""Agency branding: the name, logo, contact, keys and data an agency builds into its installer.

An agency describes itself in a TOML file (``packaging/agency.example.toml`` documents every
key). ``packaging/build_bundle.py --agency FILE`` checks it with :func:`read_branding_file` and copies
it, with the files it names, into ``resources/branding/`` of the bundle, where
:func:`load_branding` finds it at run time. Without that folder Territoria is the plain app.
Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from territoria.errors import TerritoriaError

log = logging.getLogger(__name__)

#: The file name of the branding description inside ``resources/branding``.
BRANDING_FILE = "agency.toml"
#: Longest agency name accepted (it is printed on every PDF page footer).
MAX_NAME_LENGTH = 120
LOGO_SUFFIXES = (".png", ".svg")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_PUBLISHER_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")

#: Every key a branding file may hold, by table (anything else is refused at build time).
KNOWN_KEYS: dict[str, frozenset[str]] = {
    "": frozenset({"agency", "contact", "pdf", "data"}),
    "agency": frozenset({"name", "short_name", "logo", "accent_colour"}),
    "contact": frozenset({"email", "phone", "url"}),
    "pdf": frozenset({"letterhead"}),
    "data": frozenset({"keys", "packs", "watched_folder"}),
    "data.keys": frozenset({"file", "publishers"}),
}


class BrandingError(TerritoriaError):
    """A branding file that cannot be used, with the file and field at fault."""

    def __init__(self, path: Path, field: str, problem: str) -> None:
        super().__init__(f"Fichier de personnalisation {path}, champ « {field} » : {problem}")
        self.path = path
        self.field = field


@dataclass(frozen=True, slots=True)
class TrustedKey:
    """A public key the agency signs its data packs with (a ``territoria pack keygen`` ``.pub``)."""

    path: Path
    fingerprint: str
    publishers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Branding:
    """What an agency's installer says about the agency."""

    name: str
    short_name: str
    logo: Path | None
    accent_colour: str | None
    contact_email: str | None
    contact_phone: str | None
    contact_url: str | None
    letterhead: str
    keys: tuple[TrustedKey, ...]
    packs: tuple[Path, ...]
    watched_folder: str | None
    source: Path

    @property
    def contact_lines(self) -> tuple[str, ...]:
        """The agency's contact details, one per line (only those given)."""
        return tuple(x for x in (self.contact_email, self.contact_phone, self.contact_url) if x)

    @property
    def fingerprints(self) -> tuple[str, ...]:
        """Fingerprints of the keys the agency signs with."""
        return tuple(key.fingerprint for key in self.keys)


def read_branding_file(path: Path, *, check_files: bool = True) -> Branding:
    """Read and check a branding file; every problem raises ``BrandingError`` naming its field.

    Relative file names (logo, keys, packs) are resolved against the file's folder.
    ``check_files`` also decodes the logo to check it is a readable image (done at build time).
    """
    import tomllib  # here: the plain app has no branding file to read at start

    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BrandingError(path, "(fichier)", f"illisible ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BrandingError(path, "(fichier)", f"TOML invalide ({exc})") from exc
    _check_keys(path, raw, "")
    agency = _table(path, raw, "agency")
    contact = _table(path, raw, "contact")
    pdf = _table(path, raw, "pdf")
    data = _table(path, raw, "data")
    base = path.parent

    name = _text(path, agency, "agency.name", required=True, limit=MAX_NAME_LENGTH)
    short_name = _text(path, agency, "agency.short_name", limit=40) or name
    colour = _text(path, agency, "agency.accent_colour")
    if colour is not None and not _COLOUR.fullmatch(colour):
        raise BrandingError(path, "agency.accent_colour", f"« {colour} » n'est pas une couleur #RRGGBB")
    logo = _file(path, base, agency, "agency.logo")
    if logo is not None:
        if logo.suffix.lower() not in LOGO_SUFFIXES:
            raise BrandingError(path, "agency.logo", "le logo doit être une image PNG ou SVG")
        if check_files and not _readable_image(logo):
            raise BrandingError(path, "agency.logo", f"{logo.name} n'est pas une image lisible")
    email = _text(path, contact, "contact.email")
    if email is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        raise BrandingError(path, "contact.email", f"« {email} » n'est pas une adresse électronique")
    url = _text(path, contact, "contact.url")
    if url is not None and not re.match(r"https?://", url):
        raise BrandingError(path, "contact.url", "l'adresse doit commencer par http:// ou https://")
    keys = _keys(path, base, data)
    packs = tuple(_file_list(path, base, data, "data.packs"))
    return Branding(
        name=name,
        short_name=short_name,
        logo=logo,
        accent_colour=colour,
        contact_email=email,
        contact_phone=_text(path, contact, "contact.phone"),
        contact_url=url,
        letterhead=_text(path, pdf, "pdf.letterhead", limit=MAX_NAME_LENGTH) or name,
        keys=keys,
        packs=packs,
        watched_folder=_text(path, data, "data.watched_folder"),
        source=path,
    )


def load_branding(folder: Path | None = None) -> Branding | None:
    """The branding built into this installation, or ``None`` for the plain app.

    ``folder`` defaults to ``resources/branding``. A damaged branding resource is logged and
    ignored: the app starts unbranded rather than not at all.
    """
    if folder is None:
        from territoria.resources import resource_path

        try:
            folder = resource_path("branding")
        except FileNotFoundError:
            return None
    path = folder / BRANDING_FILE
    if not path.is_file():
        return None
    try:
        # the build decoded the logo; a start-up does not pay for it again
        return read_branding_file(path, check_files=False)
    except BrandingError as exc:
        log.warning("personnalisation ignorée : %s", exc.message)
        return None


def _check_keys(path: Path, table: dict, prefix: str) -> None:
    allowed = KNOWN_KEYS.get(prefix)
    if allowed is None:
        return
    for key, value in table.items():
        full = f"{prefix}.{key}" if prefix else key
        if key not in allowed:
            raise BrandingError(path, full, "clé inconnue (voir packaging/agency.example.toml)")
        if isinstance(value, dict):
            _check_keys(path, value, full)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    _check_keys(path, item, full)


def _table(path: Path, raw: dict, name: str) -> dict:
    value = raw.get(name, {})
    if not isinstance(value, dict):
        raise BrandingError(path, name, "doit être une table TOML [" + name + "]")
    return value


def _text(path: Path, table: dict, field: str, *, required: bool = False, limit: int = 500) -> str | None:
    value = table.get(field.rsplit(".", 1)[-1])
    if value is None:
        if required:
            raise BrandingError(path, field, "valeur obligatoire absente")
        return None
    if not isinstance(value, str):
        raise BrandingError(path, field, "doit être un texte entre guillemets")
    value = " ".join(value.split())
    if not value:
        if required:
            raise BrandingError(path, field, "valeur obligatoire vide")
        return None
    if len(value) > limit:
        raise BrandingError(path, field, f"trop long ({len(value)} caractères, {limit} au plus)")
    return value


def _file(path: Path, base: Path, table: dict, field: str) -> Path | None:
    name = _text(path, table, field)
    if name is None:
        return None
    target = (base / name).resolve()
    if not target.is_file():
        raise BrandingError(path, field, f"fichier introuvable : {target}")
    return target


def _file_list(path: Path, base: Path, table: dict, field: str) -> list[Path]:
    names = table.get(field.rsplit(".", 1)[-1], [])
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise BrandingError(path, field, "doit être une liste de noms de fichiers")
    files = []
    for name in names:
        target = (base / name).resolve()
        if not target.is_file():
            raise BrandingError(path, field, f"fichier introuvable : {target}")
        files.append(target)
    return files


def _keys(path: Path, base: Path, data: dict) -> tuple[TrustedKey, ...]:
    entries = data.get("keys", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise BrandingError(path, "data.keys", "doit être une liste de tables [[data.keys]]")
    keys = []
    for index, entry in enumerate(entries, start=1):
        field = f"data.keys[{index}]"
        key_file = _file(path, base, entry, f"{field}.file")
        if key_file is None:
            raise BrandingError(path, f"{field}.file", "valeur obligatoire absente")
        publishers = entry.get("publishers", [])
        if (not isinstance(publishers, list) or not publishers
                or not all(isinstance(p, str) and _PUBLISHER_ID.fullmatch(p) for p in publishers)):
            raise BrandingError(path, f"{field}.publishers",
                                "liste d'identifiants d'éditeur (minuscules, chiffres, tirets) attendue")
        from territoria.services.packs import PackError
        from territoria.services.packs.keys import read_public_key

        try:
            key = read_public_key(key_file)
        except PackError as exc:
            raise BrandingError(path, f"{field}.file", exc.message) from exc
        fingerprint = key.fingerprint
        publishers = tuple(dict.fromkeys([*key.publishers, *publishers]))
        keys.append(TrustedKey(path=key_file, fingerprint=fingerprint, publishers=publishers))
    return tuple(keys)


def _readable_image(path: Path) -> bool:
    """True when the file decodes as a PNG or parses as SVG (checked without Qt)."""
    try:
        if path.suffix.lower() == ".svg":
            import xml.etree.ElementTree as ET

            root = ET.parse(path).getroot()
            return root.tag.endswith("svg")
        from PIL import Image  # Pillow comes with reportlab

        with Image.open(path) as image:
            image.verify()
        return True
    except Exception:  # noqa: BLE001 - any decoder failure means "not a readable image"
        return False
