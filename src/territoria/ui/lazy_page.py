"""A tab whose real page is built the first time it is shown, to keep start-up short."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from territoria.ui.export.context import ExportContext
from territoria.ui.page import Page


class LazyPage(QWidget):
    """A :class:`Page` holding ``factory()``'s page, built on first show or first call of :meth:`page`.

    Until the real page exists there is nothing to export, save or stop; afterwards every
    :class:`Page` call is the real page's.
    """

    def __init__(self, title: str, factory: Callable[[], Page], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._factory = factory
        self._page: Page | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        """Whether the real page exists yet."""
        return self._page is not None

    def page(self) -> Page:
        """The real page (built now if needed)."""
        if self._page is None:
            page = self._factory()
            assert isinstance(page, QWidget), page
            self._page = page
            self._layout.addWidget(page)
            self.setFocusProxy(page)
        return self._page

    def title(self) -> str:
        """The tab's label, known before the page is built."""
        return self._title

    def export_context(self) -> ExportContext:
        """The real page's export context (empty while it is not built)."""
        return self._page.export_context() if self._page is not None else ExportContext()

    def save_state(self) -> None:
        """The real page's, if built."""
        if self._page is not None:
            self._page.save_state()

    def restore_state(self) -> None:
        """The real page restores its own state when it is built."""

    def shutdown(self) -> None:
        """The real page's, if built."""
        if self._page is not None:
            self._page.shutdown()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Build the real page when the tab first appears."""
        self.page()
        super().showEvent(event)
