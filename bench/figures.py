"""The figures of the performance budget (issue #6), each measured beside its floor.

Every function takes the :class:`Context` and returns its :class:`~bench.measure.Figure`
rows. A feature not in this tree yet raises :class:`~bench.measure.FeatureMissing` (the
row then reads "n/a (feature missing)", with its floor when the floor could be measured).
"""

from __future__ import annotations

import importlib
import json
import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from bench import pdf_floor
from bench.measure import REPO, FeatureMissing, Figure, python, run_process, time_calls, time_interleaved

SEED_DB = REPO / "data" / "seed.sqlite"
FONT = REPO / "resources" / "fonts" / "DejaVuSans.ttf"
PROBE = str(REPO / "bench" / "gui_probe.py")
PDF_PROBE = str(REPO / "bench" / "pdf_probe.py")

#: (figure key, label, what a person types, the raw FTS5 expression of the floor)
SEARCHES = (
    ("search_common", "common word « assistant »", "assistant", "assistant"),
    ("search_rare", "rare word « ostréiculture »", "ostréiculture", "ostreiculture"),
    ("search_prefix", "2-letter prefix « as »", "as", "as*"),
    ("search_three", "3 words « assistant usagers mairie »", "assistant usagers mairie", "assistant usagers mairie"),
)
#: The commune of the comparable-ranking and picker figures (1,078 inhabitants, Orne).
COMMUNE = "61382"
PICKER_TYPING = "saint-denis-sur-sarthon"
CATALOGUE_SIZE = 1_000
#: Stated needs of the comparable-ranking figure (two themes).
NEEDS = ("public_services", "water")
#: Columns of the sort figures (those sorted by a stored, indexed key).
SORTED_COLUMNS = ("organisation", "place", "theme")
MIB = 1024 * 1024


@dataclass
class Context:
    """What every figure needs: sizes, repeat counts and the prepared data dirs."""

    n: int
    repeat: int  # in-process figures
    proc_repeat: int  # one process per sample
    heavy_repeat: int  # catalogue, GUI memory
    big_dir: Path  # data dir of the synthetic database
    seed_dir: Path  # data dir of a user database made from the seed alone
    work: Path  # scratch folder for PDFs
    catalogue_size: int = CATALOGUE_SIZE
    _db: object | None = field(default=None, repr=False)

    @property
    def db(self):
        """The synthetic database, opened once as the app opens it."""
        if self._db is None:
            from territoria.config import resolve_paths
            from territoria.services.database import open_database

            self._db = open_database(resolve_paths(self.big_dir), SEED_DB)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def raw_connection(self) -> sqlite3.Connection:
        """A plain ``sqlite3`` connection on the same file, with the app's cache pragmas."""
        pragmas = ("cache_size", "mmap_size", "temp_store")
        with self.db.engine.connect() as app_connection:
            values = {name: app_connection.exec_driver_sql(f"PRAGMA {name}").scalar() for name in pragmas}
        connection = sqlite3.connect(self.db.path)
        for name, value in values.items():
            connection.execute(f"PRAGMA {name} = {int(value)}")
        return connection


def forget_settings(data_dir: Path) -> None:
    """Remove the window and browser settings a previous probe left (each start is a first one)."""
    (data_dir / "settings.ini").unlink(missing_ok=True)


def probe_answer(printed: str) -> dict:
    """The JSON line a probe printed last; its ``error`` raised as RuntimeError."""
    lines = printed.strip().splitlines()
    if not lines:
        raise RuntimeError("the probe printed nothing")
    answer = json.loads(lines[-1])
    if "error" in answer:
        raise RuntimeError(f"probe: {answer['error']}")
    return answer


def feature(module: str) -> object:
    """Import ``module``; raise FeatureMissing when it (not one of its imports) is absent."""
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            raise FeatureMissing(module) from exc
        raise


def guarded(figures: list[Figure], measure: Callable[[], None]) -> list[Figure]:
    """Run ``measure``; a missing feature marks the figures without samples as n/a."""
    try:
        measure()
    except FeatureMissing as exc:
        for figure in figures:
            if not figure.samples:
                figure.note = f"feature missing: {exc}"
    return figures


# --- cold start -----------------------------------------------------------------------------


