"""CLI: ``local add/list/remove``, ``note set/clear``, ``contribution export/review``."""

from __future__ import annotations

import json
import tomllib
import zipfile

import pytest

from territoria.cli import main

PROJECT = """
[[initiative]]
title = "Tri du courrier entrant"
summary = "Un outil classe le courrier et propose un service destinataire."
themes = ["administration"]
techniques = ["nlp"]
status = "pilot"
start_date = "2025-09"
budget_eur = 4500
place_commune_insee = "61382"
contact = "Mme Exemple, exemple@mairie.example"
"""


def _run(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), *map(str, args)])


@pytest.fixture()
def project_file(tmp_path):
    path = tmp_path / "projet.toml"
    path.write_text(PROJECT, encoding="utf-8")
    return path


def _list(data_dir, capsys) -> list[dict]:
    capsys.readouterr()
    assert _run(data_dir, "local", "list", "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_local_add_list_remove(data_dir, project_file, capsys):
    assert _run(data_dir, "local", "add", project_file) == 0
    assert "Projet ajouté" in capsys.readouterr().out
    rows = _list(data_dir, capsys)
    assert [(r["title"], r["origin"], r["place"]) for r in rows] == [
        ("Tri du courrier entrant", "local", "Saint-Denis-sur-Sarthon (61)")]
    assert _run(data_dir, "local", "list") == 0
    assert "Tri du courrier entrant" in capsys.readouterr().out
    assert _run(data_dir, "search", "courrier", "--json") == 0
    assert rows[0]["id"] in [r["id"] for r in json.loads(capsys.readouterr().out)]
    assert _run(data_dir, "local", "remove", rows[0]["id"]) == 0
    assert _list(data_dir, capsys) == []


def test_local_refusals(data_dir, project_file, tmp_path, capsys):
    bad = tmp_path / "mauvais.toml"
    bad.write_text('[[initiative]]\ntitle = ""\nstatus = "fini"\n', encoding="utf-8")
    assert _run(data_dir, "local", "add", bad) == 1
    err = capsys.readouterr().err
    assert "Titre : obligatoire" in err and "fini" in err
    assert _run(data_dir, "local", "add", tmp_path / "absent.toml") == 1
    assert "illisible" in capsys.readouterr().err
    assert _run(data_dir, "local", "remove", "1") == 1  # a seed record is not one's own
    assert "vos propres projets" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        _run(data_dir, "local", "remove", "abc")
    assert caught.value.code == 2
    assert _list(data_dir, capsys) == []


def test_unreadable_files_are_explained_in_french(data_dir, tmp_path, capsys):
    assert _run(data_dir, "local", "add", tmp_path / "absent.toml") == 1
    err = capsys.readouterr().err
    assert "fichier introuvable" in err and "No such file" not in err
    assert _run(data_dir, "local", "add", tmp_path) == 1  # a folder
    err = capsys.readouterr().err
    assert "c'est un dossier" in err and "directory" not in err
    broken = tmp_path / "casse.toml"
    broken.write_text('[[initiative]]\ntitle = "Projet"\nstatus = \n', encoding="utf-8")
    assert _run(data_dir, "local", "add", broken) == 1
    err = capsys.readouterr().err
    assert "TOML invalide (ligne 3, colonne 10)" in err and "Invalid" not in err
    assert _run(data_dir, "contribution", "review", tmp_path / "absent.territoria-contribution",
                "-o", tmp_path / "brouillons") == 1
    err = capsys.readouterr().err
    assert "Fichier illisible" in err and "fichier introuvable" in err and "No such file" not in err


def test_note_set_and_clear(data_dir, capsys):
    assert _run(data_dir, "note", "set", "scheme:1", "Dossier", "à", "monter") == 0
    assert "Note enregistrée" in capsys.readouterr().out
    assert _run(data_dir, "note", "set", "initiative:drome-assistant-virtuel", "zorglub") == 0
    capsys.readouterr()
    assert _run(data_dir, "search", "zorglub", "--json") == 0
    assert [r["slug"] for r in json.loads(capsys.readouterr().out)] == ["drome-assistant-virtuel"]
    assert _run(data_dir, "note", "clear", "initiative:drome-assistant-virtuel") == 0
    assert "Note effacée" in capsys.readouterr().out
    assert _run(data_dir, "search", "zorglub", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []
    assert _run(data_dir, "note", "set", "scheme:1", "Dossier complet") == 0
    capsys.readouterr()
    assert _run(data_dir, "note", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(n["kind"], n["text"]) for n in listed] == [("scheme", "Dossier complet")]
    assert _run(data_dir, "note", "list") == 0 and "Dossier complet" in capsys.readouterr().out
    assert _run(data_dir, "note", "set", "projet:1", "x") == 1
    assert "Type de fiche inconnu" in capsys.readouterr().err
    assert _run(data_dir, "note", "clear", "scheme:inexistant") == 1


def test_note_clear_accepts_a_withdrawn_record_that_still_has_a_note(data_dir, capsys):
    import sqlite3

    from territoria.config import resolve_paths

    assert _run(data_dir, "note", "set", "scheme:1", "garde") == 0  # creates the database
    # the note of an initiative a « pack remove » has withdrawn since: notes survive their record
    with sqlite3.connect(resolve_paths(data_dir).database) as connection:
        connection.execute("INSERT INTO user_notes (kind, record_slug, text, updated_at) VALUES "
                           "('initiative', 'arnia:retiree', 'à suivre', '2026-03-01 10:00:00.000000')")
    capsys.readouterr()
    assert _run(data_dir, "note", "list") == 0 and "initiative:arnia:retiree" in capsys.readouterr().out
    assert _run(data_dir, "note", "clear", "initiative:arnia:retiree") == 0
    assert "Note effacée : initiative:arnia:retiree" in capsys.readouterr().out
    assert _run(data_dir, "note", "list", "--json") == 0
    assert [n["kind"] for n in json.loads(capsys.readouterr().out)] == ["scheme"]
    assert _run(data_dir, "note", "clear", "initiative:arnia:retiree") == 1  # gone: unknown again
    assert "Aucune fiche initiative" in capsys.readouterr().err


def test_contribution_export_then_review(data_dir, project_file, tmp_path, capsys):
    out = tmp_path / "envoi.territoria-contribution"
    assert _run(data_dir, "contribution", "export", "-o", out) == 1  # nothing to send yet
    assert "Aucun projet" in capsys.readouterr().err and not out.exists()
    assert _run(data_dir, "local", "add", project_file) == 0
    ident = _list(data_dir, capsys)[0]["id"]
    assert _run(data_dir, "note", "set", f"initiative:{ident}", "Note interne du secrétariat") == 0

    assert _run(data_dir, "contribution", "export", "-o", out) == 0
    assert "sans notes ni contacts" in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["contribution.json", "initiatives.json"]
        records = json.loads(archive.read("initiatives.json"))
    assert records[0]["title"] == "Tri du courrier entrant"
    assert "contact" not in records[0] and "note" not in records[0]

    assert _run(data_dir, "contribution", "export", "-o", out, "--with-notes", "--with-contact") == 0
    assert "données personnelles" in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        records = json.loads(archive.read("initiatives.json"))
    assert records[0]["note"] == "Note interne du secrétariat" and "exemple@mairie.example" in records[0]["contact"]

    drafts = tmp_path / "brouillons"
    assert _run(data_dir, "contribution", "review", out, "-o", drafts) == 0
    assert "Saint-Denis-sur-Sarthon" in capsys.readouterr().out
    initiatives = tomllib.loads((drafts / "initiatives.toml").read_text(encoding="utf-8"))["initiative"]
    organisations = tomllib.loads((drafts / "organisations.toml").read_text(encoding="utf-8"))["organisation"]
    sources = tomllib.loads((drafts / "sources.toml").read_text(encoding="utf-8"))["source"]
    assert initiatives[0]["title"] == "Tri du courrier entrant" and initiatives[0]["lead"] == organisations[0]["id"]
    assert organisations[0]["commune_insee"] == "61382" and initiatives[0]["sources"] == [sources[0]["id"]]
    assert "Note de la mairie : Note interne du secrétariat" in (drafts / "initiatives.toml").read_text("utf-8")
    # a second review into the same folder overwrites nothing
    assert _run(data_dir, "contribution", "review", out, "-o", drafts) == 1
    assert "déjà" in capsys.readouterr().err


@pytest.mark.parametrize("content", [b"", b"not a zip", b"PK\x03\x04broken"])
def test_review_refuses_what_is_not_a_contribution(tmp_path, content, capsys):
    bad = tmp_path / "x.territoria-contribution"
    bad.write_bytes(content)
    assert main(["--data-dir", str(tmp_path / "d"), "contribution", "review", str(bad), "-o",
                 str(tmp_path / "out")]) == 1
    assert "pas une contribution Territoria valide" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_review_refuses_extra_members_and_newer_formats(tmp_path, capsys):
    path = tmp_path / "x.territoria-contribution"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("contribution.json", json.dumps({"format": "territoria-contribution", "format_version": 1}))
        archive.writestr("initiatives.json", "[]")
        archive.writestr("../evil.txt", "x")
    assert main(["contribution", "review", str(path), "-o", str(tmp_path / "a")]) == 1
    assert "contenu inattendu" in capsys.readouterr().err
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("contribution.json", json.dumps({"format": "territoria-contribution", "format_version": 9}))
        archive.writestr("initiatives.json", "[]")
    assert main(["contribution", "review", str(path), "-o", str(tmp_path / "b")]) == 1
    assert "plus récente" in capsys.readouterr().err


def test_one_pager_marks_own_projects_and_prints_the_note_only_when_asked(data_dir, project_file, tmp_path, capsys):
    from pdf_tools import page_texts, squash

    assert _run(data_dir, "local", "add", project_file) == 0
    ident = _list(data_dir, capsys)[0]["id"]
    assert _run(data_dir, "note", "set", f"initiative:{ident}", "Présenter au conseil de juin") == 0
    plain, noted = tmp_path / "sans.pdf", tmp_path / "avec.pdf"
    assert _run(data_dir, "export-pdf", "--initiative", ident, "-o", plain) == 0
    assert _run(data_dir, "export-pdf", "--initiative", ident, "-o", noted, "--with-note") == 0
    without, with_note = squash(" ".join(page_texts(plain))), squash(" ".join(page_texts(noted)))
    assert len(page_texts(noted)) == 1
    for text in (without, with_note):
        assert squash("Projet déclaré par votre collectivité") in text and squash("Tri du courrier entrant") in text
    assert squash("Note de la mairie") not in without and squash("conseil de juin") not in without
    assert squash("Note de la mairie") in with_note and squash("Présenter au conseil de juin") in with_note


def test_search_json_says_where_each_row_comes_from(data_dir, project_file, capsys):
    assert _run(data_dir, "local", "add", project_file) == 0
    capsys.readouterr()
    assert _run(data_dir, "search", "--limit", "0", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    origins = {row["slug"]: (row["origin"], row["publisher"]) for row in rows}
    assert origins["drome-assistant-virtuel"] == ("seed", None)
    mine = [slug for slug, (origin, _publisher) in origins.items() if origin == "local"]
    assert len(mine) == 1 and mine[0].startswith("local:") and origins[mine[0]][1] is None
