"""Export, preview and print from the window: one-pagers, scheme sheets, commune dossiers,
catalogues and CSV lists.

- :class:`~territoria.ui.export.controller.ExportController` — the actions any page can call
  (one per application, in ``UiContext.exports``);
- :class:`~territoria.ui.export.menu.ExportMenu` — "Fichier > Exporter" in the main window;
- :class:`~territoria.ui.export.context.ExportContext` — what the current page offers to
  export (every :class:`~territoria.ui.page.Page` answers ``export_context()``).
"""
