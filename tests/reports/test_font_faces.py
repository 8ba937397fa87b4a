"""Documents read only the DejaVu Sans faces they print: italic when a page sets it, bold italic
only when asked for (each face read costs as much as laying out a one-pager's text)."""

from __future__ import annotations

import ast
import sqlite3
import subprocess
import sys

from pdf_tools import embedded_fonts
from reports_records import add_initiative, add_longest_initiative

PROBE = r"""
import sys
from reportlab.pdfbase import pdfmetrics
from territoria.reports.fonts import BOLD_ITALIC, register_bold_italic
from territoria.cli import main

assert main(["--data-dir", sys.argv[1], "export-pdf", "--initiative", sys.argv[3], "-o", sys.argv[2]]) == 0
print(sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith("DejaVu")))
register_bold_italic()
from io import BytesIO
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate
style = ParagraphStyle("p", fontName="DejaVuSans")
SimpleDocTemplate(BytesIO()).build([Paragraph("<b><i>gras italique</i></b>", style)])
print(BOLD_ITALIC in pdfmetrics.getRegisteredFontNames())
"""


def _faces(data_dir, target, ident: int) -> tuple[set[str], set[str]]:
    """The faces registered by a process that wrote ``ident``'s one-pager, and those the page embeds."""
    done = subprocess.run([sys.executable, "-c", PROBE, str(data_dir), str(target), str(ident)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    registered, bold_italic = done.stdout.strip().splitlines()[-2:]
    assert bold_italic == "True"  # a template that needs it can still have it
    return set(ast.literal_eval(registered)), {name.split("+")[-1] for name in embedded_fonts(target)}


def test_a_one_pager_reads_only_the_faces_it_prints(db, data_dir, tmp_path):
    full = add_longest_initiative(db)  # shortened to fit: its notice is in italics
    complete = add_initiative(db, "Assistant des usagers", budget_eur=48_000.0, contact="mairie@exemple.fr")
    connection = sqlite3.connect(db.path)
    with connection:  # every fact known: no « Non précisé » line, nothing in italics
        connection.execute("UPDATE initiatives SET start_date = '2024-03', results = 'Deux fois moins d''appels.' "
                           "WHERE id = ?", (complete,))
        connection.execute("INSERT INTO funding (initiative_id, amount_eur) VALUES (?, 20000)", (complete,))
        connection.execute("INSERT INTO initiative_techniques (initiative_id, technique) VALUES (?, 'chatbot')",
                           (complete,))
    connection.close()
    assert _prints_no_italic(db, complete)
    db.close()
    for ident in (full, complete):
        registered, printed = _faces(data_dir, tmp_path / f"{ident}.pdf", ident)
        assert registered == printed, ident
    assert "DejaVuSans-Oblique" in _faces(data_dir, tmp_path / "full.pdf", full)[1]
    assert _faces(data_dir, tmp_path / "complete.pdf", complete)[1] == {"DejaVuSans", "DejaVuSans-Bold"}


def _prints_no_italic(db, ident: int) -> bool:
    """Whether the one-pager of ``ident`` has nothing in italics (no « Non précisé » line, not shortened)."""
    from territoria.reports.exports import initiative_pdf_bytes

    return "DejaVuSans-Oblique" not in {name.split("+")[-1] for name in embedded_fonts(initiative_pdf_bytes(db, ident))}
