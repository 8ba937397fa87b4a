"""Page furniture shared by the documents: header with branding, footer, QR code, metadata."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from territoria.reports.context import MAX_AGENCY_NAME, ReportContext
from territoria.reports.styles import ACCENT, MUTED, RULE

log = logging.getLogger(__name__)

MM = 72 / 25.4
PAGE_WIDTH = 210 * MM
PAGE_HEIGHT = 297 * MM
MARGIN_X = 18 * MM
HEADER_HEIGHT = 22 * MM  # from the top edge to the first line of the body
FOOTER_HEIGHT = 16 * MM  # from the bottom edge to the last line of the body
LANG = "fr-FR"
#: No header or footer line holds more characters than this (an A4 line holds ~120).
MAX_LINE_CHARS = 400


@dataclass(frozen=True, slots=True)
class Metadata:
    """The PDF document information (shown by viewers and indexed by search tools)."""

    title: str
    subject: str
    keywords: tuple[str, ...] = ()

    def apply(self, canvas: Any, context: ReportContext) -> None:
        """Write title, author, subject, keywords and creator into ``canvas``."""
        canvas.setTitle(self.title)
        canvas.setAuthor(context.branding.agency_name[:MAX_AGENCY_NAME] or "Territoria")
        canvas.setSubject(self.subject)
        canvas.setKeywords(", ".join(k for k in self.keywords if k))
        canvas.setCreator(f"Territoria {context.app_version}")


def body_frame_box() -> tuple[float, float, float, float]:
    """(x, y, width, height) of the body area of an A4 page."""
    return MARGIN_X, FOOTER_HEIGHT, PAGE_WIDTH - 2 * MARGIN_X, PAGE_HEIGHT - HEADER_HEIGHT - FOOTER_HEIGHT


def _fit_text(canvas: Any, text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" to fit ``width`` points: a binary search on the length, so a
    name of 80,000 characters costs a few measures, not one per character removed."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = text[:MAX_LINE_CHARS]
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # the longest prefix that fits lies in [low, high)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _draw_logo(canvas: Any, context: ReportContext, right: float, top: float) -> float:
    """Draw the agency logo right-aligned under ``top``; returns its width (0 when none)."""
    path = context.branding.logo_path
    if not path:
        return 0.0
    try:
        from reportlab.lib.utils import ImageReader

        image = ImageReader(str(path))
        width, height = image.getSize()
    except Exception as exc:  # noqa: BLE001 - a broken logo never stops a document
        log.warning("logo illisible %s: %s", path, exc)
        return 0.0
    if width <= 0 or height <= 0:
        return 0.0
    scale = min(40 * MM / width, 13 * MM / height)
    w, h = width * scale, height * scale
    canvas.drawImage(image, right - w, top - h, w, h, mask="auto")
    return w


def draw_header(canvas: Any, context: ReportContext, kind: str) -> None:
    """Agency name (or "Territoria") and the kind of document, the logo on the right, a rule."""
    from reportlab.lib import colors

    from territoria.reports.fonts import BOLD, FAMILY, register_fonts
    from territoria.reports.markup import plain

    register_fonts()
    canvas.saveState()
    top = PAGE_HEIGHT - 9 * MM
    right = PAGE_WIDTH - MARGIN_X
    logo_width = _draw_logo(canvas, context, right, top + 2 * MM)
    text_width = right - MARGIN_X - (logo_width + 4 * MM if logo_width else 0)
    agency = context.branding.agency_name.strip()[:MAX_AGENCY_NAME]
    canvas.setFillColor(colors.HexColor(ACCENT))
    canvas.setFont(BOLD, 10.5)
    canvas.drawString(MARGIN_X, top - 2 * MM, _fit_text(canvas, plain(agency) or "Territoria", BOLD, 10.5, text_width))
    canvas.setFillColor(colors.HexColor(MUTED))
    canvas.setFont(FAMILY, 8)
    subtitle = kind if not agency else f"{kind} · réalisé avec Territoria"
    canvas.drawString(MARGIN_X, top - 6.5 * MM, _fit_text(canvas, subtitle, FAMILY, 8, text_width))
    canvas.setStrokeColor(colors.HexColor(context.branding.accent_colour or RULE))
    canvas.setLineWidth(0.8)
    rule_y = PAGE_HEIGHT - HEADER_HEIGHT + 4 * MM
    canvas.line(MARGIN_X, rule_y, right, rule_y)
    canvas.restoreState()


def draw_footer(canvas: Any, context: ReportContext, page_label: str = "", reserve: float = 0) -> None:
    """The data edition, generation date and version on the left, ``page_label`` on the right
    (``reserve`` points left free at the right edge, for a late-bound page total)."""
    from reportlab.lib import colors

    from territoria.reports.fonts import FAMILY, register_fonts

    register_fonts()
    canvas.saveState()
    right = PAGE_WIDTH - MARGIN_X
    y = 9 * MM
    canvas.setStrokeColor(colors.HexColor(RULE))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, y + 4 * MM, right, y + 4 * MM)
    canvas.setFillColor(colors.HexColor(MUTED))
    canvas.setFont(FAMILY, 7)
    label_width = 22 * MM + reserve if page_label else 0
    canvas.drawString(MARGIN_X, y, _fit_text(canvas, context.footer_text(), FAMILY, 7, right - MARGIN_X - label_width))
    if page_label:
        canvas.drawRightString(right - reserve, y, page_label)
    canvas.restoreState()


@lru_cache(maxsize=128)
def qr_modules(url: str) -> tuple[bytes, ...]:
    """The dark (1) and light (0) modules of the QR code of ``url`` (error correction M), a row
    per ``bytes``, cached per URL (compact: a 1,000-fiche catalogue kept ~5 MB of tuples of bools)."""
    from reportlab.graphics.barcode import qrencoder

    from territoria.reports.qr_mask import qr_code_class

    # reportlab's encoder, with its mask scoring done on bytes (the same code, twice as fast)
    code = qr_code_class()(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(url)
    code.make()
    return tuple(bytes(bool(m) for m in row) for row in code.modules)


def _draw_modules(canv: Any, modules: tuple[bytes, ...], size: float, border: int = 2) -> None:
    box = size / (len(modules) + 2 * border)
    path = canv.beginPath()
    for r, row in enumerate(modules):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                path.rect((start + border) * box, size - (r + border + 1) * box, (c - start) * box, box)
            else:
                c += 1
    canv.setFillColorRGB(0, 0, 0)
    canv.drawPath(path, stroke=0, fill=1)


def qr_code(url: str | None, size: float = 24 * MM) -> Any | None:
    """A flowable QR code of ``url`` (``size`` points wide), or None when there is no usable URL."""
    if not url or len(url) > 1200 or not url.lower().startswith(("http://", "https://")):
        return None
    try:
        modules = qr_modules(url)
    except Exception as exc:  # noqa: BLE001 - an unencodable URL only loses its QR code
        log.warning("QR code impossible pour %r: %s", url[:80], exc)
        return None
    from reportlab.platypus import Flowable

    class QrFlowable(Flowable):
        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return size, size

        def draw(self) -> None:
            canv = self.canv
            name = "qr" + hashlib.sha1(f"{url}|{size:.2f}".encode()).hexdigest()[:16]
            if not canv.hasForm(name):  # drawn once per document, then reused by reference
                canv.beginForm(name, 0, 0, size, size)
                _draw_modules(canv, modules, size)
                canv.endForm()
            canv.doForm(name)
            canv.linkURL(url, (0, 0, size, size), relative=1)  # a click on the code opens it too

    return QrFlowable()
