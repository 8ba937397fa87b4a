"""The catalogue browser: search box, facets, lazy results table and detail pane."""

from territoria.ui.browser.page import BrowserPage

__all__ = ["BrowserPage"]
