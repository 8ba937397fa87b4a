"""Alembic migration scripts (run programmatically by ``store.migrate``)."""
