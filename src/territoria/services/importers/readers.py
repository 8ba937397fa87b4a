"""Reading source files row by row: CSV (sniffed), Excel .xlsx and JSON.

Rows are streamed (a 100 MB CSV is never held in memory) and carry the line of the file
where they start, so every message can say "fichier X, ligne N, colonne C".
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from territoria.services.importers.errors import ImportFileError

#: Bytes read to guess the encoding and the delimiter.
_SNIFF_BYTES = 64 * 1024
_DELIMITERS = ",;\t|"
#: Largest cell accepted (a description of several pages fits; a broken quote swallowing the
#: rest of a 100 MB file does not).
_FIELD_LIMIT = 1_000_000


class Row(NamedTuple):
    """One data row: its first line in the file and its cells by header name (a named tuple:
    one is made per row, twice as fast as a frozen dataclass)."""

    line: int
    cells: dict[str, str]
    #: Number of cells the row really had (differs from the header's when the row is ragged).
    width: int


@dataclass
class Table:
    """An open tabular source: its header and an iterator over its rows."""

    path: Path
    header: list[str]
    rows: Iterator[Row]
    encoding: str = ""
    delimiter: str = ""


def normalise_header(names: list[Any], path: Path) -> list[str]:
    """Header cells stripped of spaces and BOM; blanks named "colonne N"; duplicates refused."""
    header: list[str] = []
    for index, name in enumerate(names, start=1):
        text = " ".join(str(name if name is not None else "").replace("\ufeff", "").split())
        header.append(text or f"colonne {index}")
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise ImportFileError(path, f"la colonne « {name} » apparaît deux fois dans l'en-tête", line=1)
        seen.add(name)
    return header


def sniff_encoding(head: bytes) -> str:
    """``utf-8-sig`` (BOM), ``utf-8`` when the head decodes as UTF-8, else ``cp1252``."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(head, final=False)  # a character cut at the end of the head is fine
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def sniff_delimiter(sample: str) -> str:
    """The delimiter of a CSV sample: the one splitting the header line into the most columns
    (headers seldom contain a delimiter; cells often do), else csv.Sniffer's guess, else ","."""
    first = sample.lstrip("\ufeff").splitlines()[0] if sample.strip() else ""
    widths = {d: len(next(csv.reader([first], delimiter=d), [])) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: widths[d])
    if widths[best] > 1 and list(widths.values()).count(widths[best]) == 1:
        return best
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        return ","


@contextmanager
def open_csv(path: Path) -> Iterator[Table]:
    """Open a CSV file: encoding and delimiter sniffed, rows streamed."""
    try:
        with path.open("rb") as raw:
            head = raw.read(_SNIFF_BYTES)
    except OSError as exc:
        raise ImportFileError(path, f"lecture impossible ({exc.strerror or exc})") from exc
    if not head.strip(b" \t\r\n\xef\xbb\xbf"):
        raise ImportFileError(path, "le fichier est vide")
    encoding = sniff_encoding(head)
    sample = head.decode(encoding, errors="ignore")
    delimiter = sniff_delimiter(sample)
    with path.open("r", encoding=encoding, newline="") as handle:
        # strict: a quote never closed raises instead of swallowing the rest of the file into one cell
        reader = csv.reader(handle, delimiter=delimiter, strict=True)
        old_limit = csv.field_size_limit(_FIELD_LIMIT)
        try:
            try:
                first = next(reader)
            except (csv.Error, UnicodeDecodeError) as exc:
                raise _csv_error(path, exc, 1, encoding) from exc
            header = normalise_header(first, path)
            yield Table(path, header, _csv_rows(path, reader, header, encoding), encoding, delimiter)
        finally:
            csv.field_size_limit(old_limit)


