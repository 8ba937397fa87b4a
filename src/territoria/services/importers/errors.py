"""The French error of an input file that cannot be imported."""

from __future__ import annotations

from pathlib import Path

from territoria.errors import TerritoriaError


class ImportFileError(TerritoriaError):
    """A source file cannot be read or mapped; the message names the file, line and column."""

    def __init__(self, path: Path | str, message: str, line: int | None = None, column: str | None = None) -> None:
        where = [f"fichier {Path(path).name}"]
        if line is not None:
            where.append(f"ligne {line}")
        if column:
            where.append(f"colonne « {column} »")
        super().__init__(f"{', '.join(where)} : {message}")
        self.path = Path(path)
        self.line = line
        self.column = column


class MappingError(TerritoriaError):
    """A column-mapping TOML file is invalid; the message says what to fix."""
