"""Backups in the window: restore one (also from the start-up error), save to / restore from a file."""
