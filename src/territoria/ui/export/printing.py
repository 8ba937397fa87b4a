"""Printing a PDF through the Qt print dialog: each page rendered at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QPainter, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from territoria.ui.export.rendering import PdfSource, page_count, render_pages

MAX_DPI = 300


def make_printer() -> QPrinter:
    """A high-resolution A4 portrait printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setDocName("Territoria")
    return printer


def print_to(printer: QPrinter, pdf: PdfSource) -> int:
    """Send the pages of ``pdf`` (the range chosen in the dialog, if any) to ``printer``; returns pages printed."""
    count = page_count(pdf)
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, min(printer.toPage() - 1, count - 1)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for image in render_pages(pdf, dpi, first, last):
            if printed:
                printer.newPage()
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x() + (area.width() - scaled.width()) // 2, area.y(), scaled.width(), scaled.height())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


def print_with_dialog(pdf: PdfSource, parent: QWidget | None = None) -> int:
    """Show the print dialog and print ``pdf`` if accepted; returns pages printed (0 if cancelled)."""
    printer = make_printer()
    printer.setFromTo(1, page_count(pdf))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Imprimer"))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return 0
    return print_to(printer, pdf)
