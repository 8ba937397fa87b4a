"""``import-catalogue --load`` into a database: the server's catalogue (one transaction, the
import lock, searchable at once) and the local file (backed up first)."""

from __future__ import annotations

import json
import tomllib

from importer_fixtures import PSTW

from territoria.cli import main


def _first_title(folder) -> str:
    with (folder / "initiatives.toml").open("rb") as handle:
        return tomllib.load(handle)["initiative"][0]["title"]


def _search_titles(base: list[str], title: str, capsys) -> list[str]:
    words = " ".join(word for word in title.split() if word.isalnum())  # no "-" read as an exclusion
    assert main([*base, "search", words, "--json", "--limit", "200"]) == 0
    return [row["title"] for row in json.loads(capsys.readouterr().out)]


def test_import_catalogue_loads_into_the_server_then_a_second_load_of_that_edition_is_refused(
        server_db, data_dir, tmp_path, capsys):
    base = ["--data-dir", str(data_dir), "--database", server_db.engine.url.render_as_string(hide_password=False)]
    out = tmp_path / "jrc"
    args = ["import-catalogue", "--format", "pstw", str(PSTW), "-o", str(out), "--publisher-id", "arnia",
            "--publisher-name", "ARNia", "--edition", "2026-11-26", "--load"]
    assert main([*base, *args]) == 0
    printed = capsys.readouterr().out
    assert "chargées sur le serveur" in printed and "pg_dump" in printed and "ajoutées" in printed
    title = _first_title(out)
    assert title in _search_titles(base, title, capsys)
    assert main([*base, "pack", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["publisher_id"], p["edition"], p["fingerprint"]) for p in listed] == [
        ("arnia", "2026-11-26", "non signé")]
    assert main([*base, *args]) == 1
    assert "n'est pas plus récente" in capsys.readouterr().err
    assert main([*base, *args, "--allow-downgrade"]) == 0  # the same records again: nothing added
    assert " 0 ajoutées" in capsys.readouterr().out


def test_import_catalogue_loads_into_the_local_file_after_a_backup(data_dir, tmp_path, capsys):
    base = ["--data-dir", str(data_dir)]
    out = tmp_path / "jrc"
    assert main([*base, "import-catalogue", "--format", "pstw", str(PSTW), "-o", str(out), "--publisher-id",
                 "arnia", "--publisher-name", "ARNia", "--edition", "2026-11-26", "--load"]) == 0
    printed = capsys.readouterr().out
    assert "chargées dans la base" in printed and "Sauvegarde préalable" in printed
    assert list((data_dir / "backups").glob("*avant-catalogue*"))
    title = _first_title(out)
    assert title in _search_titles(base, title, capsys)
