"""A 100 MB spreadsheet export: streamed row by row, and a broken quote in it said in French.

The importers' promise (issue: "a 100 MB file") is that the file is never held in memory and
that a quote left open near its start does not swallow the rest of the file into one cell.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from territoria.services.importers.errors import ImportFileError
from territoria.services.importers.readers import open_table

pytestmark = pytest.mark.slow

_HEADER = "Identifiant;Titre;Collectivité;Résumé;Début\n"
#: About 600 bytes per row: a realistic export with a long description.
_SUMMARY = ("Déploiement d'un assistant conversationnel pour l'accueil des usagers de la mairie, "
            "avec une base de connaissances rédigée par les agents ; ") * 4


def _write_big_csv(path: Path, target_bytes: int, broken_at: int | None = None) -> int:
    """Write a CSV of about ``target_bytes``; a stray opening quote on data row ``broken_at``."""
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(_HEADER)
        written = len(_HEADER)
        block = []
        while written < target_bytes:
            rows += 1
            title = f'"Projet {rows}' if rows == broken_at else f"Projet {rows}"
            line = f"EXT-{rows};{title};Commune {rows % 997};{_SUMMARY};2025-0{1 + rows % 9}-01\n"
            block.append(line)
            written += len(line.encode("utf-8"))
            if len(block) == 2000:
                handle.write("".join(block))
                block.clear()
        handle.write("".join(block))
    return rows


def test_a_100_mb_csv_is_streamed_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    expected_rows = _write_big_csv(path, 100 * 1024 * 1024)
    assert path.stat().st_size >= 100 * 1024 * 1024

    tracemalloc.start()
    try:
        with open_table(path) as table:
            count = 0
            last_line = 0
            for row in table.rows:
                count += 1
                last_line = row.line
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert table.delimiter == ";"
    assert count == expected_rows and last_line == expected_rows + 1
    # a held file would be > 100 MB of text (several times that as Python strings)
    assert peak < 20 * 1024 * 1024, f"peak {peak / 2**20:.1f} MB while reading a 100 MB file"


def test_a_quote_left_open_in_a_100_mb_csv_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    _write_big_csv(path, 100 * 1024 * 1024, broken_at=5)

    seen = 0
    with pytest.raises(ImportFileError) as caught, open_table(path) as table:
        for _row in table.rows:
            seen += 1
    message = str(caught.value)
    assert "ligne 6" in message and "guillemet" in message, message  # data row 5 is line 6 of the file
    assert seen == 4  # the rows before the broken one, nothing after it
