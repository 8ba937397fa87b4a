"""Run one import: read, map, write the pack source folder and the row report."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from territoria.services.importers import aides_territoires, pstw, table
from territoria.services.importers.common import Converted, ImportOptions, MatcherFactory
from territoria.services.importers.errors import ImportFileError
from territoria.services.importers.geo_match import GeoMatcher
from territoria.services.importers.report import RowOutcome, counts, write_report
from territoria.services.importers.writer import PackMeta, write_pack_folder

FORMATS: dict[str, Callable[[Path, ImportOptions, MatcherFactory], Converted]] = {
    "pstw": pstw.convert,
    "aides-territoires": aides_territoires.convert,
    "table": table.convert,
}


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote: the folder, records per kind, one outcome per row, warnings."""

    target: Path
    meta: PackMeta
    records: dict[str, int]
    outcomes: tuple[RowOutcome, ...]
    warnings: tuple[str, ...]

    @property
    def counts(self) -> dict[str, int]:
        """Rows per report status."""
        return counts(self.outcomes)


def matcher_from_database(db) -> MatcherFactory:  # db: services.database.Database
    """A factory reading the reference geography of ``db`` once, on first use."""
    built: list[GeoMatcher] = []

    def factory() -> GeoMatcher:
        if not built:
            from territoria.store.geo_names import load_geo_names

            with db.session() as session:
                built.append(GeoMatcher(load_geo_names(session)))
        return built[0]

    return factory


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while an import builds its records.

    An import allocates tens of thousands of small dicts that form no cycles; the collector
    would re-scan the growing heap (the geography's 35,000 communes included) again and again,
    about a quarter of a 10,000-row import. Reference counting still frees everything.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def convert(fmt: str, source: Path, options: ImportOptions, matcher: MatcherFactory) -> Converted:
    """Map ``source`` with preset ``fmt`` (nothing written)."""
    if fmt not in FORMATS:
        raise ImportFileError(source, f"format inconnu « {fmt} » (formats : {', '.join(FORMATS)})")
    if not source.is_file():
        raise ImportFileError(source, "fichier introuvable")
    with collector_paused():
        return FORMATS[fmt](source, options, matcher)


def finish(converted: Converted, source: Path, target: Path, options: ImportOptions,
           report: Path | None = None) -> ImportResult:
    """Write the pack source folder (and the report) of a converted file."""
    if not any(converted.records.count(k) for k in ("initiatives", "schemes")):
        detail = f" ({len(converted.outcomes)} ligne(s) lue(s), toutes ignorées : voir le rapport)" \
            if converted.outcomes else " (aucune ligne de données)"
        if report is not None and converted.outcomes:
            write_report(report, converted.outcomes)
        raise ImportFileError(source, "aucune fiche à importer" + detail)
    meta = PackMeta(
        publisher_id=options.publisher_id or converted.publisher_id,
        publisher_name=options.publisher_name or converted.publisher_name,
        edition=options.edition or date.today().isoformat(),
        title=converted.title, licence=converted.licence,
    )
    with collector_paused():
        write_pack_folder(target, meta, converted.records)
    if report is not None:
        write_report(report, converted.outcomes)
    return ImportResult(target, meta, {k: len(v) for k, v in converted.records.records.items()},
                        tuple(converted.outcomes), tuple(converted.warnings))


def import_catalogue(fmt: str, source: Path, target: Path, options: ImportOptions, matcher: MatcherFactory,
                     report: Path | None = None) -> ImportResult:
    """Import ``source`` (preset ``fmt``) into the pack source folder ``target``."""
    # one pause for both steps: between them the collector would otherwise scan every record built
    with collector_paused():
        return finish(convert(fmt, source, options, matcher), source, target, options, report)
