"""``territoria pack …`` and ``territoria trust …``: exit codes, confirmation, JSON, French messages."""

from __future__ import annotations

import json
import sqlite3

import pytest
from pack_tools import PASSPHRASE, write_folder

from territoria.cli import main


@pytest.fixture()
def env(monkeypatch):
    monkeypatch.setenv("TERRITORIA_KEY_PASSPHRASE", PASSPHRASE)


def _out(capsys) -> tuple[str, str]:
    captured = capsys.readouterr()
    return captured.out, captured.err


def _keygen_and_build(tmp_path, capsys, edition="2026-03-03") -> tuple:
    key = tmp_path / "arnia.key"
    if not key.exists():
        assert main(["pack", "keygen", "-o", str(key)]) == 0
        out, _ = _out(capsys)
        assert "Empreinte : " in out and (tmp_path / "arnia.key.pub").is_file()
    folder = write_folder(tmp_path / f"src-{edition}", edition=edition)
    pack = tmp_path / f"arnia-{edition}.territoria"
    assert main(["pack", "build", str(folder), "--key", str(key), "-o", str(pack)]) == 0
    out, _ = _out(capsys)
    assert "Paquet écrit" in out and "2 initiatives" in out
    return key, pack


def test_agency_to_town_hall_end_to_end(env, tmp_path, data_dir, capsys, monkeypatch):
    key, pack = _keygen_and_build(tmp_path, capsys)
    base = ["--data-dir", str(data_dir)]
    # the town hall does not trust the key yet
    assert main([*base, "pack", "verify", str(pack)]) == 1
    assert "pas de confiance" in _out(capsys)[1]
    assert main([*base, "trust", "add", str(key) + ".pub", "--yes"]) == 0
    fingerprint = _out(capsys)[0].split("empreinte : ")[1].split()[0]
    assert main([*base, "trust", "list", "--json"]) == 0
    keys = json.loads(_out(capsys)[0])
    assert [(k["fingerprint"], k["origin"]) for k in keys] == [(fingerprint, "user")]
    assert main([*base, "pack", "verify", str(pack)]) == 0
    assert "Paquet valide" in _out(capsys)[0]

    # without a terminal and without --yes: the preview, then rc 1 and nothing imported
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main([*base, "pack", "import", str(pack)]) == 1
    out, err = _out(capsys)
    assert "2 ajoutées" in out and "--yes" in err
    assert main([*base, "pack", "list", "--json"]) == 0
    assert json.loads(_out(capsys)[0]) == []

    assert main([*base, "pack", "import", str(pack), "--yes", "--json"]) == 0
    result = json.loads(_out(capsys)[0])
    assert result["publisher_id"] == "arnia" and result["edition"] == "2026-03-03"
    assert {c["kind"]: c["added"] for c in result["changes"]}["initiatives"] == 2
    assert main([*base, "pack", "list", "--json"]) == 0
    listed = json.loads(_out(capsys)[0])
    assert [(p["publisher_id"], p["edition"], p["fingerprint"], p["counts"]["initiatives"]) for p in listed] == [
        ("arnia", "2026-03-03", fingerprint, 2)]

    # search rows say where each record comes from
    assert main([*base, "search", "courrier", "--json", "--limit", "0"]) == 0
    rows = json.loads(_out(capsys)[0])
    pack_rows = [r for r in rows if r["slug"].startswith("arnia:")]
    assert pack_rows and all(r["origin"] == "pack" and r["publisher"] == "ARNia" for r in pack_rows)
    assert main([*base, "search", "--json", "--limit", "0"]) == 0
    every = json.loads(_out(capsys)[0])
    assert {r["origin"] for r in every} >= {"seed", "pack"}
    assert all(r["publisher"] is None for r in every if r["origin"] == "seed")
    assert main([*base, "info", "--json"]) == 0
    assert json.loads(_out(capsys)[0])["packs"] == 1

    # the same edition again is refused; --allow-downgrade re-installs it
    assert main([*base, "pack", "import", str(pack), "--yes"]) == 1
    assert "--allow-downgrade" in _out(capsys)[1]
    assert main([*base, "pack", "import", str(pack), "--yes", "--allow-downgrade"]) == 0
    _out(capsys)
    assert main([*base, "check"]) == 0

    assert main([*base, "pack", "remove", "arnia"]) == 1  # no terminal, no --yes
    assert main([*base, "pack", "remove", "arnia", "--yes"]) == 0
    assert "Paquet retiré" in _out(capsys)[0]
    connection = sqlite3.connect(data_dir / "territoria.sqlite")
    assert connection.execute("SELECT count(*) FROM initiatives WHERE origin = 'pack'").fetchone()[0] == 0
    connection.close()
    assert main([*base, "pack", "remove", "arnia", "--yes"]) == 1
    assert "Aucun paquet de l'éditeur « arnia »" in _out(capsys)[1]

    assert main([*base, "trust", "remove", fingerprint]) == 0
    assert main([*base, "trust", "list"]) == 0
    assert "Aucune clé de confiance" in _out(capsys)[0]


