"""File names for exported documents: suggested from the record, safe on every file system.

``suggest_filename("Nantes", "gaspillage alimentaire")`` → ``"Territoria - Nantes - gaspillage alimentaire.pdf"``.
"""

from __future__ import annotations

import re
import unicodedata

from territoria.services.records import InitiativeDetail, SchemeDetail

#: Longest file name suggested (without the folder); Windows paths stay well under 260 characters.
MAX_NAME_LENGTH = 120

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_STOP_WORDS = {"de", "des", "du", "la", "le", "les", "l", "d", "en", "et", "au", "aux", "a", "à", "un", "une",
               "pour", "par", "dans", "sur", "avec", "ia", "intelligence", "artificielle", "reduction", "detection",
               "reperage", "lutte", "contre", "appui", "aide", "mise", "place", "projet", "service", "services"}


def safe_filename(name: str, extension: str = "", max_length: int = MAX_NAME_LENGTH) -> str:
    """``name`` made valid on Windows, macOS and Linux, then ``extension`` (".pdf") appended.

    Removes ``<>:"/\\|?*`` and control characters, trailing dots and spaces, avoids reserved
    device names (CON, NUL, COM1…) and caps the length at a word boundary.
    """
    text = unicodedata.normalize("NFC", name)
    text = _FORBIDDEN.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    room = max(max_length - len(extension), 8)
    if len(text) > room:
        cut = text[:room]
        space = cut.rfind(" ")
        text = (cut[:space] if space > room * 0.6 else cut).rstrip(" .-")
    if not text:
        text = "Territoria"
    if text.split(".")[0].strip().lower() in _RESERVED:
        text = f"_{text}"
    return text + extension


def topic(title: str, place_name: str | None = None, words: int = 3) -> str:
    """A few meaningful words of ``title`` without the place name: "gaspillage alimentaire cantines"."""
    from territoria.domain.text import fold

    place_words = set(fold(place_name or "").split())
    kept: list[str] = []
    for word in re.split(r"[\s,;:.!?()«»\"/]+", title):
        bare = re.split(r"['’]", word.strip("'’-"))[-1]  # "l'APA" → "APA"
        folded = fold(bare)
        if not folded or folded in _STOP_WORDS or folded in place_words:
            continue
        kept.append(bare if bare.isupper() else bare.lower())
        if len(kept) >= words:
            break
    return " ".join(kept)


def suggest_filename(*parts: str | None, extension: str = ".pdf") -> str:
    """``"Territoria - part1 - part2.pdf"`` from the non-empty parts, file-system safe."""
    text = " - ".join(["Territoria", *(p.strip() for p in parts if p and p.strip())])
    return safe_filename(text, extension)


def initiative_filename(detail: InitiativeDetail) -> str:
    """"Territoria - Nantes - gaspillage alimentaire cantines scolaires.pdf"."""
    place = detail.place.commune_name or detail.place.epci_name or detail.place.departement_name \
        or detail.place.region_name or (detail.lead.name if detail.lead else None)
    return suggest_filename(place, topic(detail.title, place) or detail.title)


def scheme_filename(scheme: SchemeDetail) -> str:
    """"Territoria - dispositif - Osez l'IA accompagnement.pdf"."""
    return suggest_filename("dispositif", scheme.name)


def dossier_filename(place_name: str) -> str:
    """"Territoria - Saint-Denis-sur-Sarthon - dossier.pdf"."""
    return suggest_filename(place_name, "dossier")


def search_filename(query: str, extension: str = ".pdf") -> str:
    """"Territoria - catalogue - cantine.pdf" (or "Territoria - catalogue.pdf" without a query)."""
    return suggest_filename("catalogue", query, extension=extension)
