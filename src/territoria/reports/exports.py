"""What the UI and the command line call to export: each function gathers the data through
the services, builds the document and writes it safely (temporary file, then rename).

API (every ``target`` is a path; every function returns the absolute path written)::

    report_context(db, branding=None) -> ReportContext
    initiative_pdf_bytes(db, initiative_id, branding=None, *, with_note=False, commune=None) -> bytes
    export_initiative_pdf(db, initiative_id, target, branding=None, *, with_note=False, commune=None) -> Path
    why_comparable(db, initiative_id, commune) -> WhyComparable | None    # "Pourquoi ce projet…"
    export_scheme_pdf(db, scheme_id, target, branding=None) -> Path
    export_catalogue_pdf(db, ids, target, *, title, description, branding, progress) -> Path
    export_csv(db, ids, target, progress=None) -> Path
    search_ids(db, query) -> list[int]                                   # --search QUERY
    dossier_data(db, kind, code, *, limit=10) -> DossierData
    export_dossier_pdf(db, kind, code, target, branding=None, progress=None) -> Path

Every export takes ``force=True`` to replace a read-only file (after the person confirmed).

Errors: ``NotFoundError`` for an unknown record, ``ExportWriteError`` when the file cannot be
written (``ReadOnlyTargetError`` for a read-only file without ``force``), ``Cancelled`` when the
person cancelled (no file is left in either case).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from territoria.domain.reasons import Reason
from territoria.reports.context import Branding, ReportContext, WhyComparable
from territoria.reports.safe_write import atomic_output, check_target
from territoria.services.database import Database
from territoria.services.progress import NullProgress, Progress

if TYPE_CHECKING:  # the dossier pulls in the ranking services: imported only when used
    from territoria.reports.dossier import DossierData

BATCH_SIZE = 50


def report_context(db: Database, branding: Branding | None = None) -> ReportContext:
    """The header/footer facts for a document made now from ``db``."""
    from territoria.services.meta import data_edition

    return ReportContext(data_edition=data_edition(db), branding=branding or Branding())


def _note(db: Database, slug: str, with_note: bool) -> str | None:
    """The user's private note on initiative ``slug`` when it is to be printed."""
    if not with_note:
        return None
    from territoria.services.notes import get_note

    return get_note(db, "initiative", slug)


def why_comparable(db: Database, initiative_id: int, commune: tuple[str, str] | None) -> WhyComparable | None:
    """Why initiative ``initiative_id`` matters for the collectivité ``commune`` (``(kind, code)``).

    The ranking of "Ma commune" for that one initiative: its closeness and reasons, with the
    needs and budget ceiling remembered there when the remembered collectivité is this one.
    None without a collectivité, for an unknown one, or for the collectivité's own project (led by
    it in the catalogue, or one of its "Mes projets").
    """
    if commune is None:
        return None
    from territoria.domain.messages_fr import closeness_label
    from territoria.services.communes import find_place
    from territoria.services.comparable import rank_initiatives
    from territoria.services.profile import load_choice

    from territoria.services.local_projects import local_ids

    kind, code = commune
    place = find_place(db, kind, code)
    if place is None or initiative_id in local_ids(db):  # "Mes projets" are the collectivité's own
        return None
    choice = load_choice(db)
    same = choice is not None and choice.kind == kind and choice.code == place.code
    needs = tuple(choice.needs) if same and choice else ()
    budget = choice.budget_max_eur if same and choice else None
    ranked = rank_initiatives(db, place, needs, budget, limit=1, only_ids=[initiative_id])
    if not ranked or ranked[0].own:
        return None
    item = ranked[0]
    return WhyComparable(place=place.label, closeness=closeness_label(item.closeness),
                         reasons=tuple(str(reason) for reason in item.reasons))


def initiative_pdf_bytes(db: Database, initiative_id: int, branding: Branding | None = None, *,
                         with_note: bool = False, commune: tuple[str, str] | None = None) -> bytes:
    """The one-pager of an initiative, in memory (for a preview); with the user's note if asked,
    and why it matters for ``commune`` (``(kind, code)``, when exported from "Ma commune")."""
    from territoria.reports.one_pager import initiative_pdf
    from territoria.services.records import get_initiative

    detail = get_initiative(db, initiative_id)
    return initiative_pdf(detail, report_context(db, branding), note=_note(db, detail.slug, with_note),
                          why=why_comparable(db, initiative_id, commune))


def export_initiative_pdf(db: Database, initiative_id: int, target: Path | str,
                          branding: Branding | None = None, *, force: bool = False, with_note: bool = False,
                          commune: tuple[str, str] | None = None) -> Path:
    """Write the one-pager of an initiative to ``target`` (with the user's private note if asked,
    and why it matters for ``commune`` when given)."""
    from territoria.reports.one_pager import write_initiative_pdf
    from territoria.services.records import get_initiative

    path = check_target(Path(target), force=force)
    detail = get_initiative(db, initiative_id)
    context = report_context(db, branding)
    why = why_comparable(db, initiative_id, commune)
    with atomic_output(path, force=force) as out:
        write_initiative_pdf(detail, context, out, note=_note(db, detail.slug, with_note), why=why)
    return path


