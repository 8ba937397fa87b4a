"""The contract between the main window and its pages (tabs).

A page is a ``QWidget`` built from a :class:`~territoria.ui.context.UiContext` that also
implements :class:`Page`: the window reads its title for the tab, asks the current page what
Fichier > Exporter and the print actions at the top of Fichier act on, and tells every
page to save its state and stop its work when the window closes. To add a page: write
``ui/<name>/page.py`` with a class implementing this protocol, then one ``add_page`` line
in ``MainWindow._install_pages`` (wrap it in :class:`~territoria.ui.lazy_page.LazyPage` if
building it is slow).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from territoria.ui.export.context import ExportContext


@runtime_checkable
class Page(Protocol):
    """What the main window expects of each of its pages."""

    def title(self) -> str:
        """The tab's label (translated, with an ``&`` mnemonic if wanted)."""

    def export_context(self) -> ExportContext:
        """What Fichier > Exporter acts on now (an empty context when nothing).

        Its ``printable`` is the document the page shows, which Fichier > Aperçu avant
        impression / Imprimer / Enregistrer en PDF act on (None: nothing, and ``hint`` says
        what to open instead).
        """

    def save_state(self) -> None:
        """Remember the layout and choices in the settings (window closing)."""

    def restore_state(self) -> None:
        """Put back what :meth:`save_state` remembered (the page calls it once built)."""

    def shutdown(self) -> None:
        """Stop timers and wait for the page's background work (window closing)."""


class PageWidget(QWidget):
    """A page with nothing to export, save or stop: override what applies."""

    def title(self) -> str:
        """The tab's label."""
        return self.windowTitle()

    def export_context(self) -> ExportContext:
        """Nothing to export."""
        return ExportContext()

    def save_state(self) -> None:
        """Nothing to remember."""

    def restore_state(self) -> None:
        """Nothing remembered."""

    def shutdown(self) -> None:
        """Nothing running."""
