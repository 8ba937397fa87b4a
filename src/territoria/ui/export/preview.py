"""A print preview: the pages of a PDF, with print, open in the system viewer and save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from territoria.ui.export.rendering import PdfSource, render_pages
from territoria.ui.window_geometry import fit_window

ZOOMS = (50, 75, 100, 125, 150, 200)
SCREEN_DPI = 96


class PdfPreviewDialog(QDialog):
    """Shows every page of ``pdf``; buttons print, open with the system viewer or save."""

    def __init__(self, pdf: PdfSource, title: str, parent: QWidget | None = None, *,
                 on_print: Callable[[], None] | None = None, on_open: Callable[[], None] | None = None,
                 on_save: Callable[[], None] | None = None, on_letterhead: Callable[[], None] | None = None,
                 saved_bar: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.setWindowTitle(self.tr("Aperçu avant impression — {0}").format(title))
        self.zoom = 75
        self.page_labels: list[QLabel] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.zoom_out = QPushButton(self.tr("Zoom &arrière"))
        self.zoom_in = QPushButton(self.tr("Zoom a&vant"))
        self.zoom_label = QLabel()
        self.zoom_out.setAccessibleName(self.tr("Réduire l'aperçu"))
        self.zoom_in.setAccessibleName(self.tr("Agrandir l'aperçu"))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self._next_zoom(-1)))
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self._next_zoom(+1)))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=self.zoom_in.click)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=self.zoom_out.click)
        for widget in (self.zoom_out, self.zoom_in, self.zoom_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.pages)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("Pages du document"))
        self.scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox()
        self.print_button = self._add(buttons, self.tr("&Imprimer…"), on_print, self.tr("Imprimer le document"))
        self.open_button = self._add(buttons, self.tr("&Ouvrir avec le lecteur PDF"), on_open,
                                     self.tr("Ouvrir avec le lecteur PDF du système"))
        self.save_button = self._add(buttons, self.tr("&Enregistrer…"), on_save, self.tr("Enregistrer le PDF"))
        self.letterhead_button = self._add(buttons, self.tr("E&n-tête…"), on_letterhead,
                                           self.tr("Modifier l'en-tête des documents (nom et logo)"))
        if on_print is not None:  # Ctrl+P prints from the preview too
            QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_button.click)
        #: « Ouvrir le PDF » / « Ouvrir le dossier » after a save from this preview (hidden until then).
        self.saved_bar = saved_bar
        if saved_bar is not None:
            layout.addWidget(saved_bar)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Fermer"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # a page high, but never taller than the screen minus its task bar (the buttons stay visible)
        fit_window(self, "print_preview", QSize(760, 900))
        self.set_zoom(75)  # a whole A4 width fits the dialog

    def set_pdf(self, pdf: PdfSource) -> None:
        """Show ``pdf`` instead (the same document made again, e.g. with a new letterhead)."""
        self.pdf = pdf
        self.set_zoom(self.zoom)

    def _add(self, buttons: QDialogButtonBox, text: str, slot: Callable[[], None] | None, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.setVisible(slot is not None)  # after addButton, which shows it
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def _next_zoom(self, step: int) -> int:
        index = ZOOMS.index(self.zoom) if self.zoom in ZOOMS else 2
        return ZOOMS[max(0, min(len(ZOOMS) - 1, index + step))]

    def set_zoom(self, zoom: int) -> None:
        """Render the pages again at ``zoom`` percent."""
        self.zoom = zoom
        self.zoom_label.setText(self.tr("{0} %").format(zoom))
        self.zoom_out.setEnabled(zoom > ZOOMS[0])
        self.zoom_in.setEnabled(zoom < ZOOMS[-1])
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        ratio = self.devicePixelRatioF() or 1.0
        for number, image in enumerate(render_pages(self.pdf, SCREEN_DPI * zoom / 100 * ratio), start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setPixmap(pixmap)
            label.setAccessibleName(self.tr("Page {0}").format(number))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)


def default_preview_title(pdf: PdfSource) -> str:
    """A title for the preview window: the file name, or "document"."""
    return Path(pdf).name if not isinstance(pdf, bytes) else QCoreApplication.translate("PdfPreviewDialog", "document")
