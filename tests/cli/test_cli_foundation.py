"""``territoria info``, ``check``, ``--help`` and the CLI's French error messages."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from territoria.cli import main
from curated import curated_count

INFO_KEYS = {"regions", "departements", "communes", "epci", "initiatives", "programmes", "support_schemes",
             "figures", "sources", "schema_version", "data_edition", "collectivites_outre_mer", "events",
             "commune_aliases", "packs", "local_initiatives", "agency"}


def test_info_json(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert set(info) == INFO_KEYS
    assert info["agency"] is None  # a plain installation (tests/packaging checks a branded one)
    assert (info["regions"], info["departements"], info["communes"], info["epci"]) == (18, 101, 34969, 1255)
    curated = {key: curated_count(kind) for key, kind in (("initiatives", "initiatives"), ("support_schemes", "schemes"),
               ("sources", "sources"), ("programmes", "programmes"), ("figures", "figures"))}
    assert {key: info[key] for key in curated} == curated  # the seed holds exactly the curated records
    assert info["schema_version"] and info["data_edition"] == "2025-11-28"
    # the 8 collectivities of zone "com" of the reference data: stored, never counted as régions
    assert info["collectivites_outre_mer"] == 8 and info["commune_aliases"] > 0
    assert (data_dir / "territoria.sqlite").is_file()
    assert (data_dir / "logs" / "territoria.log").is_file()


def test_info_human_readable_is_french(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "info"]) == 0
    out = capsys.readouterr().out
    assert "Communes" in out and "34\u202f969" in out and "Édition des données" in out


def test_check_passes_on_a_sound_database(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert "saine" in capsys.readouterr().out


def test_check_fails_on_a_desynchronised_search_index(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "info"]) == 0
    with sqlite3.connect(data_dir / "territoria.sqlite") as connection:
        connection.execute("DELETE FROM initiatives_fts WHERE rowid = (SELECT min(id) FROM initiatives)")
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    assert "Index de recherche : désynchronisé" in capsys.readouterr().err


def test_check_fails_on_a_broken_reference(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "info"]) == 0
    with sqlite3.connect(data_dir / "territoria.sqlite") as connection:  # foreign keys off here
        connection.execute("UPDATE initiatives SET lead_id = 999999 WHERE id = (SELECT min(id) FROM initiatives)")
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    assert "renvoie à « organisations » inexistant" in capsys.readouterr().err


def test_corrupt_database_message_on_the_command_line(data_dir, capsys):
    (data_dir / "territoria.sqlite").write_bytes(b"\x00garbage" * 100)
    assert main(["--data-dir", str(data_dir), "info", "--json"]) == 1
    err = capsys.readouterr().err
    assert "endommagée" in err and "Traceback" not in err
    assert (data_dir / "territoria.sqlite").read_bytes() == b"\x00garbage" * 100


def test_help_is_in_french():
    result = subprocess.run([sys.executable, "-m", "territoria", "--help"], capture_output=True, text=True, check=True)
    assert "afficher cette aide" in result.stdout and "--data-dir" in result.stdout
    assert "commandes" in result.stdout


def test_unknown_command_is_a_french_usage_error(capsys):
    with pytest.raises(SystemExit) as excinfo:
        main(["nimporte-quoi"])
    assert excinfo.value.code == 2
    assert "erreur" in capsys.readouterr().err
