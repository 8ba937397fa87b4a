"""French typography of free text (domain.format_fr.typographic) and markup escaping."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from territoria.domain.format_fr import NBSP, NNBSP, typographic
from territoria.reports.markup import escape, link, paragraphs, shorten, text


@pytest.mark.parametrize(("raw", "expected"), [
    ("Bonjour ! Ça va?", f"Bonjour{NNBSP}! Ça va{NNBSP}?"),
    ("Quoi ?!", f"Quoi{NNBSP}?!"),
    ("Note : voir ; fin", f"Note{NBSP}: voir{NNBSP}; fin"),
    ("à 14:30 précises", "à 14:30 précises"),
    ("« Osez l'IA »", f"«{NBSP}Osez l'IA{NBSP}»"),
    ("«Osez l'IA»", f"«{NBSP}Osez l'IA{NBSP}»"),
    ("un budget de 200 000 € et 70 M€", f"un budget de 200{NNBSP}000{NBSP}€ et 70{NBSP}M€"),
    ("1055 hab. et 40 %", f"1055{NBSP}hab. et 40{NBSP}%"),
    ("en 2024 200 communes", "en 2024 200 communes"),
    ("?début de ligne", "?début de ligne"),
    ("(?)", "(?)"),
])
def test_french_spacing(raw, expected):
    assert typographic(raw) == expected


@pytest.mark.parametrize("url", [
    "https://exemple.fr/page?id=1&x=2", "http://a.fr/x;y!z:w", "www.exemple.fr/a?b", "mailto:mairie@exemple.fr?subject=IA",
])
def test_urls_and_addresses_are_left_alone(url):
    assert typographic(f"Voir {url} !") == f"Voir {url}{NNBSP}!"


def test_email_addresses_are_left_alone():
    assert typographic("Écrire à contact@mairie.fr ?") == f"Écrire à contact@mairie.fr{NNBSP}?"


@given(st.lists(st.sampled_from([*"ab 1:;!?«»€%.\n/", NBSP, NNBSP, "http://x.fr?", "M€", "000"]), max_size=30)
       .map("".join))
def test_typographic_is_idempotent(raw):
    once = typographic(raw)
    assert typographic(once) == once


@pytest.mark.parametrize("hostile", [
    "<b>gras</b>", "A & B", '<font name="x">police</font>', '<img src="/etc/passwd"/>', "<a href='file:///etc'>x</a>",
    "&amp; déjà échappé", "<para>", "]]>", "<!-- commentaire -->",
])
def test_escape_makes_markup_inert(hostile):
    from reportlab.platypus import Paragraph

    from territoria.reports.styles import make_styles

    escaped = escape(hostile)
    assert "<" not in escaped and ">" not in escaped
    paragraph = Paragraph(escaped, make_styles().body)  # parses without error
    assert "".join(frag.text for frag in paragraph.frags) == hostile


def test_control_characters_and_undrawable_glyphs():
    assert escape("a\x00b\x07c") == "abc"
    assert escape("ligne\r\nsuivante") == "ligne\nsuivante"
    assert escape("漢字") == "\ufffd\ufffd"  # DejaVu Sans has no CJK glyphs


def test_text_paragraphs_and_links():
    assert text("a\nb") == "a<br/>b"
    assert paragraphs("un\n\n  \ndeux\n") == ["un", "deux"]
    assert paragraphs("") == []
    assert link("javascript:alert(1)", "x") == "x"
    assert link("file:///etc/passwd") == "file:///etc/passwd"
    assert link('https://a.fr/?q="><b>') == ('<a href="https://a.fr/?q=&quot;&gt;&lt;b&gt;" color="#1f4e79">'
                                              'https://a.fr/?q=&quot;&gt;&lt;b&gt;</a>')


def test_shorten_cuts_at_a_word():
    assert shorten("court", 10) == "court"
    cut = shorten("un deux trois quatre cinq six sept", 20)
    assert cut.endswith("…") and len(cut) <= 20 and cut == "un deux trois…"


def test_no_break_spaces_hold_in_a_narrow_paragraph():
    from reportlab.platypus import Paragraph

    from territoria.reports.styles import make_styles

    paragraph = Paragraph(text("Une commune de 1 055 hab. a dépensé 200 000 € : « Osez l'IA » !"), make_styles().body)
    paragraph.wrap(75, 1000)  # so narrow that every breakable space breaks
    lines = [" ".join(w if isinstance(w, str) else w.text for w in line[1]) if isinstance(line, tuple)
             else "".join(f.text for f in line.words) for line in paragraph.blPara.lines]
    # reportlab would break at U+202F, so the markup carries U+00A0 instead
    for unbroken in (f"1{NBSP}055{NBSP}hab.", f"200{NBSP}000{NBSP}€{NBSP}:", f"«{NBSP}Osez", f"l'IA{NBSP}»{NBSP}!"):
        assert any(unbroken in line for line in lines), (unbroken, lines)
