"""Text folding shared by search, the commune picker and file names."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Characters that unicodedata does not decompose into a base letter + accent.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})


def fold(text: str) -> str:
    """Lower-case ``text``, strip accents and turn every non-alphanumeric run into one space.

    ``fold("Saint-Denis-sur-Sarthon")`` → ``"saint denis sur sarthon"``;
    ``fold("L'Haÿ-les-Roses")`` → ``"l hay les roses"``.
    """
    if text.isascii():  # most names: nothing to decompose (NFKD leaves ASCII as it is)
        return _NON_ALNUM.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    # combining marks are never ASCII: only the few other characters are looked at
    stripped = _NON_ASCII.sub(_drop_combining, decomposed)
    return _NON_ALNUM.sub(" ", stripped.lower()).strip()


def _drop_combining(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    folded = fold(text)
    return folded.split() if folded else []
