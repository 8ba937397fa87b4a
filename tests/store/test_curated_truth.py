"""The curated loader's rules for lead attribution, events, priorities and opening dates,
and what the seed holds of them (expectations read from data/curated, never hard-coded)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from truth_helpers import CURATED, curated

from territoria.store.seed.curated import CuratedDataError, lead_attribution, load_curated


def _folder_with(tmp_path: Path, file: str, extra: str) -> Path:
    folder = tmp_path / "curated"
    shutil.copytree(CURATED, folder)
    with (folder / file).open("a", encoding="utf-8") as handle:
        handle.write("\n" + extra)
    return folder


def _problems(tmp_path: Path, file: str, extra: str) -> str:
    with pytest.raises(CuratedDataError) as caught:
        load_curated(_folder_with(tmp_path, file, extra))
    return str(caught.value)


def test_the_curated_files_load():
    data = load_curated(CURATED)
    assert len(data.records["events"]) == len(curated("events")) > 0
    assert len(data.records["priorities"]) == len(curated("priorities")) > 0


def test_an_inferred_lead_needs_its_reason(tmp_path):
    message = _problems(tmp_path, "initiatives.toml", '''[[initiative]]
id = "test-inferred"
title = "T"
lead = "nantes"
lead_attribution = "inferred"
sources = ["horizonspublics-osez-ia-territoires"]
''')
    assert "initiatives/test-inferred" in message and "lead_note" in message


def test_an_unknown_lead_needs_a_place_and_no_lead(tmp_path):
    message = _problems(tmp_path, "initiatives.toml", '''[[initiative]]
id = "test-unknown"
title = "T"
lead_attribution = "unknown"
sources = ["horizonspublics-osez-ia-territoires"]

[[initiative]]
id = "test-unknown-with-lead"
title = "T"
lead = "nantes"
lead_attribution = "unknown"
place_commune_insee = "44109"
sources = ["horizonspublics-osez-ia-territoires"]

[[initiative]]
id = "test-bad-attribution"
title = "T"
lead = "nantes"
lead_attribution = "guessed"
sources = ["horizonspublics-osez-ia-territoires"]
''')
    assert "initiatives/test-unknown: porteur inconnu : un lieu (place_*) est obligatoire" in message
    assert "initiatives/test-unknown-with-lead: porteur inconnu (unknown) mais lead donné" in message
    assert "lead_attribution inconnu 'guessed'" in message


def test_events_and_priorities_are_checked(tmp_path):
    message = _problems(tmp_path, "events.toml", '''[[event]]
id = "test-event"
date = "juin 2025"
title = "T"
actors = ["nobody"]
regions = ["Bretagne"]
sources = ["bdt-vivatech-2025-regions"]

[[event]]
id = "test-event-without-source"
date = "2025"
title = "T"
''')
    assert "events/test-event: date invalide date='juin 2025'" in message
    assert "events/test-event: actors renvoie à organisations inconnu 'nobody'" in message
    assert "events/test-event: code de région invalide 'Bretagne'" in message
    assert "events/test-event-without-source: aucune source" in message


def test_opening_dates_are_a_month_or_a_day(tmp_path):
    message = _problems(tmp_path, "schemes.toml", '''[[scheme]]
id = "test-year-only"
name = "T"
opens = "2025"
closes = "2024-12"
sources = ["actuia-sud-ia"]
''')
    assert "schemes/test-year-only: opens doit être AAAA-MM ou AAAA-MM-JJ" in message
    assert "ferme (2024-12) avant d'ouvrir (2025)" in message


def test_every_initiative_says_how_its_lead_is_known():
    for record in curated("initiatives"):
        attribution = lead_attribution(record)
        if attribution == "inferred":
            assert record.get("lead") and record.get("lead_note"), record["id"]
        if attribution == "unknown":
            assert not record.get("lead") and any(k.startswith("place_") for k in record), record["id"]
    lyon = next(r for r in curated("initiatives") if r["id"] == "lyon-beneficiaires-apa")
    assert (lyon["lead"], lead_attribution(lyon), lyon["place_commune_insee"]) == ("metropole-de-lyon", "inferred", "69123")


def test_the_seed_holds_attributions_events_aliases(seed_file):
    connection = sqlite3.connect(f"file:{seed_file}?mode=ro", uri=True)
    try:
        stored = dict(connection.execute("SELECT slug, lead_attribution FROM initiatives WHERE origin = 'seed'"))
        expected = {r["id"]: lead_attribution(r) for r in curated("initiatives")}
        assert stored == expected
        events = connection.execute("SELECT count(*) FROM events").fetchone()[0]
        assert events == len(curated("events"))
        cited = connection.execute("SELECT count(DISTINCT record_id) FROM event_sources").fetchone()[0]
        assert cited == events  # every event cites its article
        aliases = dict(connection.execute("SELECT kind, count(*) FROM commune_aliases GROUP BY kind"))
        assert aliases["arrondissement"] == 45 and aliases["commune_deleguee"] > 0 and aliases["commune_associee"] > 0
        assert connection.execute(
            "SELECT parent_insee FROM commune_aliases WHERE name = 'Cherbourg-Octeville'").fetchone() == ("50129",)
        academie = connection.execute(
            "SELECT opens, opens_announced FROM schemes WHERE slug = 'osez-ia-academie'").fetchone()
        assert academie == (None, "fin 2025")
    finally:
        connection.close()