def export_scheme_pdf(db: Database, scheme_id: int, target: Path | str, branding: Branding | None = None, *,
                      force: bool = False) -> Path:
    """Write the one-page sheet of a support scheme to ``target``."""
    from territoria.reports.scheme_sheet import write_scheme_pdf
    from territoria.services.records import get_scheme

    path = check_target(Path(target), force=force)
    scheme = get_scheme(db, scheme_id)
    context = report_context(db, branding)
    with atomic_output(path, force=force) as out:
        write_scheme_pdf(scheme, context, out)
    return path


def _fetcher(db: Database):
    from territoria.services.records import get_initiatives

    return lambda ids: get_initiatives(db, list(ids))


def export_catalogue_pdf(db: Database, ids: Sequence[int], target: Path | str, *,
                         title: str = "Catalogue des initiatives", description: str = "",
                         branding: Branding | None = None, progress: Progress | None = None,
                         force: bool = False) -> Path:
    """Write the catalogue of ``ids`` (in that order) to ``target``; details are fetched in batches."""
    from territoria.reports.catalogue import write_catalogue_pdf

    path = check_target(Path(target), force=force)
    context = report_context(db, branding)
    with atomic_output(path, force=force) as out:
        write_catalogue_pdf(list(ids), _fetcher(db), context, out, title=title, description=description,
                            progress=progress or NullProgress(), batch_size=BATCH_SIZE)
    return path


def _details_in_batches(db: Database, ids: Sequence[int], progress: Progress) -> Iterator:
    fetch = _fetcher(db)
    total = len(ids)
    for start in range(0, total, BATCH_SIZE):
        progress.step(start, total, Reason.of("progress_export_rows", done=start, total=total))
        yield from fetch(ids[start:start + BATCH_SIZE])
    progress.step(total, total, "")


def export_csv(db: Database, ids: Sequence[int], target: Path | str, progress: Progress | None = None, *,
               force: bool = False) -> Path:
    """Write the CSV list of ``ids`` (in that order) to ``target``."""
    from territoria.reports.csv_export import write_csv

    path = check_target(Path(target), force=force)
    with atomic_output(path, force=force) as out:
        write_csv(_details_in_batches(db, list(ids), progress or NullProgress()), out)
    return path


def search_ids(db: Database, query: str) -> list[int]:
    """Every initiative matching ``query`` in the browser's default order (relevance)."""
    from territoria.services.search import SearchRequest, all_ids

    return all_ids(db, SearchRequest(query=query))


def dossier_data(db: Database, kind: str, code: str, *, limit: int = 10) -> DossierData:
    """Gather the dossier of the collectivité ``kind``/``code`` (``NotFoundError`` if unknown).

    The needs and budget ceiling remembered in "Ma commune" are used when the remembered
    collectivité is this one.
    """
    from territoria.reports.dossier import DossierData
    from territoria.services.comparable import comparable_projects
    from territoria.services.comparable_counts import closeness_counts
    from territoria.services.eligibility import schemes_for
    from territoria.services.maps import departement_counts, france_geometry, map_places, region_outlines
    from territoria.services.profile import load_choice, profile_for
    from territoria.services.search import facet_counts
    from territoria.services.records import get_initiatives, get_programme

    profile = profile_for(db, kind, code)
    choice = load_choice(db)
    same = choice is not None and choice.kind == kind and choice.code == profile.place.code
    needs = tuple(choice.needs) if same and choice else ()
    budget = choice.budget_max_eur if same and choice else None
    from territoria.services.local_projects import local_ids

    # the collectivité's own projects are not its comparables (as in "Ma commune")
    comparable = comparable_projects(db, profile.place, needs, budget, limit=limit,
                                     local_ids=local_ids(db)).ranked
    verdicts = schemes_for(db, kind, profile.place.code, needs=needs, budget_max_eur=budget)
    counts = closeness_counts(db, profile.place, needs, budget, without_ids=local_ids(db))
    details = {d.id: d for d in get_initiatives(db, [c.id for c in comparable])}
    programmes = tuple(get_programme(db, plan.id) for plan in profile.plans)
    places = map_places(db)
    return DossierData(
        profile=profile, comparable=comparable,
        eligible=tuple(v for v in verdicts if v.verdict == "eligible"),
        relay=tuple(v for v in verdicts if v.verdict == "relay_to_businesses"),
        upcoming=tuple(v for v in verdicts if v.verdict == "not_yet_open"),
        to_check=tuple(v for v in verdicts if v.verdict == "territory_unknown"),
        closeness_counts=counts,
        programmes=programmes, needs=needs, budget_max_eur=budget, details=details,
        map_counts=departement_counts(facet_counts(db, "", {})),
        map_names={code: name for code, (name, _region) in places.departements.items()},
        map_outlines=region_outlines(france_geometry(), places.region_members()),
    )


def export_dossier_pdf(db: Database, kind: str, code: str, target: Path | str,
                       branding: Branding | None = None, progress: Progress | None = None, *,
                       force: bool = False) -> Path:
    """Write the dossier of the collectivité ``kind``/``code`` to ``target``."""
    from territoria.reports.dossier import write_dossier_pdf

    progress = progress or NullProgress()
    path = check_target(Path(target), force=force)
    progress.step(0, 3, Reason.of("progress_comparable"))
    data = dossier_data(db, kind, code)
    progress.step(1, 3, Reason.of("progress_dossier_layout"))
    context = report_context(db, branding)
    with atomic_output(path, force=force) as out:
        write_dossier_pdf(data, context, out)
    progress.step(3, 3, "")
    return path
