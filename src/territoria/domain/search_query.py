"""What a person's search text means (terms to find, terms to exclude), and highlighting.

The raw text is never handed to a database. It is cut into words the same way the
search index folds text (letters and digits only, lower case, accents removed: the
SQLite index's ``unicode61 remove_diacritics 2`` tokenizer), so operators, quotes,
parentheses, ``*``, ``:``, ``^``, emoji or NUL typed by a person are plain text (or
dropped). Each search-index implementation (``store.search_index``) writes the parsed
terms in its own query language, every word quoted, so no input is ever a syntax error.

Grammar, deliberately small:

- words are ANDed; each matches word beginnings (``numeri`` → "numérique") and both
  singular and plural (``fuites`` → "fuite", ``journal`` ↔ "journaux");
- ``"exact phrase"`` (straight, curly or « French » quotes; an unclosed quote runs to
  the end) matches consecutive words, still ignoring case and accents;
- ``-word`` or ``-"a phrase"`` excludes; ``-saint-denis`` excludes the phrase;
- French elisions and small words (``l'``, ``d'``, ``de``, ``la``…) are ignored unless
  nothing else is typed; so ``fuite d'eau`` finds "fuites de l'eau".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

#: More words than this are ignored (a pasted page must not build a huge query).
MAX_TERMS: Final = 24
#: Longest word kept (longer runs are cut: no real word is this long).
MAX_WORD: Final = 60

STOPWORDS: Final[frozenset[str]] = frozenset(
    """a au aux avec c ce ces cet cette d dans de des du en et il j l la le les leur leurs
    m n ne ou par pas pour qu que qui s sa se ses son sur t un une y and or not near of the""".split()
)

#: Abbreviations of place names people type ("st denis" for "Saint-Denis").
ABBREVIATIONS: Final[dict[str, str]] = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "＂": '"'})
_MINUS = ("-", "−", "–", "—")
_WORD_SPLIT = re.compile(r"[\W_]+")
_CHUNK = re.compile(r'(\S*?)"([^"]*)(?:"|$)|(\S+)')


def search_words(text: str) -> list[str]:
    """The index words of ``text``: lower case, accents removed, split on non-letters.

    Mirrors the FTS tokenizer (``œ`` stays ``œ``, as in the index). Characters SQLite
    cannot bind (lone surrogates) and symbols such as emoji vanish.
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    stripped = "".join(
        ch for ch in decomposed if not unicodedata.combining(ch) and not 0xD800 <= ord(ch) <= 0xDFFF
    )
    return [word[:MAX_WORD] for word in _WORD_SPLIT.split(stripped) if word]


def _ligature_variants(word: str) -> set[str]:
    """``oeuvre`` and ``œuvre`` both, since the index keeps ``œ``/``æ`` as typed."""
    variants = {word}
    for plain, ligature in (("oe", "œ"), ("ae", "æ")):
        for variant in list(variants):
            if plain in variant:
                variants.add(variant.replace(plain, ligature))
            if ligature in variant:
                variants.add(variant.replace(ligature, plain))
    return variants


def word_stems(word: str) -> tuple[str, ...]:
    """Prefixes that find ``word`` as typed, in the singular and in the plural.

    A prefix covers its longer forms, so ``fuites`` → ``fuite`` (finds both);
    ``journaux`` → ``journal``/``journau``; ``cheval`` → ``cheval``/``chevaux``;
    ``st`` → ``st``/``saint``.
    """
    stems = {word}
    if word in ABBREVIATIONS:
        stems.add(ABBREVIATIONS[word])
    if len(word) > 4 and word.endswith("aux"):
        root = word[:-3]
        stems |= {root + "al", root + "ail", word[:-1]}
    elif len(word) > 3 and word[-1] in "sx" and not word[-2:].isdigit():
        stems.add(word[:-1])
    if len(word) > 3 and word.endswith(("al", "ail")):
        stems.add(word[: -2 if word.endswith("al") else -3] + "aux")
    # drop stems that another, shorter stem already covers as a prefix
    kept = {s for s in stems if not any(o != s and s.startswith(o) for o in stems)}
    out: set[str] = set()
    for stem in kept:
        out |= _ligature_variants(stem)
    return tuple(sorted(out))


