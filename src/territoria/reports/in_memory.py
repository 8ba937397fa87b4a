"""Documents built in memory, for the window's previews and printing (nothing is written to disk).

The same layouts as :mod:`territoria.reports.exports` writes to files::

    scheme_pdf_bytes(db, scheme_id, branding=None) -> bytes
    dossier_pdf_bytes(db, kind, code, branding=None, progress=None) -> bytes
    catalogue_pdf_bytes(db, ids, *, title, description, branding, progress) -> bytes

(``initiative_pdf_bytes`` lives in :mod:`territoria.reports.exports`.)
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from territoria.domain.reasons import Reason
from territoria.reports.context import Branding
from territoria.reports.exports import BATCH_SIZE, dossier_data, report_context
from territoria.services.database import Database
from territoria.services.progress import NullProgress, Progress


def scheme_pdf_bytes(db: Database, scheme_id: int, branding: Branding | None = None) -> bytes:
    """The one-page sheet of a support scheme (``NotFoundError`` if unknown)."""
    from territoria.reports.scheme_sheet import scheme_pdf
    from territoria.services.records import get_scheme

    return scheme_pdf(get_scheme(db, scheme_id), report_context(db, branding))


def dossier_pdf_bytes(db: Database, kind: str, code: str, branding: Branding | None = None,
                      progress: Progress | None = None) -> bytes:
    """The dossier of the collectivité ``kind``/``code`` (``NotFoundError`` if unknown)."""
    from territoria.reports.dossier import write_dossier_pdf

    progress = progress or NullProgress()
    progress.step(0, 3, Reason.of("progress_comparable"))
    data = dossier_data(db, kind, code)
    progress.step(1, 3, Reason.of("progress_dossier_layout"))
    buffer = io.BytesIO()
    write_dossier_pdf(data, report_context(db, branding), buffer)
    progress.step(3, 3, "")
    return buffer.getvalue()


def catalogue_pdf_bytes(db: Database, ids: Sequence[int], *, title: str = "Catalogue des initiatives",
                        description: str = "", branding: Branding | None = None,
                        progress: Progress | None = None) -> bytes:
    """The catalogue of ``ids`` (in that order)."""
    from territoria.reports.catalogue import write_catalogue_pdf
    from territoria.services.records import get_initiatives

    buffer = io.BytesIO()
    write_catalogue_pdf(list(ids), lambda chunk: get_initiatives(db, list(chunk)), report_context(db, branding),
                        buffer, title=title, description=description, progress=progress or NullProgress(),
                        batch_size=BATCH_SIZE)
    return buffer.getvalue()