def _csv_error(path: Path, exc: Exception, line: int, encoding: str) -> ImportFileError:
    if isinstance(exc, UnicodeDecodeError):
        return ImportFileError(
            path, f"caractères illisibles en {encoding.replace('-sig', '')} : enregistrez le fichier en UTF-8 "
            "(Excel : « CSV UTF-8 ») et recommencez", line=line)
    text = str(exc)
    if "field larger than field limit" in text:
        return ImportFileError(path, "cellule démesurée (guillemet jamais refermé ?)", line=line)
    if "unexpected end of data" in text or "EOF" in text:
        return ImportFileError(path, "guillemet ouvert jamais refermé avant la fin du fichier", line=line)
    if "expected after" in text:
        return ImportFileError(path, "guillemet mal placé : une cellule entre guillemets doit être suivie du "
                               "séparateur", line=line)
    if "NUL" in text or "null byte" in text:
        return ImportFileError(path, "octet nul : ce n'est pas un fichier texte CSV", line=line)
    return ImportFileError(path, f"CSV illisible ({text})", line=line)


def _csv_rows(path: Path, reader: Any, header: list[str], encoding: str) -> Iterator[Row]:
    start = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except (csv.Error, UnicodeDecodeError) as exc:
            raise _csv_error(path, exc, start, encoding) from exc
        if cells and "".join(cells).strip():  # a row of blank cells is no row
            width = len(cells)
            if width < len(header):  # a short row: its missing cells are empty
                cells += [""] * (len(header) - width)
            yield Row(start, dict(zip(header, cells)), width)
        start = reader.line_num + 1


@contextmanager
def open_xlsx(path: Path, sheet: str | None = None) -> Iterator[Table]:
    """Open the first (or named) sheet of an .xlsx workbook, streamed (openpyxl read-only mode)."""
    import zipfile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(path, "classeur Excel illisible (fichier .xlsx endommagé ou d'un autre format)") from exc
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise ImportFileError(path, f"feuille « {sheet} » absente (feuilles : {', '.join(workbook.sheetnames)})")
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        values = worksheet.iter_rows(values_only=True)
        first = next(values, None)
        if first is None or not any(v not in (None, "") for v in first):
            raise ImportFileError(path, "la feuille est vide")
        # trailing empty header cells are Excel's formatting, not columns
        names = list(first)
        while names and names[-1] in (None, ""):
            names.pop()
        header = normalise_header(names, path)
        yield Table(path, header, _xlsx_rows(values, header))
    finally:
        workbook.close()


def cell_text(value: Any) -> str:
    """A spreadsheet cell as text: dates in ISO form, whole floats without ".0"."""
    from datetime import date, datetime

    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_rows(values: Iterator[tuple[Any, ...]], header: list[str]) -> Iterator[Row]:
    for line, raw in enumerate(values, start=2):
        cells = [cell_text(v) for v in raw]
        while cells and cells[-1] == "":
            cells.pop()
        if not cells:
            continue
        yield Row(line, {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(header)}, len(cells))


@contextmanager
def open_table(path: Path, sheet: str | None = None) -> Iterator[Table]:
    """Open a CSV or .xlsx file (chosen by its content, not only its name)."""
    try:
        with path.open("rb") as raw:
            magic = raw.read(4)
    except OSError as exc:
        raise ImportFileError(path, f"lecture impossible ({exc.strerror or exc})") from exc
    opener = open_xlsx(path, sheet) if magic == b"PK\x03\x04" else open_csv(path)
    with opener as table:
        yield table


def looks_like_json(path: Path) -> bool:
    """Whether the file's first non-blank character opens a JSON array or object."""
    with path.open("rb") as raw:
        head = raw.read(1024).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] in (b"[", b"{")


def read_json_records(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON file: a list, or an API page ``{"results": [...]}``."""
    try:
        with path.open("rb") as raw:
            data = json.load(io.TextIOWrapper(raw, encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise ImportFileError(path, f"JSON invalide ({exc.msg})", line=exc.lineno) from exc
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, "JSON illisible : il doit être en UTF-8") from exc
    if isinstance(data, dict):
        data = data.get("results", data.get("data"))
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ImportFileError(path, "JSON inattendu : une liste d'aides (ou {\"results\": [...]}) était attendue")
    return data
