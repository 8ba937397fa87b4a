"""Frozen-build entry point (PyInstaller needs a script, not a console_scripts entry)."""

from territoria.cli import main

raise SystemExit(main())