def cold_start(ctx: Context) -> list[Figure]:
    """Process spawn → main window shown, painted and handling a key press.

    Every start is a first start of the window: the settings file a previous start wrote
    (geometry, last search) is removed, so the catalogue opens on the whole list.
    """
    budget = "≤ 1.3 × floor"
    seed = Figure("cold_start_seed", "cold start, seed DB", "ms", budget)
    big = Figure("cold_start_big", f"cold start, {ctx.n:,} DB", "ms", budget)
    floor_samples: list[float] = []
    runs = (([python(), PROBE, "floor"], floor_samples),
            ([python(), PROBE, "app", str(ctx.seed_dir)], seed.samples),
            ([python(), PROBE, "app", str(ctx.big_dir)], big.samples))
    for round_ in range(ctx.proc_repeat + 1):  # round 0 warms the OS file cache
        for args, samples in runs:
            if args[2] == "app":
                forget_settings(Path(args[3]))
            spawned = time.perf_counter()
            _, out = run_process(args)
            answer = probe_answer(out)
            if round_:
                samples.append((answer["ready"] - spawned) * 1000)
    for figure in (seed, big):
        figure.floor = floor_samples
        figure.judge(figure.median <= 1.3 * figure.floor_median)
    return [seed, big]


# --- search -------------------------------------------------------------------------------------


def _floor_query(connection: sqlite3.Connection, expression: str) -> Callable[[], object]:
    sql = "SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH ? ORDER BY rank LIMIT 50"
    return lambda: connection.execute(sql, (expression,)).fetchall()


def search_figures(ctx: Context) -> list[Figure]:
    """The search service (first page of 50 and the total) vs raw FTS5 ``MATCH … LIMIT 50``."""
    budget = "median ≤ 2 × floor + 5 ms, p95 ≤ 100 ms"
    figures = [Figure(key, f"search service, {label}", "ms", budget) for key, label, _, _ in SEARCHES]
    connection = ctx.raw_connection()
    try:
        floors = [_floor_query(connection, expression) for _, _, _, expression in SEARCHES]
        for figure, (_, _, _, expression) in zip(figures, SEARCHES):
            hits = connection.execute(
                "SELECT count(*) FROM initiatives_fts WHERE initiatives_fts MATCH ?", (expression,)
            ).fetchone()[0]
            figure.note = f"{hits:,} FTS hits"
        try:
            search = feature("territoria.services.search")
        except FeatureMissing as exc:
            for figure, floor in zip(figures, floors):
                figure.floor = time_calls(floor, ctx.repeat)
                figure.note += f"; feature missing: {exc}"
            return figures
        for figure, floor, (_, _, typed, _) in zip(figures, floors, SEARCHES):
            request = search.SearchRequest(query=typed, limit=50)
            total = search.search(ctx.db, request).total
            figure.samples, figure.floor = time_interleaved(
                [lambda request=request: search.search(ctx.db, request), floor], ctx.repeat
            )
            figure.note += f"; service total {total:,}"
            figure.judge(figure.median <= 2 * figure.floor_median + 5 and figure.p95 <= 100)
    finally:
        connection.close()
    return figures


