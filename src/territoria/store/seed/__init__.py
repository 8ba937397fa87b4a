"""Reproducible build of ``data/seed.sqlite`` from pinned reference data and curated TOML."""
