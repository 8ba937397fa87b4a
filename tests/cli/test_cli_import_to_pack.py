"""End to end: import-catalogue writes a folder that pack build signs and pack import installs."""

from __future__ import annotations

import json

from importer_fixtures import AIDES, csv_rows

from territoria.cli import main


def test_aides_territoires_through_a_signed_pack(data_dir, tmp_path, capsys):
    base = ["--data-dir", str(data_dir)]
    folder, key, pack = tmp_path / "aides", tmp_path / "at.key", tmp_path / "aides.territoria"
    assert main([*base, "import-catalogue", "--format", "aides-territoires", str(AIDES), "-o", str(folder)]) == 0
    assert main([*base, "pack", "keygen", "-o", str(key), "--no-passphrase", "--publisher", "aides-territoires"]) == 0
    assert main([*base, "pack", "build", str(folder), "--key", str(key), "-o", str(pack)]) == 0
    assert main([*base, "trust", "add", f"{key}.pub", "--yes"]) == 0
    assert main([*base, "pack", "import", str(pack), "--yes"]) == 0
    capsys.readouterr()
    assert main([*base, "schemes", "--commune", "61382", "--date", "2026-01-15", "--json"]) == 0
    verdicts = {v["name"]: v for v in json.loads(capsys.readouterr().out)}
    rows = {" ".join(r["Nom"].split()): r for r in csv_rows(AIDES)}
    imported = {name: v for name, v in verdicts.items() if name in rows}
    assert len(imported) == len(rows)
    unknown = [v for v in imported.values() if v["verdict"] == "territory_unknown"]
    assert unknown and all("territoire à vérifier auprès du financeur" in v["reason"] for v in unknown)
    def iso(day: str) -> str:
        d, m, y = day.split("/")
        return f"{y}-{m}-{d}"

    closed = {name for name, row in rows.items() if row["Date Clôture"] and iso(row["Date Clôture"]) < "2026-01-15"}
    assert closed and all(imported[name]["verdict"] in ("closed", "outside_territory") for name in closed)
    assert all(v["verdict"] != "closed" for name, v in imported.items() if name not in closed)
    assert all(v["url"] == rows[name]["Lien"] for name, v in imported.items())
