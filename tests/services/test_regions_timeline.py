"""The région profile and the timeline of dated events: service and command line."""

from __future__ import annotations

import json
import re

import pytest
from truth_helpers import curated

from territoria.cli import main
from territoria.errors import NotFoundError
from territoria.services.regions import region_profile, timeline

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def test_region_sud_profile_has_its_plan_with_every_figure_and_source(shared_db):
    profile = region_profile(shared_db, "93")
    assert profile.name == "Provence-Alpes-Côte d'Azur" and profile.population > 0
    plan = next(p for p in profile.plans if p.slug == "sud-ia")
    wanted = next(p for p in curated("programmes") if p["id"] == "sud-ia")["budget_mentions"]
    assert len(plan.budget_mentions) == len(wanted)
    assert all(m.source.publisher and m.amount_eur == 70_000_000 for m in plan.budget_mentions)
    # both readings of SUD IA's sectors are kept, each with its source
    labels = {p.label: p for p in profile.priorities}
    assert "tourisme intelligent" in labels
    single = next(p for p in profile.priorities if "santé, agriculture et tourisme" in p.label)
    assert [s.publisher for s in single.sources] == ["Postmania"] and "trois axes" in single.note
    regional = {f["id"] for f in curated("figures") if f.get("region_code") == "93"}
    assert len(profile.figures) == len(regional) and "Start-up actives dans l'IA en Région Sud" in {
        f.label for f in profile.figures}
    dates = [e.date for e in profile.events]
    assert "2024-10-25" in dates and dates == sorted(dates, reverse=True)


def test_occitanie_keeps_both_plan_amounts(shared_db):
    plan = next(p for p in region_profile(shared_db, "76").plans if p.slug == "ia-occitanie")
    assert sorted({(m.qualifier, m.amount_eur) for m in plan.budget_mentions}, key=str) == sorted(
        {("près de", 50_000_000.0), (None, 60_000_000.0)}, key=str)


def test_stated_priority_sectors_come_from_the_articles(shared_db):
    expected: dict[str, set[str]] = {}
    for priority in curated("priorities"):
        for code in priority["regions"]:
            expected.setdefault(code, set()).add(priority["label"])
    for code, labels in expected.items():
        assert {p.label for p in region_profile(shared_db, code).priorities} == labels, code
    assert {p.label for p in region_profile(shared_db, "11").priorities} == {"e-santé"}
    assert "tourisme intelligent" in {p.label for p in region_profile(shared_db, "04").priorities}  # La Réunion
    assert region_profile(shared_db, "94").priorities == ()  # Corse: the articles name none
    assert region_profile(shared_db, "52").schemes == ("DIVA – Digital Innovation Value Accelerator",)
    bfc = region_profile(shared_db, "27")
    assert [a.name for a in bfc.agencies] == ["ARNia (Agence régionale du numérique et de l'intelligence artificielle)"]


def test_unknown_or_overseas_collectivity_is_not_a_region(shared_db):
    for code in ("99", "975", ""):
        with pytest.raises(NotFoundError):
            region_profile(shared_db, code)
    with pytest.raises(NotFoundError):
        timeline(shared_db, "975")


def test_timeline_newest_first_with_every_event(shared_db):
    events = timeline(shared_db)
    assert len(events) == len(curated("events"))
    assert [e.date for e in events] == sorted((e.date for e in events), reverse=True)
    assert all(e.sources for e in events)
    titles = {e.title for e in events}
    for wanted in ("Sommet pour l'action sur l'IA", "Une délégation de Régions de France visite VivaTech"):
        assert wanted in titles
    summit = next(e for e in events if e.title == "Sommet pour l'action sur l'IA")
    assert summit.date == "2025-02" and summit.regions == ()
    normandie = timeline(shared_db, "28")
    assert normandie and all("28" in e.regions for e in normandie)


def test_cli_timeline_json(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "timeline", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(curated("events"))
    assert {"date", "title", "regions", "sources"} <= set(rows[0])
    assert all(_DATE.match(r["date"]) for r in rows)
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)
    assert main(["--data-dir", str(data_dir), "timeline", "--region", "52", "--json"]) == 0
    pdl = json.loads(capsys.readouterr().out)
    assert pdl and all("52" in r["regions"] for r in pdl)
    assert "2025-07-01" in [r["date"] for r in pdl]  # the launch of « Osez l'IA » with its table ronde


def test_cli_region(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "region", "76", "--json"]) == 0
    profile = json.loads(capsys.readouterr().out)
    assert profile["code"] == "76" and profile["name"] == "Occitanie"
    plan = next(p for p in profile["plans"] if p["name"] == "Plan «\u00a0IA Occitanie\u00a0»")
    assert {m["source"]["publisher"] for m in plan["budget_mentions"]} == {
        "Paroles d'élus", "Banque des Territoires", "Postmania"}
    assert main(["--data-dir", str(data_dir), "region", "11"]) == 0
    out = capsys.readouterr().out
    assert "Île-de-France" in out and "e-santé" in out and "Chronologie" in out
    assert main(["--data-dir", str(data_dir), "region", "975"]) == 1
    assert "Aucune région n'a le code « 975 »" in capsys.readouterr().err
