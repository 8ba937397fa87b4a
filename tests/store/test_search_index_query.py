"""Query parsing (domain.search_query) and its FTS5 writing: whatever is typed becomes quoted FTS5
terms; highlights follow the terms."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from territoria.domain.search_query import (
    MAX_TERMS,
    highlight_spans,
    parse_query,
    search_words,
    word_stems,
)
from territoria.store.search_index.sqlite_sql import exclude_expression, match_expression


def test_words_are_folded_like_the_index():
    assert search_words("Numérique, L'Haÿ-les-Roses — ŒUVRE") == ["numerique", "l", "hay", "les", "roses", "œuvre"]
    assert search_words("😀 \x00 ★") == []


def test_words_and_together_and_match_beginnings_singular_or_plural():
    parsed = parse_query("Fuites d'EAU")
    assert match_expression(parsed) == '("fuite"*) AND ("eau"*)'
    assert match_expression(parse_query("numeri")) == '("numeri"*)'
    assert set(word_stems("journaux")) >= {"journal", "journau"}
    assert "chevaux" in word_stems("cheval")
    assert "saint" in word_stems("st")


def test_ligatures_are_searched_both_ways():
    assert match_expression(parse_query("oeuvre")) == '("oeuvre"* OR "œuvre"*)'
    assert match_expression(parse_query("Œuvre")) == '("oeuvre"* OR "œuvre"*)'


def test_phrases_exclusions_and_small_words():
    parsed = parse_query('"campus cyber" -bretagne «Île de France» -"hauts de"')
    assert match_expression(parsed) == '("campus cyber") AND ("ile de france")'
    assert exclude_expression(parsed) == '("bretagne"*) OR ("hauts de")'
    # an unclosed quote runs to the end; a hyphenated exclusion is a phrase
    assert match_expression(parse_query('"fuites d eau')) == '("fuites d eau")'
    assert exclude_expression(parse_query("cyber -saint-denis")) == '("saint denis")'
    # stop words and single letters are dropped unless nothing else was typed
    assert match_expression(parse_query("la détection de l'eau")) == '("detection"*) AND ("eau"*)'
    assert match_expression(parse_query("la")) == '("la"*)'
    assert parse_query("").is_empty and parse_query("  --  ").is_empty and parse_query('""').is_empty


def test_operators_and_syntax_are_plain_words():
    parsed = parse_query('AND OR NOT NEAR( title: ^x * ) " ')
    expression = match_expression(parsed) or ""
    assert re.fullmatch(r'(\("[a-z]+"\*\)( AND )?)+', expression), expression


def test_too_many_words_are_capped():
    parsed = parse_query(" ".join(f"mot{k}" for k in range(500)))
    assert len(parsed.include) == MAX_TERMS


def test_highlight_spans_mark_word_beginnings_in_the_original_text():
    text = "Détection des fuites d'eau à Toulouse : l'œuvre numérique"
    spans = highlight_spans(text, "fuite EAU oeuvre numeri")
    assert [text[a:b] for a, b in spans] == ["fuites", "eau", "œuvre", "numérique"]
    assert highlight_spans(text, "-toulouse") == []
    assert highlight_spans("", "eau") == []


_QUOTED_TERM = re.compile(r'"(?:[^"]|"")*"\*?')


def _strip_terms(expression: str) -> str:
    return _QUOTED_TERM.sub("T", expression)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_only_quoted_terms_and_operators(text):
    parsed = parse_query(text)
    for expression in (match_expression(parsed), exclude_expression(parsed)):
        if expression is None:
            continue
        skeleton = _strip_terms(expression)
        # outside quoted terms only parentheses, OR/AND and spaces remain
        assert re.fullmatch(r"[()T ]*(?:(?:AND|OR)[()T ]*)*", skeleton), (text, expression)
        assert "\x00" not in expression
    highlight_spans(text, parsed)
