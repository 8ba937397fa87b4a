"""A tab whose real page is built the first time it is shown, to keep start-up short."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    """Holds ``factory()``'s page, built on first show or first call of :meth:`page`.

    The export menu reads ``export_context()`` or ``place`` from the current tab and the
    main window calls ``save_state()``/``shutdown()`` at close: all are forwarded to the real
    page once it exists (before, there is nothing to export or save).
    """

    def __init__(self, factory: Callable[[], QWidget], on_built: Callable[[QWidget], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._on_built = on_built
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        """Whether the real page exists yet."""
        return self._page is not None

    def page(self) -> QWidget:
        """The real page (built now if needed)."""
        if self._page is None:
            self._page = self._factory()
            self._layout.addWidget(self._page)
            self.setFocusProxy(self._page)
            if self._on_built is not None:
                self._on_built(self._page)
        return self._page

    @property
    def place(self) -> object:
        """The real page's chosen place (None while it is not built)."""
        return getattr(self._page, "place", None)

    def export_context(self) -> object:
        """The real page's export context (None while it is not built)."""
        provider = getattr(self._page, "export_context", None)
        return provider() if callable(provider) else None

    def save_state(self) -> None:
        """Forward the main window's close-time hook to the real page, if built."""
        self._forward("save_state")

    def shutdown(self) -> None:
        """Forward the main window's close-time hook to the real page, if built."""
        self._forward("shutdown")

    def _forward(self, hook: str) -> None:
        method = getattr(self._page, hook, None)
        if callable(method):
            method()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Build the real page when the tab first appears."""
        self.page()
        super().showEvent(event)