@dataclass(frozen=True, slots=True)
class Term:
    """One search term: a single word (matched by its beginning) or an exact phrase."""

    words: tuple[str, ...]
    phrase: bool

    def options(self) -> tuple[str, ...]:
        """What the index must find, any one of them: the phrase's spellings (``œ``/``oe``),
        or the word's prefixes (:func:`word_stems`, each matching word beginnings)."""
        if self.phrase:
            return tuple(sorted(_ligature_variants(" ".join(self.words))))
        return word_stems(self.words[0])


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """What a query string means: terms to find and terms to exclude."""

    include: tuple[Term, ...]
    exclude: tuple[Term, ...]

    @property
    def is_empty(self) -> bool:
        """True when nothing searchable was typed (then every record matches)."""
        return not self.include and not self.exclude

    def highlight_prefixes(self) -> tuple[str, ...]:
        """Folded word beginnings to highlight in displayed text (longest first)."""
        prefixes: set[str] = set()
        for term in self.include:
            if term.phrase:
                prefixes.update(term.words)
            else:
                prefixes.update(word_stems(term.words[0]))
        folded = {_fold_ligatures(p) for p in prefixes if p}
        return tuple(sorted(folded, key=lambda p: (-len(p), p)))


def _fold_ligatures(word: str) -> str:
    return word.replace("œ", "oe").replace("æ", "ae")


def parse_query(text: str | None) -> ParsedQuery:
    """Parse ``text`` (anything at all) into a :class:`ParsedQuery`; never raises."""
    if not text:
        return ParsedQuery((), ())
    text = text.translate(_QUOTES)
    include: list[Term] = []
    small: list[Term] = []  # stop words and single letters, used only if nothing else
    exclude: list[Term] = []
    for match in _CHUNK.finditer(text):
        prefix, phrase, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None:
            negative = bare.startswith(_MINUS) and len(bare) > 1
            words = search_words(bare[1:] if negative else bare)
            if negative:
                if words:
                    exclude.append(Term(tuple(words), phrase=len(words) > 1))
                continue
            for word in words:
                term = Term((word,), phrase=False)
                if word in STOPWORDS or (len(word) == 1 and not word.isdigit()):
                    small.append(term)
                else:
                    include.append(term)
            continue
        negative = prefix.endswith(_MINUS) if prefix else False
        if prefix and not negative:  # text glued before the quote: treat as words
            include.extend(Term((w,), False) for w in search_words(prefix))
        words = search_words(phrase)
        if not words:
            continue
        target = exclude if negative else include
        target.append(Term(tuple(words), phrase=True))
    if not include:
        include = small
    return ParsedQuery(_unique(include)[:MAX_TERMS], _unique(exclude)[:MAX_TERMS])


def _unique(terms: list[Term]) -> tuple[Term, ...]:
    seen: dict[Term, None] = {}
    for term in terms:
        seen.setdefault(term, None)
    return tuple(seen)


_DISPLAY_WORD = re.compile(r"[^\W_]+")


def highlight_spans(text: str, query: ParsedQuery | str | None) -> list[tuple[int, int]]:
    """``(start, end)`` character spans of ``text`` whose word begins with a searched term."""
    parsed = query if isinstance(query, ParsedQuery) else parse_query(query)
    prefixes = parsed.highlight_prefixes()
    if not prefixes or not text:
        return []
    spans: list[tuple[int, int]] = []
    for match in _DISPLAY_WORD.finditer(text):
        folded = _fold_ligatures("".join(search_words(match.group())))
        if any(folded.startswith(p) for p in prefixes):
            spans.append(match.span())
    return spans
