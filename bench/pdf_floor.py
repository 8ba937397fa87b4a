"""The floor of the one-pager figures: a minimal reportlab page, same font, text and QR code.

:data:`FLOOR_CODE` is plain Python source so the same code runs warm (``exec`` once, then
``floor_page`` called again and again) and cold (``python -c FLOOR_CODE + CALL``, the
interpreter start and the reportlab import included).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

FLOOR_CODE = r'''
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas


def floor_page(out, font_path, paragraphs, url):
    """Write one A4 page: the paragraphs in DejaVu Sans, wrapped, and a QR code of url."""
    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", font_path))
    canvas = Canvas(out, pagesize=A4)
    width, height = A4
    y = height - 60
    for size, text in paragraphs:
        for line in simpleSplit(text, "DejaVuSans", size, width - 120):
            canvas.setFont("DejaVuSans", size)
            canvas.drawString(60, y, line)
            y -= size * 1.35
        y -= size
    widget = QrCodeWidget(url)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(80, 80, transform=[80 / (x1 - x0), 0, 0, 80 / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, width - 140, 40)
    canvas.showPage()
    canvas.save()
'''

COLD_CALL = "\nimport json, sys\nfloor_page(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4])\n"


def floor_function():
    """``floor_page(out, font_path, paragraphs, url)`` compiled from :data:`FLOOR_CODE`."""
    namespace: dict = {}
    exec(compile(FLOOR_CODE, "<pdf-floor>", "exec"), namespace)  # noqa: S102 - our own constant
    return namespace["floor_page"]


def cold_args(out: Path, font: Path, paragraphs: list[tuple[int, str]], url: str) -> list[str]:
    """The ``python -c`` command line of the cold floor."""
    return [sys.executable, "-c", FLOOR_CODE + COLD_CALL, str(out), str(font), json.dumps(paragraphs), url]
