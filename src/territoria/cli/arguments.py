"""Hostile command lines: argparse's own phrases in French, and arguments checked before any
command runs (invalid UTF-8, numbers too large for the database, file names too long).

Each problem is a French message and exit code 2 (bad arguments), never a traceback.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

#: Largest integer SQLite stores (signed 64 bits).
SQLITE_MAX_INT = 2**63 - 1
#: Longest file name (one path component) most file systems accept, in bytes.
NAME_MAX = 255
#: Longest path accepted, in bytes (Linux's PATH_MAX; Windows' own limit is lower and
#: reported by the system call itself).
PATH_MAX = 4096

#: argparse's messages (Python 3.11–3.13 msgids) in French.
_FRENCH = {
    "usage: ": "utilisation : ",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "commande inconnue %(parser_name)r (possibles : %(choices)s)",
    "argument \"-\" with mode %r": "argument « - » en mode %r",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "not allowed with argument %s": "incompatible avec l'option %s",
    "ignored explicit argument %r": "valeur %r inattendue",
    "the following arguments are required: %s": "ces arguments sont obligatoires : %s",
    "one of the arguments %s is required": "l'une de ces options est obligatoire : %s",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "unexpected option string: %s": "option inattendue : %s",
    "%r is not callable": "%r n'est pas appelable",
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s attendu) : %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "subcommands": "commandes",
}
_FRENCH_PLURAL = {
    ("expected %s argument", "expected %s arguments"): ("%s valeur est attendue", "%s valeurs sont attendues"),
}


def _translate(message: str) -> str:
    return _FRENCH.get(message, message)


def _translate_plural(singular: str, plural: str, n: int) -> str:
    french = _FRENCH_PLURAL.get((singular, plural))
    if french is None:
        return singular if n == 1 else plural
    return french[0] if n == 1 else french[1]


@contextmanager
def french_argparse() -> Iterator[None]:
    """Let argparse speak French while parsing (its phrases go through ``gettext``)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _translate, _translate_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _shown(text: str, limit: int = 60) -> str:
    cleaned = text.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
    return cleaned if len(cleaned) <= limit else cleaned[:limit] + "…"


def argv_problem(argv: Sequence[str]) -> str | None:
    """A French message when an argument cannot be text (bytes that are not UTF-8, which
    Python hands over as lone surrogates), else None."""
    for position, argument in enumerate(argv, 1):
        if "\x00" in argument:  # a real command line cannot carry one; a script calling main() can
            return f"l'argument n° {position} contient un caractère nul."
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return (f"l'argument n° {position} (« {_shown(argument)} ») contient des caractères qui ne sont pas "
                    "du texte UTF-8 valide. Retapez-le, ou choisissez un nom de fichier sans caractères spéciaux.")
    return None


def _values(namespace: argparse.Namespace) -> Iterator[tuple[str, object]]:
    for name, value in vars(namespace).items():
        if isinstance(value, (list, tuple)):
            for item in value:
                yield name, item
        else:
            yield name, value


def _option(name: str) -> str:
    return "--" + name.replace("_", "-")


def parsed_problem(namespace: argparse.Namespace) -> str | None:
    """A French message for a parsed value no command can use: an integer beyond what the
    database stores, or a file name longer than the system accepts."""
    for name, value in _values(namespace):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > SQLITE_MAX_INT:
            return f"{_option(name)} : le nombre {value} est trop grand (au plus {SQLITE_MAX_INT})."
        if isinstance(value, Path):
            problem = path_problem(value)
            if problem:
                return f"{_option(name)} : {problem}"
    return None


def path_problem(path: Path) -> str | None:
    """Why ``path`` cannot name a file on this system (too long), or None."""
    encoded = os.fsencode(path)
    longest = max((len(os.fsencode(part)) for part in path.parts), default=0)
    if longest > NAME_MAX:
        return (f"le nom de fichier « {_shown(str(path.name), 40)} » est trop long ({longest} octets, "
                f"{NAME_MAX} au plus). Choisissez un nom plus court.")
    if len(encoded) > PATH_MAX:
        return f"le chemin est trop long ({len(encoded)} octets, {PATH_MAX} au plus). Choisissez un chemin plus court."
    return None
