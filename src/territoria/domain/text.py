"""Text folding shared by search, the commune picker and file names."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# Characters that unicodedata does not decompose into a base letter + accent.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})


def fold(text: str) -> str:
    """Lower-case ``text``, strip accents and turn every non-alphanumeric run into one space.

    ``fold("Saint-Denis-sur-Sarthon")`` → ``"saint denis sur sarthon"``;
    ``fold("L'Haÿ-les-Roses")`` → ``"l hay les roses"``.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_ALNUM.sub(" ", stripped.lower()).strip()


def words(text: str) -> list[str]:
    """The folded words of ``text``."""
    folded = fold(text)
    return folded.split() if folded else []
