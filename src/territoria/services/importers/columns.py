"""Finding a preset's columns in a header, whatever their case and stray spaces."""

from __future__ import annotations

from pathlib import Path

from territoria.domain.text import fold
from territoria.services.importers.errors import ImportFileError


def column_map(path: Path, header: list[str], required: tuple[str, ...],
               optional: tuple[str, ...], warn_unknown: bool = True) -> tuple[dict[str, str], list[str]]:
    """Map each expected column name to the header's spelling.

    Raises :class:`ImportFileError` naming the missing required columns; returns the map
    and the French warnings (missing optional columns, unknown columns that are ignored).
    """
    by_key = {fold(name): name for name in header}
    found: dict[str, str] = {}
    missing = []
    for name in required + optional:
        actual = by_key.get(fold(name))
        if actual is not None:
            found[name] = actual
        elif name in required:
            missing.append(name)
    if missing:
        names = ", ".join(f"« {m} »" for m in missing)
        raise ImportFileError(path, f"colonne(s) obligatoire(s) absente(s) de l'en-tête : {names} "
                              "(vérifiez le format choisi et la première ligne du fichier)", line=1)
    warnings = []
    absent = [n for n in optional if n not in found]
    if absent:
        warnings.append("colonnes absentes (champs laissés vides) : " + ", ".join(f"« {a} »" for a in absent))
    known = set(found.values())
    unknown = [h for h in header if h not in known]
    if unknown and warn_unknown:
        warnings.append("colonnes inconnues ignorées : " + ", ".join(f"« {u} »" for u in unknown[:10])
                        + (" …" if len(unknown) > 10 else ""))
    return found, warnings
