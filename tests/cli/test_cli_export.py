"""``territoria export-pdf`` and ``territoria export-csv``."""

from __future__ import annotations

import csv
import io

import pytest
from pdf_tools import outline_titles, page_texts, reader

from territoria.cli import main
from curated import curated_count


def run(data_dir, *args):
    return main(["--data-dir", str(data_dir), *map(str, args)])


def test_export_initiative_one_pager(data_dir, tmp_path, capsys):
    target = tmp_path / "fiche.pdf"
    assert run(data_dir, "export-pdf", "--initiative", 5, "-o", target, "--organisme", "Agence <test>") == 0
    assert f"Fiche enregistrée : {target}" in capsys.readouterr().out
    assert len(reader(target).pages) == 1
    assert "Agence <test>" in page_texts(target)[0] and "Nantes" in page_texts(target)[0]


def test_export_scheme_sheet(data_dir, tmp_path, capsys):
    target = tmp_path / "dispositif.pdf"
    assert run(data_dir, "export-pdf", "--scheme", 27, "-o", target) == 0
    assert len(reader(target).pages) == 1


def test_export_commune_dossier(data_dir, tmp_path, capsys):
    target = tmp_path / "dossier.pdf"
    assert run(data_dir, "export-pdf", "--commune", "61382", "-o", target) == 0
    assert "Dossier enregistré" in capsys.readouterr().out
    assert "Saint-Denis-sur-Sarthon (61)" in page_texts(target)[0]
    assert "Projets comparables" in outline_titles(target)


def test_export_search_catalogue_and_csv(data_dir, tmp_path, capsys):
    pdf, table = tmp_path / "catalogue.pdf", tmp_path / "liste.csv"
    assert run(data_dir, "export-pdf", "--search", "région", "-o", pdf) == 0
    out = capsys.readouterr().out
    assert "Catalogue de" in out and str(pdf) in out
    assert "Recherche « région »" in page_texts(pdf)[0]
    assert run(data_dir, "export-csv", "--search", "région", "-o", table) == 0
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    titles = [row[1] for row in rows[1:]]
    assert outline_titles(pdf)[1:] == [f"{n}. {t}" for n, t in enumerate(titles, start=1)]
    assert run(data_dir, "export-csv", "--search", "", "-o", table) == 0
    assert f"Liste de {curated_count('initiatives')} initiatives" in capsys.readouterr().out


@pytest.mark.parametrize(("args", "message"), [
    (["export-pdf", "--initiative", "999999"], "Aucune initiative n'a le numéro 999999."),
    (["export-pdf", "--scheme", "999999"], "Aucun dispositif n'a le numéro 999999."),
    (["export-pdf", "--commune", "00000"], "Aucune commune n'a le code INSEE « 00000 »."),
    (["export-pdf", "--initiative", "1", "--logo", "/nulle/part/logo.png"], "Le logo « /nulle/part/logo.png » est introuvable."),
])
def test_errors_are_french_and_non_zero(data_dir, tmp_path, capsys, args, message):
    target = tmp_path / "x.pdf"
    assert run(data_dir, *args, "-o", target) == 1
    assert f"territoria : {message}" in capsys.readouterr().err
    assert not target.exists()


def test_writing_into_a_folder_fails_cleanly(data_dir, tmp_path, capsys):
    assert run(data_dir, "export-pdf", "--initiative", 1, "-o", tmp_path) == 1
    assert "c'est un dossier" in capsys.readouterr().err


def test_nothing_to_export_is_a_usage_error(data_dir, tmp_path, capsys):
    assert run(data_dir, "export-pdf", "-o", tmp_path / "x.pdf") == 2
    assert "indiquez quoi exporter" in capsys.readouterr().err


def test_bad_numbers_and_two_choices_are_refused(data_dir, tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        run(data_dir, "export-pdf", "--initiative", "abc", "-o", tmp_path / "x.pdf")
    assert caught.value.code == 2 and "n'est pas un numéro" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(data_dir, "export-pdf", "--initiative", "1", "--scheme", "2", "-o", tmp_path / "x.pdf")


def test_agency_name_comes_from_the_settings_file(data_dir, tmp_path):
    from PySide6.QtCore import QSettings

    # the window writes the file (QSettings quotes and escapes it); the CLI reads it without Qt
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("export/agency_name", "Agence « des réglages », Drôme; n°1")
    settings.sync()
    target = tmp_path / "fiche.pdf"
    assert run(data_dir, "export-pdf", "--initiative", 2, "-o", target) == 0
    assert "Agence « des réglages », Drôme; n°1" in page_texts(target)[0]


def test_the_cli_reads_its_settings_without_importing_qt(data_dir, tmp_path):
    import subprocess
    import sys

    (data_dir / "settings.ini").write_text('[export]\nagency_name="Agence sans Qt"\n', encoding="utf-8")
    target = tmp_path / "fiche.pdf"
    script = ("import sys; from territoria.cli import main; "
              f"code = main(['--data-dir', {str(data_dir)!r}, 'export-pdf', '--initiative', '2', '-o', {str(target)!r}]); "
              "sys.exit(3 if any(m.split('.')[0] in ('PySide6', 'shiboken6') for m in sys.modules) else code)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Agence sans Qt" in page_texts(target)[0]
