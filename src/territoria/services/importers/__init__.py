"""Importers of outside catalogues into pack source folders (curated TOML + ``pack.toml``).

One framework, several presets:

- ``readers``: CSV (delimiter and encoding sniffed: UTF-8 with or without BOM, cp1252),
  Excel ``.xlsx`` (openpyxl) and JSON, streamed row by row with their line numbers;
- a mapping module per preset (``pstw``, ``aides_territoires``, ``table``) turning rows into
  curated records and one :class:`~territoria.services.importers.report.RowOutcome` per row;
- ``writer``: the pack source folder, written to a temporary folder, checked with the
  curated loader the seed build uses, then renamed into place (never half-written);
- ``report``: the row report CSV ``ligne;statut;raison;identifiant_externe;titre``.

Entry point: :func:`territoria.services.importers.run.import_catalogue`.
"""
