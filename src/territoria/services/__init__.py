"""Plain-Python services the UI, the CLI and the reports call (no Qt). They return frozen dataclasses."""
