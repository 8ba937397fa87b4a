"""Territoria: offline catalogue of French local-authority AI initiatives."""

__version__ = "0.1.0"
APP_NAME = "Territoria"