def keystroke(ctx: Context) -> list[Figure]:
    """GUI: search field changed → results table updated (debounce excluded) vs the service."""
    figure = Figure("keystroke", "keystroke → results table updated (GUI)", "ms", "median ≤ 50 ms")

    def measure() -> None:
        feature("territoria.ui.browser")
        queries = [typed for _, _, typed, _ in SEARCHES]
        repeat = max(1, ctx.repeat // len(queries))
        forget_settings(ctx.big_dir)
        _, out = run_process([python(), PROBE, "keystroke", str(ctx.big_dir), str(repeat), *queries])
        answer = probe_answer(out)
        if answer.get("missing"):
            raise FeatureMissing("browser page not in the main window")
        figure.samples, figure.floor = answer["gui_ms"], answer["service_ms"]
        per_query = ", ".join(
            f"« {query} » {statistics.median(figure.samples[i::len(queries)]):.0f} ms "
            f"(search {statistics.median(figure.floor[i::len(queries)]):.0f})"
            for i, query in enumerate(queries)
        )
        figure.note = ("floor: the page's own search call alone (first page of 200 ids and the total); "
                       "each query typed after « query x », facet counts settled; medians: " + per_query)
        figure.judge(figure.median <= 50)

    return guarded([figure], measure)


def facets(ctx: Context) -> list[Figure]:
    """Facet counts for the common-word query (the heaviest), as the browser computes them.

    The browser's facet worker keeps a ``services.search.FacetIndex`` (bitmaps built
    once, refreshed when the data changes); the SQL ``facet_counts`` is timed for the note.
    """
    figure = Figure("facets", "facet counts, query « assistant »", "ms", "median ≤ 50 ms")

    def measure() -> None:
        module = feature("territoria.services.search")
        sql_ms = time_calls(lambda: module.facet_counts(ctx.db, "assistant", {}), max(3, ctx.repeat // 4))
        started = time.perf_counter()
        index = module.FacetIndex(ctx.db)
        index.counts("assistant", {})
        built_ms = (time.perf_counter() - started) * 1000
        try:
            figure.samples = time_calls(lambda: index.counts("assistant", {}), ctx.repeat)
        finally:
            index.close()
        figure.note = (f"FacetIndex.counts, as the browser's facet worker; its bitmaps built once in "
                       f"{built_ms:.0f} ms; the SQL facet_counts takes {statistics.median(sql_ms):.0f} ms")
        figure.judge(figure.median <= 50)

    return guarded([figure], measure)


def comparable(ctx: Context) -> list[Figure]:
    """Comparable projects ranked for a small commune (the best 50 of the whole catalogue),
    without and with stated needs (two themes) and a budget ceiling."""
    figure = Figure("comparable", f"comparable ranking, commune {COMMUNE}", "ms", "median ≤ 50 ms")
    needs = Figure("comparable_needs", f"comparable ranking, commune {COMMUNE}, 2 needs and a budget ceiling",
                   "ms", "median ≤ 50 ms")

    def measure() -> None:
        module = feature("territoria.services.comparable")
        figure.samples = time_calls(lambda: module.comparable_for(ctx.db, "commune", COMMUNE), ctx.repeat)
        figure.judge(figure.median <= 50)
        needs.samples = time_calls(lambda: module.comparable_for(
            ctx.db, "commune", COMMUNE, NEEDS, budget_max_eur=50_000), ctx.repeat)
        needs.judge(needs.median <= 50)

    return guarded([figure, needs], measure)


def sorts(ctx: Context) -> list[Figure]:
    """The catalogue's first page (200 ids and the total) sorted by a column, nothing searched."""
    figures = [Figure(f"sort_{key}", f"catalogue sorted by {key}, first page", "ms", "median ≤ 50 ms")
               for key in SORTED_COLUMNS]

    def measure() -> None:
        module = feature("territoria.services.search")
        for key, figure in zip(SORTED_COLUMNS, figures):
            figure.samples = [
                *time_calls(lambda key=key: module.search(ctx.db, module.SearchRequest(sort=key, limit=200)),
                            max(1, ctx.repeat // 2)),
                *time_calls(lambda key=key: module.search(ctx.db, module.SearchRequest(sort=key, descending=True,
                                                                               limit=200)),
                            max(1, ctx.repeat // 2)),
            ]
            figure.note = "ascending and descending, half the samples each"
            figure.judge(figure.median <= 50)

    return guarded(figures, measure)


def picker(ctx: Context) -> list[Figure]:
    """Commune picker: one keystroke of « saint-denis-sur-sarthon » over the loaded index."""
    figure = Figure("picker", "commune picker keystroke (34,969 communes)", "ms", "median ≤ 10 ms")

    def measure() -> None:
        module = feature("territoria.services.communes")
        started = time.perf_counter()
        index = module.PlaceIndex.load(ctx.db)
        load_ms = (time.perf_counter() - started) * 1000
        prefixes = [PICKER_TYPING[:k] for k in range(1, len(PICKER_TYPING) + 1)]
        samples: list[float] = []
        for _ in range(max(1, ctx.repeat // 5)):
            for prefix in prefixes:
                started = time.perf_counter()
                index.search(prefix)
                samples.append((time.perf_counter() - started) * 1000)
        figure.samples = samples
        figure.note = f"index load {load_ms:.0f} ms, once per picker"
        figure.judge(figure.median <= 10)

    return guarded([figure], measure)


# --- PDF -----------------------------------------------------------------------------------------


def sample_initiative(ctx: Context) -> int:
    """A full synthetic record: results, funding, partners and sources."""
    with closing(ctx.raw_connection()) as connection:
        row = connection.execute(
            "SELECT i.id FROM initiatives i WHERE i.slug LIKE 'bench-%' AND i.results != '' "
            "AND i.budget_eur IS NOT NULL AND i.supplier IS NOT NULL "
            "AND EXISTS (SELECT 1 FROM funding f WHERE f.initiative_id = i.id) "
            "AND EXISTS (SELECT 1 FROM initiative_partners p WHERE p.initiative_id = i.id) "
            "AND (SELECT count(*) FROM initiative_sources s WHERE s.record_id = i.id) >= 2 "
            "ORDER BY i.id LIMIT 1"
        ).fetchone()
    if row is None:
        raise RuntimeError("no full synthetic record in the database")
    return int(row[0])


def _page_text(pdf: Path) -> list[tuple[int, str]]:
    """The text of the one-pager's page, as the floor's paragraphs (size 9)."""
    from pypdf import PdfReader

    text = PdfReader(str(pdf)).pages[0].extract_text() or ""
    return [(9, line) for line in text.splitlines() if line.strip()]


def _source_url(ctx: Context, initiative_id: int) -> str:
    with closing(ctx.raw_connection()) as connection:
        row = connection.execute(
            "SELECT s.url FROM initiative_sources j JOIN sources s ON s.id = j.source_id "
            "WHERE j.record_id = ? ORDER BY s.id LIMIT 1", (initiative_id,)
        ).fetchone()
    return row[0] if row else "https://exemple.fr/"


def one_pager_warm(ctx: Context) -> list[Figure]:
    """One-pager written in-process (fonts registered, imports done) vs the minimal page."""
    figure = Figure("pdf_warm", "one-pager PDF, warm in-process", "ms", "≤ 1.5 × floor")

    def measure() -> None:
        exports = feature("territoria.reports.exports")
        initiative = sample_initiative(ctx)
        target = ctx.work / "one-pager-warm.pdf"
        exports.export_initiative_pdf(ctx.db, initiative, target)
        paragraphs = _page_text(target)
        floor_page = pdf_floor.floor_function()
        floor_out = ctx.work / "floor-warm.pdf"
        url = _source_url(ctx, initiative)
        figure.samples, figure.floor = time_interleaved(
            [lambda: exports.export_initiative_pdf(ctx.db, initiative, target),
             lambda: floor_page(str(floor_out), str(FONT), paragraphs, url)], ctx.repeat
        )
        figure.note = f"initiative {initiative}, {len(paragraphs)} text lines"
        figure.judge(figure.median <= 1.5 * figure.floor_median)

    return guarded([figure], measure)


def one_pager_cold(ctx: Context) -> list[Figure]:
    """``territoria export-pdf`` as a new process vs ``python -c`` writing the minimal page."""
    figure = Figure("pdf_cold", "one-pager PDF, cold `territoria export-pdf`", "ms", "≤ 1.5 × floor")

    def measure() -> None:
        feature("territoria.cli.commands_export")
        exports = feature("territoria.reports.exports")
        initiative = sample_initiative(ctx)
        target = ctx.work / "one-pager-cold.pdf"
        exports.export_initiative_pdf(ctx.db, initiative, target)
        floor_args = pdf_floor.cold_args(ctx.work / "floor-cold.pdf", FONT, _page_text(target),
                                         _source_url(ctx, initiative))
        app_args = [python(), "-m", "territoria", "--data-dir", str(ctx.big_dir), "export-pdf",
                    "--initiative", str(initiative), "-o", str(target)]
        orm_floor_args = [*floor_args[:2], "import sqlalchemy.orm\n" + floor_args[2], *floor_args[3:]]
        orm_floor: list[float] = []
        for round_ in range(ctx.proc_repeat + 1):
            floor_ms, _ = run_process(floor_args)
            app_ms, _ = run_process(app_args)
            orm_ms, _ = run_process(orm_floor_args)
            if round_:
                figure.floor.append(floor_ms)
                figure.samples.append(app_ms)
                orm_floor.append(orm_ms)
        orm = statistics.median(orm_floor)
        figure.note = (f"spawn to exit; the same floor plus `import sqlalchemy.orm` takes {orm:.0f} ms "
                       f"(ratio {figure.median / orm:.2f}×)")
        figure.judge(figure.median <= 1.5 * figure.floor_median)

    return guarded([figure], measure)


def catalogue(ctx: Context) -> list[Figure]:
    """A 1,000-initiative catalogue (separate process): time, and peak heap vs 100.

    "Flat" is judged on the anonymous memory (the heap: reportlab's document, Python
    objects), sampled during the export; the kernel's VmHWM, which also counts the
    database pages SQLite maps with ``mmap``, is given in the note.
    """
    big, small = ctx.catalogue_size, max(1, ctx.catalogue_size // 10)
    timing = Figure("catalogue_time", f"{big:,}-initiative catalogue PDF", "s", "≤ 30 s")
    memory = Figure("catalogue_memory", f"catalogue peak heap growth, {big:,} vs {small:,} initiatives", "MB",
                    "flat: ≤ +25 MB")

    def measure() -> None:
        feature("territoria.reports.catalogue")
        anon: dict[int, list[float]] = {big: [], small: []}
        total: dict[int, list[float]] = {big: [], small: []}
        for _ in range(ctx.heavy_repeat):
            for size in (small, big):
                out = ctx.work / f"catalogue-{size}.pdf"
                _, printed = run_process([python(), PDF_PROBE, "catalogue", str(ctx.big_dir), str(size), str(out)],
                                         timeout=600)
                answer = probe_answer(printed)
                anon[size].append(answer["peak_anon_mb"] - answer["start_anon_mb"])
                total[size].append(answer["peak_rss_mb"] - answer["start_rss_mb"])
                if size == big:
                    timing.samples.append(answer["seconds"])
                    timing.note = f"{answer['pages']} pages, {answer['bytes'] / MIB:.1f} MB file"
        med = {size: (statistics.median(anon[size]), statistics.median(total[size])) for size in (small, big)}
        growth = med[big][0] - med[small][0]
        memory.samples = [growth]
        memory.note = (f"peak above start, heap (RssAnon): {med[small][0]:.0f} MB for {small:,}, "
                       f"{med[big][0]:.0f} MB for {big:,}; all resident memory (VmHWM, file-backed pages "
                       f"included): {med[small][1]:.0f} MB and {med[big][1]:.0f} MB")
        timing.judge(timing.median <= 30)
        memory.judge(growth <= 25)

    return guarded([timing, memory], measure)


# --- memory and size -----------------------------------------------------------------------------


def gui_memory(ctx: Context) -> list[Figure]:
    """Peak RSS of the GUI on the synthetic database after a search for the common word."""
    figure = Figure("gui_rss", f"GUI peak RSS, {ctx.n:,} DB, after a search", "MB", "≤ 200 MB")
    searched = True
    for _ in range(ctx.heavy_repeat):
        forget_settings(ctx.big_dir)
        _, out = run_process([python(), PROBE, "rss", str(ctx.big_dir), "assistant"])
        answer = probe_answer(out)
        figure.samples.append(answer["rss_mb"])
        searched = searched and answer.get("searched", False)
    figure.judge(figure.median <= 200)
    figure.note = (f"after the search: {answer.get('RssAnon', 0):.0f} MB anonymous + "
                   f"{answer.get('RssFile', 0):.0f} MB file-backed (shared libraries, and database pages if SQLite maps the file)")
    if searched:
        figure.note = f"search « assistant », {answer['rows']:,} rows, facet counts shown; " + figure.note
    else:
        figure.note = "no browser page yet: peak RSS after start only; " + figure.note
    return [figure]


def seed_size(ctx: Context) -> list[Figure]:
    """Size of the shipped seed database."""
    figure = Figure("seed_size", "data/seed.sqlite size", "MB", "≤ 15 MB")
    figure.samples = [SEED_DB.stat().st_size / MIB]
    figure.judge(figure.median <= 15)
    return [figure]


#: Every figure, in table order.
ALL: tuple[Callable[[Context], list[Figure]], ...] = (
    cold_start, search_figures, keystroke, facets, comparable, sorts, picker,
    one_pager_warm, one_pager_cold, catalogue, gui_memory, seed_size,
)

#: The row keys each figure function yields (the table always shows every one).
KEYS: dict[str, tuple[str, ...]] = {
    "cold_start": ("cold_start_seed", "cold_start_big"),
    "search_figures": tuple(key for key, _, _, _ in SEARCHES),
    "keystroke": ("keystroke",),
    "facets": ("facets",),
    "comparable": ("comparable", "comparable_needs"),
    "sorts": tuple(f"sort_{key}" for key in SORTED_COLUMNS),
    "picker": ("picker",),
    "one_pager_warm": ("pdf_warm",),
    "one_pager_cold": ("pdf_cold",),
    "catalogue": ("catalogue_time", "catalogue_memory"),
    "gui_memory": ("gui_rss",),
    "seed_size": ("seed_size",),
}
