"""Hostile command lines: each a French message and exit code 2, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from territoria.cli import main


def run(capsys, *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's own errors exit with 2
        code = exc.code
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


@pytest.mark.parametrize("argv", [
    ["schemes", "--commune", "\udcff"],
    ["export-pdf", "--organisme", "caf\udce9", "--initiative", "1", "-o", "x.pdf"],
    ["search", "\ud800"],
])
def test_text_that_is_not_utf8_is_refused(data_dir, capsys, argv):
    code, err = run(capsys, "--data-dir", str(data_dir), *argv)
    assert code == 2 and "UTF-8" in err and "erreur" in err


def test_a_nul_character_is_refused(data_dir, capsys, tmp_path):
    code, err = run(capsys, "--data-dir", str(data_dir), "export-csv", "--search", "", "-o", "a\x00b.csv")
    assert code == 2 and "caractère nul" in err


def test_invalid_utf8_in_a_real_argv(data_dir):
    result = subprocess.run([sys.executable, "-m", "territoria", "--data-dir", os.fsencode(data_dir),
                             "schemes", "--commune", b"\xff"], capture_output=True)
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2 and "UTF-8" in err and "Traceback" not in err


@pytest.mark.parametrize("argv, option", [
    (["search", "--limit", "99999999999999999999999", "eau"], "--limit"),
    (["export-pdf", "--initiative", "9" * 30, "-o", "x.pdf"], "--initiative"),
    (["communes", "--limit", "9" * 25, "nantes"], "--limit"),
])
def test_integers_too_large_for_the_database(data_dir, capsys, argv, option):
    code, err = run(capsys, "--data-dir", str(data_dir), *argv)
    assert code == 2 and option in err and "trop grand" in err


def test_a_file_name_over_the_system_limit(data_dir, capsys, tmp_path):
    code, err = run(capsys, "--data-dir", str(data_dir), "export-csv", "--search", "", "-o",
                    str(tmp_path / ("x" * 300 + ".csv")))
    assert code == 2 and "trop long" in err


def test_build_seed_into_an_existing_folder(capsys, tmp_path):
    code, err = run(capsys, "build-seed", "-o", str(tmp_path))
    assert code == 2 and "est un dossier" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("argv, french", [
    (["search", "--limit"], "une valeur est attendue"),
    (["info", "--bogus"], "arguments non reconnus : --bogus"),
    (["export-csv"], "ces arguments sont obligatoires"),
    (["nimporte-quoi"], "choix invalide"),
    (["search", "--limit", "abc"], "n'est pas un nombre entier"),
    (["export-pdf", "--initiative", "1", "--scheme", "2", "-o", "x.pdf"], "incompatible avec l'option"),
])
def test_argparse_speaks_french(capsys, argv, french):
    code, err = run(capsys, *argv)
    assert code == 2 and french in err and "utilisation :" in err, err
    for english in ("usage:", "error:", "expected one argument", "unrecognized arguments", "required:",
                    "invalid choice"):
        assert english not in err


def test_search_help_text(capsys):
    try:
        main(["search", "--help"])
    except SystemExit:
        pass
    out = capsys.readouterr().out
    assert "utilisation :" in out and "afficher cette aide" in out and "usage:" not in out


def test_agency_name_too_long_is_refused(data_dir, capsys, tmp_path):
    code, err = run(capsys, "--data-dir", str(data_dir), "export-pdf", "--initiative", "1",
                    "--organisme", "A" * 20000, "-o", str(tmp_path / "f.pdf"))
    assert code == 2 and "trop long" in err and not (tmp_path / "f.pdf").exists()


def test_unreadable_logo_is_a_french_warning(data_dir, capsys, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"pas une image")
    code, err = run(capsys, "--data-dir", str(data_dir), "export-pdf", "--initiative", "1",
                    "--logo", str(logo), "-o", str(tmp_path / "f.pdf"))
    assert code == 0 and "avertissement" in err and "n'est pas une image lisible" in err
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")
