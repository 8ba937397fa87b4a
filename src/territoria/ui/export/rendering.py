"""PDF pages as QImages, drawn by PDFium (``pypdfium2``, a 4 MB wheel) for previews and printing.

QtPdf is not part of PySide6-Essentials (nor of the PySide6-Addons 6.12 wheel): PDFium gives
the same renderer as Chrome for a fraction of the size and start-up cost.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from territoria.errors import TerritoriaError


class PdfRenderError(TerritoriaError):
    """A PDF could not be read for preview or printing."""


PdfSource = bytes | Path | str


def _open(pdf: PdfSource):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    except (pdfium.PdfiumError, OSError) as exc:
        message = QCoreApplication.translate(
            "PdfRendering", "Impossible de lire le document PDF pour l'afficher ou l'imprimer ({0}).")
        raise PdfRenderError(message.format(exc)) from exc


def page_count(pdf: PdfSource) -> int:
    """The number of pages of ``pdf``."""
    document = _open(pdf)
    try:
        return len(document)
    finally:
        document.close()


def render_pages(pdf: PdfSource, dpi: float, first: int = 0, last: int | None = None) -> Iterator[QImage]:
    """Each page from ``first`` to ``last`` (0-based, inclusive) as an RGB image at ``dpi``."""
    document = _open(pdf)
    try:
        last = len(document) - 1 if last is None else min(last, len(document) - 1)
        for index in range(max(first, 0), last + 1):
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True, may_draw_forms=True)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGB888).copy()
                image.setDotsPerMeterX(round(dpi / 0.0254))
                image.setDotsPerMeterY(round(dpi / 0.0254))
                bitmap.close()
            finally:
                page.close()
            yield image
    finally:
        document.close()
