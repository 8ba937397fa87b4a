"""``territoria import-catalogue``: one run per format, the template, and refusals."""

from __future__ import annotations

import tomllib
from contextlib import nullcontext

import pytest
from importer_fixtures import AIDES, PSTW, write_csv

from territoria.cli import main


def test_pstw_then_aides_territoires(data_dir, tmp_path, capsys):
    out, report = tmp_path / "jrc", tmp_path / "rapport.csv"
    assert main(["--data-dir", str(data_dir), "import-catalogue", "--format", "pstw", str(PSTW), "-o", str(out),
                 "--report", str(report), "--publisher-id", "arnia", "--publisher-name", "ARNia",
                 "--edition", "2026-11-26.2"]) == 0
    printed = capsys.readouterr().out
    assert "initiative(s)" in printed and "à vérifier" in printed and str(report) in printed
    with (out / "pack.toml").open("rb") as handle:
        pack = tomllib.load(handle)
    assert (pack["publisher_id"], pack["publisher_name"], pack["edition"]) == ("arnia", "ARNia", "2026-11-26.2")
    assert report.read_text(encoding="utf-8-sig").startswith("ligne;statut;raison;identifiant_externe;titre")
    assert main(["--data-dir", str(data_dir), "import-catalogue", "--format", "aides-territoires", str(AIDES),
                 "-o", str(tmp_path / "aides")]) == 0
    assert "dispositif(s)" in capsys.readouterr().out


def test_table_without_mapping_prints_a_template(data_dir, tmp_path, capsys):
    source = write_csv(tmp_path / "projets.csv", [["Projet", "Porteur", "Statut"], ["Chatbot", "Ville de Lyon", "x"]])
    assert main(["--data-dir", str(data_dir), "import-catalogue", "--format", "table", str(source),
                 "-o", str(tmp_path / "out")]) == 1
    captured = capsys.readouterr()
    template = tomllib.loads(captured.out)
    assert template["columns"] == {"title": "Projet", "lead": "Porteur", "status": "Statut"}
    assert "--mapping" in captured.err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args, code, message", [
    (["--format", "csv"], 2, "erreur"),
    (["--format", "pstw", "absent.csv", "-o", "out"], 1, "introuvable"),
    (["--format", "pstw", "PSTW", "-o", "out", "--publisher-id", "Mon Agence"], 1, "éditeur invalide"),
])
def test_refusals_are_french(data_dir, tmp_path, capsys, args, code, message):
    args = [str(PSTW) if a == "PSTW" else str(tmp_path / a) if a in ("absent.csv", "out") else a for a in args]
    with pytest.raises(SystemExit) if code == 2 else nullcontext() as caught:
        result = main(["--data-dir", str(data_dir), "import-catalogue", *args])
    assert (caught.value.code if code == 2 else result) == code
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()

