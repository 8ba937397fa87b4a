"""Documents register the three DejaVu Sans faces they use; bold italic only when asked for."""

from __future__ import annotations

import subprocess
import sys

from pdf_tools import embedded_fonts

PROBE = r"""
import sys
from reportlab.pdfbase import pdfmetrics
from territoria.reports.fonts import BOLD_ITALIC, register_bold_italic
from territoria.cli import main

assert main(["--data-dir", sys.argv[1], "export-pdf", "--initiative", "3", "-o", sys.argv[2]]) == 0
print(sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith("DejaVu")))
register_bold_italic()
from io import BytesIO
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
SimpleDocTemplate(BytesIO()).build([Paragraph("<b><i>gras italique</i></b>", ParagraphStyle("p", fontName="DejaVuSans"))])
print(BOLD_ITALIC in pdfmetrics.getRegisteredFontNames())
"""


def test_a_one_pager_reads_only_the_faces_it_prints(data_dir, tmp_path):
    target = tmp_path / "fiche.pdf"
    done = subprocess.run([sys.executable, "-c", PROBE, str(data_dir), str(target)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    registered, bold_italic = done.stdout.strip().splitlines()[-2:]
    assert registered == str(["DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"])
    assert bold_italic == "True"  # a template that needs it can still have it
    printed = {name.split("+")[-1] for name in embedded_fonts(target)}
    assert printed <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"} and "DejaVuSans" in printed
