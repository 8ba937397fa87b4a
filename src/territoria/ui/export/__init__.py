"""Export, preview and print from the window: one-pagers, scheme sheets, commune dossiers,
catalogues and CSV lists.

- :class:`~territoria.ui.export.controller.ExportController` — the actions any page can call;
- :func:`~territoria.ui.export.menu.install_export_menu` — "Fichier > Exporter" in the main window;
- :class:`~territoria.ui.export.context.ExportContext` — what a page offers to export: a page
  that defines ``export_context() -> ExportContext`` makes the menu act on its selection.
"""
