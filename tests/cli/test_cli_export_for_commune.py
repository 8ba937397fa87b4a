"""``territoria export-pdf --initiative ID --for-commune INSEE``: the fiche says why it matters there."""

from __future__ import annotations

from pdf_tools import page_texts, squash

from territoria.cli import main
from territoria.reports.initiative_blocks import WHY_TITLE


def run(data_dir, *args):
    return main(["--data-dir", str(data_dir), *map(str, args)])


def test_the_fiche_for_a_commune_gives_the_reasons(data_dir, tmp_path):
    target = tmp_path / "fiche.pdf"
    assert run(data_dir, "export-pdf", "--initiative", 5, "--for-commune", "61382", "-o", target) == 0
    text = squash(page_texts(target)[0])
    assert squash(WHY_TITLE) in text and squash("Saint-Denis-sur-Sarthon (61), selon le classement") in text
    plain = tmp_path / "plain.pdf"
    assert run(data_dir, "export-pdf", "--initiative", 5, "-o", plain) == 0
    assert squash(WHY_TITLE) not in squash(page_texts(plain)[0])


def test_for_commune_is_refused_in_french_when_wrong(data_dir, tmp_path, capsys):
    target = tmp_path / "fiche.pdf"
    assert run(data_dir, "export-pdf", "--initiative", 5, "--for-commune", "00000", "-o", target) == 1
    assert "Aucune commune n'a le code INSEE « 00000 »" in capsys.readouterr().err
    assert run(data_dir, "export-pdf", "--scheme", 27, "--for-commune", "61382", "-o", target) == 2
    assert "--for-commune ne s'emploie qu'avec --initiative" in capsys.readouterr().err
    assert not target.exists()
