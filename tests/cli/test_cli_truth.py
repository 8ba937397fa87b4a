"""Command-line views of the truer data: search rows say how a lead is known; info counts
the overseas collectivities apart."""

from __future__ import annotations

import json

from truth_helpers import curated

from territoria.cli import main
from territoria.store.seed.curated import lead_attribution


def test_search_json_rows_carry_the_lead_attribution(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "search", "--json"]) == 0
    rows = {row["slug"]: row for row in json.loads(capsys.readouterr().out)}
    expected = {r["id"]: lead_attribution(r) for r in curated("initiatives")}
    assert {slug: row["lead_attribution"] for slug, row in rows.items()} == expected
    assert rows["lyon-beneficiaires-apa"]["organisation"] == "Métropole de Lyon"
    assert rows["drome-assistant-virtuel"]["organisation"] is None
    assert rows["drome-assistant-virtuel"]["departement"] == "26"  # the place, kept without a lead


def test_info_counts_overseas_collectivities_apart(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["regions"] == 18 and info["collectivites_outre_mer"] == 8
    assert info["events"] == len(curated("events"))
    assert main(["--data-dir", str(data_dir), "info"]) == 0
    assert "Collectivités d'outre-mer (hors régions et départements) : 8" in capsys.readouterr().out
