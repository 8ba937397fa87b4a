"""Help for a search that finds nothing: the closest words the catalogue holds, and which
filter to remove to find something.

Words come from the search index's lexicon (``SearchIndex.lexicon``: the words as they are
matched, folded, with how many initiatives hold each; on a server a trigram index picks the
candidates). A typed word counts as unknown when no word of the catalogue begins with it
(nor with one of its singular or plural stems); its suggestions are the catalogue's words
closest in spelling (difflib's ratio, on either engine), the most frequent first among equals.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from territoria.domain.search_query import ParsedQuery, parse_query, word_stems
from territoria.services.database import Database
from territoria.services.search.service import SearchRequest, search
from territoria.store.search_index import normalise_filters, search_index

#: How close (difflib ratio) a catalogue word must be to be suggested.
CUTOFF = 0.72
#: Candidates asked of the lexicon per unknown word (ranked here by difflib's ratio).
CANDIDATES = 40


@dataclass(frozen=True, slots=True)
class WordSuggestion:
    """A typed word no initiative contains, and the catalogue's closest words."""

    typed: str
    closest: tuple[str, ...]
    #: The query with ``typed`` replaced by each of ``closest`` (the rest kept).
    queries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Widening:
    """A filter to remove (facet name) and how many initiatives the search then finds."""

    facet: str
    total: int


@dataclass(frozen=True, slots=True)
class EmptySearchHelp:
    """What to suggest when a search finds nothing."""

    words: tuple[WordSuggestion, ...]
    #: The query with each unknown word replaced by its closest word ("" when there is none)…
    corrected_query: str
    #: …and how many initiatives it finds with the same filters…
    corrected_total: int
    #: Filters whose removal alone finds something, most results first.
    widen: tuple[Widening, ...]
    #: Results of the text without any filter (0 when no filter is set).
    without_filters: int
    #: …and how many the corrected query finds without any filter (0 when no filter is set).
    corrected_without_filters: int = 0


def _closest(word: str, vocabulary: Sequence[str], counts: Mapping[str, int], limit: int) -> tuple[str, ...]:
    matcher = difflib.SequenceMatcher(b=word)
    scored = []
    for candidate in vocabulary:
        if abs(len(candidate) - len(word)) > 3:
            continue
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() < CUTOFF or matcher.quick_ratio() < CUTOFF:
            continue
        ratio = matcher.ratio()
        if ratio >= CUTOFF:
            scored.append((-ratio, -counts[candidate], candidate))
    return tuple(candidate for _r, _c, candidate in sorted(scored)[:limit])


def empty_search_help(db: Database, query: str, filters: Mapping[str, Sequence[str]] | None = None,
                      limit: int = 3) -> EmptySearchHelp:
    """Closest catalogue words for the unknown words of ``query``, and filters to remove."""
    clean = normalise_filters(filters)
    parsed = parse_query(query)
    typed = [term.words[0] for term in parsed.include if not term.phrase and term.words]
    words: list[WordSuggestion] = []
    if typed:
        with db.session() as session:
            lexicon = search_index(db.engine).lexicon(session.connection())
            for word in typed:
                if any(lexicon.begins(stem) for stem in word_stems(word)):
                    continue
                candidates = dict(lexicon.near(word, max(CANDIDATES, limit)))
                closest = _closest(word, list(candidates), candidates, limit)
                if closest:
                    words.append(WordSuggestion(word, closest, tuple(_rewrite(parsed, {word: c}) for c in closest)))
    corrected, corrected_total, corrected_anywhere = "", 0, 0
    if words:
        replacements = {s.typed: s.closest[0] for s in words}
        corrected = _rewrite(parsed, replacements)
        corrected_total = search(db, SearchRequest(corrected, clean, limit=0)).total
        if clean and not corrected_total:
            corrected_anywhere = search(db, SearchRequest(corrected, {}, limit=0)).total
    widen = []
    for facet in clean:
        others = {name: values for name, values in clean.items() if name != facet}
        total = search(db, SearchRequest(query, others, limit=0)).total
        if total:
            widen.append(Widening(facet, total))
    without = search(db, SearchRequest(query, {}, limit=0)).total if clean else 0
    return EmptySearchHelp(tuple(words), corrected, corrected_total,
                           tuple(sorted(widen, key=lambda w: (-w.total, w.facet))), without, corrected_anywhere)


def _rewrite(parsed: ParsedQuery, replacements: Mapping[str, str]) -> str:
    """The query of ``parsed`` with its words replaced (phrases and exclusions kept)."""
    def spell(term) -> str:
        if term.phrase:
            return '"' + " ".join(term.words) + '"'
        return replacements.get(term.words[0], term.words[0])

    return " ".join([spell(term) for term in parsed.include] + ["-" + spell(term) for term in parsed.exclude])
