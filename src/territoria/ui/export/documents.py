"""How each document a page shows (:class:`~territoria.ui.export.context.Printable`) is made.

A :class:`DocumentJob` gives the preview's title, the suggested file name, and two functions
run in the ``export`` lane: one building the PDF in memory (preview, printing), one writing it
to a file (Enregistrer en PDF). Looking the record up happens at once, so an unknown record
is a French message before anything starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from territoria.errors import TerritoriaError
from territoria.reports.context import Branding
from territoria.services.database import Database
from territoria.services.progress import Progress
from territoria.ui.export.context import Printable, PrintableKind

#: Builds the document in memory.
Build = Callable[[Progress], bytes]
#: Writes the document to a file: (target, progress, replace a read-only file) -> the path written.
Write = Callable[[Path, Progress, bool], Path]


@dataclass(frozen=True, slots=True)
class DocumentJob:
    """One document to preview, print or save."""

    #: What the document is, for people: "Fiche « … »", "Dossier — …" (window titles, messages).
    title: str
    suggested_name: str
    build: Build
    write: Write


def describe(printable: Printable) -> str:
    """What the document is, for menus and windows: "la fiche « Cantines »", "le dossier de …"."""
    kind, label = printable.kind, printable.label
    translate = QCoreApplication.translate
    if kind is PrintableKind.FICHE:
        named = translate("Documents", "la fiche « {0} »")
        unnamed = translate("Documents", "la fiche de l'initiative")
    elif kind is PrintableKind.DOSSIER:
        named = translate("Documents", "le dossier de {0}")
        unnamed = translate("Documents", "le dossier de la collectivité")
    elif kind is PrintableKind.SCHEME:
        named = translate("Documents", "la fiche du dispositif « {0} »")
        unnamed = translate("Documents", "la fiche du dispositif")
    else:
        named, unnamed = translate("Documents", "la sélection « {0} »"), translate("Documents", "la sélection")
    return named.format(label) if label else unnamed


def document_job(db: Database, printable: Printable, brand: Branding, *, with_note: bool = False) -> DocumentJob:
    """The job of ``printable``; raises ``TerritoriaError`` (French) when its record is unknown."""
    kind = printable.kind
    if kind is PrintableKind.FICHE and printable.initiative_id is not None:
        return _fiche(db, printable.initiative_id, brand, with_note, printable.commune)
    if kind is PrintableKind.DOSSIER and printable.commune is not None:
        return _dossier(db, *printable.commune, brand)
    if kind is PrintableKind.SCHEME and printable.scheme_id is not None:
        return _scheme(db, printable.scheme_id, brand)
    if kind is PrintableKind.SELECTION:
        return _selection(db, printable, brand)
    raise TerritoriaError(QCoreApplication.translate(
        "Documents", "Ce document ne peut pas être préparé : il lui manque son sujet."))


def _fiche(db: Database, initiative_id: int, brand: Branding, with_note: bool,
           commune: tuple[str, str] | None = None) -> DocumentJob:
    """The one-pager; with ``commune`` (shown from "Ma commune") it says why the project matters there."""
    from territoria.reports.exports import export_initiative_pdf, initiative_pdf_bytes
    from territoria.services.file_names import initiative_filename
    from territoria.services.records import get_initiative

    detail = get_initiative(db, initiative_id)
    return DocumentJob(
        QCoreApplication.translate("Documents", "Fiche « {0} »").format(detail.title), initiative_filename(detail),
        lambda progress: initiative_pdf_bytes(db, initiative_id, brand, with_note=with_note, commune=commune),
        lambda target, progress, force: export_initiative_pdf(db, initiative_id, target, brand, force=force,
                                                              with_note=with_note, commune=commune))


def _dossier(db: Database, kind: str, code: str, brand: Branding) -> DocumentJob:
    from territoria.reports.exports import export_dossier_pdf
    from territoria.reports.in_memory import dossier_pdf_bytes
    from territoria.services.communes import find_place
    from territoria.services.file_names import dossier_filename

    place = find_place(db, kind, code)
    if place is None:
        raise TerritoriaError(QCoreApplication.translate(
            "Documents", "Cette collectivité est introuvable ({0} {1}).").format(kind, code))
    return DocumentJob(
        QCoreApplication.translate("Documents", "Dossier — {0}").format(place.label), dossier_filename(place.label),
        lambda progress: dossier_pdf_bytes(db, kind, code, brand, progress),
        lambda target, progress, force: export_dossier_pdf(db, kind, code, target, brand, progress, force=force))


def _scheme(db: Database, scheme_id: int, brand: Branding) -> DocumentJob:
    from territoria.reports.exports import export_scheme_pdf
    from territoria.reports.in_memory import scheme_pdf_bytes
    from territoria.services.file_names import scheme_filename
    from territoria.services.records import get_scheme

    scheme = get_scheme(db, scheme_id)
    return DocumentJob(
        QCoreApplication.translate("Documents", "Dispositif « {0} »").format(scheme.name), scheme_filename(scheme),
        lambda progress: scheme_pdf_bytes(db, scheme_id, brand),
        lambda target, progress, force: export_scheme_pdf(db, scheme_id, target, brand, force=force))


def _selection(db: Database, printable: Printable, brand: Branding) -> DocumentJob:
    from territoria.reports.exports import export_catalogue_pdf
    from territoria.reports.in_memory import catalogue_pdf_bytes
    from territoria.services.file_names import suggest_filename

    label = printable.label or QCoreApplication.translate("Documents", "Ma sélection")

    def ids() -> list[int]:
        if printable.request is None:
            return list(printable.ids)
        from territoria.services.search import all_ids

        return all_ids(db, printable.request)

    def write(target: Path, progress: Progress, force: bool) -> Path:
        return export_catalogue_pdf(db, ids(), target, description=label, branding=brand, progress=progress,
                                    force=force)

    return DocumentJob(
        QCoreApplication.translate("Documents", "Sélection — {0}").format(label),
        suggest_filename("catalogue", label),
        lambda progress: catalogue_pdf_bytes(db, ids(), description=label, branding=brand, progress=progress),
        write)