def test_keygen_without_passphrase_warns(tmp_path, capsys):
    assert main(["pack", "keygen", "-o", str(tmp_path / "k.key"), "--no-passphrase"]) == 0
    out, err = _out(capsys)
    assert "ne sera pas chiffrée" in err and "(non chiffrée)" in out


def test_keygen_without_passphrase_source_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("TERRITORIA_KEY_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["pack", "keygen", "-o", str(tmp_path / "k.key")]) == 1
    assert "TERRITORIA_KEY_PASSPHRASE" in _out(capsys)[1]
    assert not (tmp_path / "k.key").exists()


def test_build_reports_validation_errors_in_french(env, tmp_path, capsys):
    assert main(["pack", "keygen", "-o", str(tmp_path / "k.key")]) == 0
    folder = write_folder(tmp_path / "src", extra_files={
        "figures.toml": '[[figure]]\nid = "f"\nlabel = "L"\nvalue = 10\nunit = "count"\nregion_code = "99"\n'
                        'sources = ["absente"]\n'})
    assert main(["pack", "build", str(folder), "--key", str(tmp_path / "k.key"), "-o", str(tmp_path / "p.t")]) == 1
    err = _out(capsys)[1]
    assert "figures.toml, fiche « f » : sources renvoie à sources inconnu 'absente'" in err
    assert "figures.toml, fiche « f » : region_code '99' n'est pas un code de région existant" in err
    assert not (tmp_path / "p.t").exists()


def test_wrong_passphrase_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TERRITORIA_KEY_PASSPHRASE", "une")
    assert main(["pack", "keygen", "-o", str(tmp_path / "k.key")]) == 0
    monkeypatch.setenv("TERRITORIA_KEY_PASSPHRASE", "autre")
    folder = write_folder(tmp_path / "src")
    assert main(["pack", "build", str(folder), "--key", str(tmp_path / "k.key"), "-o", str(tmp_path / "p.t")]) == 1
    assert "Phrase de passe incorrecte" in _out(capsys)[1]


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["pack", "import"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["trust", "frobnicate"])
    assert caught.value.code == 2
    assert "erreur" in _out(capsys)[1]


def test_trust_add_asks_on_a_terminal(tmp_path, data_dir, capsys, monkeypatch):
    assert main(["pack", "keygen", "-o", str(tmp_path / "k.key"), "--no-passphrase"]) == 0
    _out(capsys)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "non")
    assert main(["--data-dir", str(data_dir), "trust", "add", str(tmp_path / "k.key.pub")]) == 1
    assert "empreinte" in _out(capsys)[0]
    monkeypatch.setattr("builtins.input", lambda prompt: "oui")
    assert main(["--data-dir", str(data_dir), "trust", "add", str(tmp_path / "k.key.pub")]) == 0
    assert main(["--data-dir", str(data_dir), "trust", "remove", "0000-0000-0000-0000"]) == 1
    assert "Aucune clé de confiance" in _out(capsys)[1]


