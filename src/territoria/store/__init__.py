"""Persistence: SQLAlchemy models, engine, migrations, seed build and bootstrap (no Qt)."""
