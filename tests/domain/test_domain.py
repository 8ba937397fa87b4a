"""Text folding, population bands and French formatting."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from territoria.domain import format_fr
from territoria.domain.bands import BANDS, band_for
from territoria.domain.text import fold, words

NNBSP, NBSP = "\u202f", "\u00a0"


def test_fold_ignores_case_accents_hyphens_and_apostrophes():
    assert fold("Saint-Denis-sur-Sarthon") == "saint denis sur sarthon"
    assert fold("SAINT DENIS SUR SARTHON") == fold("saint-denis-sur-sarthon")
    assert fold("L'Haÿ-les-Roses") == "l hay les roses"
    assert fold("Œuvre cœur") == "oeuvre coeur"
    assert words("  fuites d’eau ") == ["fuites", "d", "eau"]


@given(st.text())
def test_fold_is_idempotent_and_ascii(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert all(ch.isascii() for ch in folded)


def test_bands_cover_every_population_once():
    for population in (0, 1, 461, 499, 500, 1055, 3499, 3500, 9999, 10000, 99999, 100000, 2_113_705):
        matching = [band for band in BANDS if band.contains(population)]
        assert len(matching) == 1 and band_for(population) == matching[0]
    assert band_for(None) is None
    assert band_for(1055).label == "500 à 1 999 hab."


def test_french_numbers_and_money():
    assert format_fr.group_thousands(1055) == f"1{NNBSP}055"
    assert format_fr.group_thousands(-2113705) == f"-2{NNBSP}113{NNBSP}705"
    assert format_fr.population(1055) == f"1{NNBSP}055{NBSP}hab."
    assert format_fr.euros(70_000_000) == f"70{NBSP}M€"
    assert format_fr.euros(3_600_000) == f"3,6{NBSP}M€"
    assert format_fr.euros(200_000) == f"200{NNBSP}000{NBSP}€"
    assert format_fr.euros(1_500_000_000) == f"1,5{NBSP}Md€"
    assert format_fr.percent(40) == f"40{NBSP}%"


def test_french_dates():
    assert format_fr.partial_date("2025-06-12") == "12 juin 2025"
    assert format_fr.partial_date("2025-07-01") == "1er juillet 2025"
    assert format_fr.partial_date("2024-10") == "octobre 2024"
    assert format_fr.partial_date("2024") == "2024"
    assert format_fr.partial_date(None) == ""
    assert format_fr.partial_date("bientôt") == "bientôt"
