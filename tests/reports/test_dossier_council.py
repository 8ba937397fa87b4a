"""The dossier a council acts on: cover summary from the services' figures, aids with link and QR
code, empty sections left out."""

from __future__ import annotations

import re

import pytest
from pdf_tools import outline_titles, page_texts, reader, squash

from territoria.reports.dossier_summary import STEPS_TITLE, SUMMARY_TITLE
from territoria.reports.exports import export_dossier_pdf
from territoria.services.communes import find_place
from territoria.services.comparable import comparable_projects
from territoria.services.comparable_counts import closeness_counts
from territoria.services.eligibility import schemes_for

VILLAGE = "61382"  # Saint-Denis-sur-Sarthon (Normandie: no regional AI plan in the seed)
MARSEILLE = "13055"  # the seed has schemes a commune of the Région Sud can use today


@pytest.fixture(scope="module")
def village(shared_db, tmp_path_factory):
    return export_dossier_pdf(shared_db, "commune", VILLAGE, tmp_path_factory.mktemp("dossier") / "village.pdf")


@pytest.fixture(scope="module")
def marseille(shared_db, tmp_path_factory):
    return export_dossier_pdf(shared_db, "commune", MARSEILLE, tmp_path_factory.mktemp("dossier") / "marseille.pdf")


def _uris(path) -> list[str]:
    found = []
    for page in reader(path).pages:
        for ref in page.get("/Annots") or []:
            action = ref.get_object().get("/A")
            if action is not None and "/URI" in action.get_object():
                found.append(str(action.get_object()["/URI"]))
    return found


def _qr_drawings(path) -> int:
    """How many times a QR code is drawn (each is a form XObject named "qr…")."""
    count = 0
    for page in reader(path).pages:
        content = page.get_contents().get_data().decode("latin-1")
        count += len(re.findall(r"/FormXob\.qr\w+ Do", content))
    return count


def test_cover_summary_matches_the_services(shared_db, village):
    place = find_place(shared_db, "commune", VILLAGE)
    ranked = comparable_projects(shared_db, place, limit=10).ranked
    verdicts = schemes_for(shared_db, "commune", VILLAGE)
    by_verdict = {code: [v for v in verdicts if v.verdict == code]
                  for code in ("eligible", "not_yet_open", "relay_to_businesses")}
    assert ranked and by_verdict["relay_to_businesses"] and not by_verdict["eligible"]
    cover = squash(page_texts(village)[0])
    assert squash(SUMMARY_TITLE) in cover and squash(STEPS_TITLE) in cover
    very = sum(1 for item in ranked if item.closeness == "very_close")
    close = sum(1 for item in ranked if item.closeness == "close")
    shown = squash(f"les {len(ranked)} plus proches du catalogue sont présentés : {very} très proche")
    assert shown in cover
    assert squash(f"{close} proche{'s' if close > 1 else ''}, {len(ranked) - very - close} à regarder") in cover
    counts = closeness_counts(shared_db, place)
    if (counts["very_close"], counts["close"]) != (very, close):
        assert squash(f"le catalogue en compte {counts['very_close']} très proche") in cover
    assert squash("aucune aide du catalogue n'est ouverte à votre collectivité") in cover
    upcoming = by_verdict["not_yet_open"]
    assert squash(f"Pas encore ouvertes : {len(upcoming)} : « {upcoming[0].name} »") in cover
    assert squash(f"{len(by_verdict['relay_to_businesses'])} aides réservées") in cover
    assert squash(f"Surveiller l'ouverture de « {upcoming[0].name} »") in cover  # a concrete next step
    # announced for inhabitants and businesses: the village relays it, it does not apply
    assert not {"commune", "collectivite"} & set(upcoming[0].scheme.audiences)
    assert squash("pour la faire connaître sur votre territoire") in cover


def test_empty_sections_are_left_out(village):
    titles = outline_titles(village)
    text = squash(" ".join(page_texts(village)))
    assert "Dispositifs que vous pouvez mobiliser" not in titles
    assert squash("Dispositifs que vous pouvez mobiliser") not in text
    assert not any(title.startswith("Plan IA") for title in titles)
    assert squash("ne contient pas de plan") not in text and squash("Aucun dispositif") not in text
    assert "Projets comparables" in titles and "Dispositifs annoncés, pas encore ouverts" in titles


def test_every_aid_has_its_link_and_a_qr_code(shared_db, marseille):
    verdicts = [v for v in schemes_for(shared_db, "commune", MARSEILLE)
                if v.verdict in ("eligible", "territory_unknown", "not_yet_open", "relay_to_businesses")]
    assert any(v.verdict == "eligible" for v in verdicts)
    text = squash(" ".join(page_texts(marseille)))
    uris = set(_uris(marseille))
    for verdict in verdicts:
        assert verdict.link, verdict.name
        assert squash(verdict.link) in text, verdict.name
        assert verdict.link in uris, verdict.name
    assert _qr_drawings(marseille) == len(verdicts)
    assert "Dispositifs que vous pouvez mobiliser" in outline_titles(marseille)
    assert squash(SUMMARY_TITLE) in squash(page_texts(marseille)[0])
    eligible = [v for v in verdicts if v.verdict == "eligible"]
    assert squash(f"Aides ouvertes aujourd'hui : {len(eligible)} : « {eligible[0].name} »") in squash(
        page_texts(marseille)[0])


def _lowest_text(page) -> float:
    """The lowest baseline of the body text on ``page`` (the footer, under 16 mm, left out)."""
    lows: list[float] = []

    def visit(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and y > 16 * 72 / 25.4:
            lows.append(y)

    page.extract_text(visitor_text=visit)
    return min(lows)


def test_no_page_but_the_last_is_left_mostly_white(village):
    pages = reader(village).pages
    body_top, body_bottom = (297 - 22) * 72 / 25.4, 16 * 72 / 25.4
    for number, page in enumerate(pages[:-1], start=1):
        filled = (body_top - _lowest_text(page)) / (body_top - body_bottom)
        assert filled > 0.6, (number, round(filled, 2))


def test_each_comparable_project_says_its_closeness(shared_db, village):
    from collections import Counter

    from territoria.domain.messages_fr import closeness_label

    place = find_place(shared_db, "commune", VILLAGE)
    ranked = comparable_projects(shared_db, place, limit=10).ranked
    text = squash(" ".join(page_texts(village)[1:]))
    for code, count in Counter(item.closeness for item in ranked).items():
        assert text.count(squash(f"{closeness_label(code)} · ")) >= count, code
