"""French wording of a file that cannot be read: OS errors and TOML syntax errors.

The operating system's own text ("No such file or directory") and tomllib's ("Invalid value
(at line 3, column 5)") are English; messages shown to the user say it in French.
"""

from __future__ import annotations

import errno
import re

_TOML_POSITION = re.compile(r"at line (\d+), column (\d+)")
_BY_ERRNO = {
    errno.ENOENT: "fichier introuvable",
    errno.EACCES: "accès refusé",
    errno.EPERM: "accès refusé",
    errno.EISDIR: "c'est un dossier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.ENOSPC: "disque plein",
    errno.EROFS: "support en lecture seule",
}


def os_reason(exc: OSError) -> str:
    """Why the file could not be used, in French ("fichier introuvable", "accès refusé"…)."""
    if isinstance(exc, FileNotFoundError):
        return "fichier introuvable"
    if isinstance(exc, PermissionError):
        return "accès refusé"
    if isinstance(exc, IsADirectoryError):
        return "c'est un dossier"
    return _BY_ERRNO.get(exc.errno or 0, f"erreur système {exc.errno}" if exc.errno else "erreur d'entrée-sortie")


def toml_reason(exc: ValueError) -> str:
    """A TOML syntax error as « TOML invalide (ligne N, colonne M) » (a text that is not UTF-8 says so)."""
    if isinstance(exc, UnicodeDecodeError):
        return "texte illisible (encodage UTF-8 attendu)"
    lineno, colno = getattr(exc, "lineno", None), getattr(exc, "colno", None)  # Python 3.14+
    if lineno is None:
        found = _TOML_POSITION.search(str(exc))
        if found:
            lineno, colno = found.groups()
    return f"TOML invalide (ligne {lineno}, colonne {colno})" if lineno is not None else "TOML invalide"
