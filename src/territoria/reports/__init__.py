"""PDF and CSV documents made with reportlab: one-pagers, scheme sheets, commune dossiers,
catalogues and CSV lists. No Qt here.

Entry points for the UI and the command line are in :mod:`territoria.reports.exports`;
the builders (``one_pager``, ``scheme_sheet``, ``dossier``, ``catalogue``) take frozen
dataclasses and a :class:`~territoria.reports.context.ReportContext` and return or write PDF
bytes. reportlab is imported inside the functions that use it, so importing this package is cheap.
"""