def test_round_trip_nothing_the_user_made_is_lost(env, tmp_path, data_dir, capsys, copy_seed):
    """Agency builds, town hall imports, adds a project and a note, the seed is updated, a
    newer edition is imported: the project, the note and the star are all still there."""
    from territoria.config import resolve_paths
    from territoria.services.database import open_database
    from territoria.services.selection import set_starred

    key, pack = _keygen_and_build(tmp_path, capsys)
    base = ["--data-dir", str(data_dir)]
    assert main([*base, "trust", "add", str(key) + ".pub", "--yes"]) == 0
    assert main([*base, "pack", "import", str(pack), "--yes"]) == 0
    project = tmp_path / "projet.toml"
    project.write_text('[[initiative]]\ntitle = "Transcription des conseils municipaux"\n'
                       'summary = "Les comptes rendus sont transcrits automatiquement."\n'
                       'place_commune_insee = "61376"\nthemes = ["administration"]\ntechniques = ["speech"]\n'
                       'status = "pilot"\nstart_date = "2026-01"\n', "utf-8")
    assert main([*base, "local", "add", str(project)]) == 0
    connection = sqlite3.connect(data_dir / "territoria.sqlite")
    pack_id = connection.execute("SELECT id FROM initiatives WHERE slug = 'arnia:chatbot-caen'").fetchone()[0]
    connection.close()
    assert main([*base, "note", "set", f"initiative:{pack_id}", "Voir", "avec", "la", "DSI"]) == 0
    _out(capsys)

    def user_content() -> tuple:
        connection = sqlite3.connect(data_dir / "territoria.sqlite")
        try:
            return (
                connection.execute("SELECT slug, title, summary, commune_insee FROM initiatives "
                                   "WHERE origin IN ('local', 'user') ORDER BY slug").fetchall(),
                connection.execute("SELECT kind, record_slug, text FROM user_notes ORDER BY 1, 2").fetchall(),
                connection.execute("SELECT initiative_slug FROM user_selection ORDER BY 1").fetchall(),
            )
        finally:
            connection.close()

    paths = resolve_paths(data_dir)
    db = open_database(paths, copy_seed())
    set_starred(db, pack_id, True)
    db.close()
    made = user_content()
    assert len(made[0]) == 1 and made[1] == [("initiative", "arnia:chatbot-caen", "Voir avec la DSI")]
    assert made[2] == [("arnia:chatbot-caen",)]

    # a newer app ships a newer seed
    newer = copy_seed("newer.sqlite")
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE initiatives SET summary = summary || ' Mise à jour.' WHERE origin = 'seed'")
    connection.execute("UPDATE meta SET value = 'seed-suivante' WHERE key = 'inputs_sha256'")
    connection.commit()
    connection.close()
    from territoria.store.bootstrap import apply_seed_update

    db = open_database(paths, copy_seed())
    apply_seed_update(db.engine, newer)
    db.close()
    assert user_content() == made
    assert main([*base, "pack", "list", "--json"]) == 0
    assert [p["edition"] for p in json.loads(_out(capsys)[0])] == ["2026-03-03"]

    # the agency's next edition
    _key, newer_pack = _keygen_and_build(tmp_path, capsys, edition="2026-04-15")
    assert main([*base, "pack", "import", str(newer_pack), "--yes", "--json"]) == 0
    assert json.loads(_out(capsys)[0])["previous_edition"] == "2026-03-03"
    assert user_content() == made
    assert main([*base, "check"]) == 0


def test_unwritable_outputs_are_refused_in_french(env, tmp_path, capsys):
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    assert main(["pack", "keygen", "-o", str(blocker / "k.key")]) == 1
    assert "Impossible d'écrire la clé" in _out(capsys)[1]
    assert main(["pack", "keygen", "-o", str(tmp_path / "k.key")]) == 0
    folder = write_folder(tmp_path / "src")
    assert main(["pack", "build", str(folder), "--key", str(tmp_path / "k.key"), "-o",
                 str(blocker / "p.territoria")]) == 1
    assert "Impossible d'écrire" in _out(capsys)[1]
