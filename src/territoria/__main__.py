"""Allow ``python -m territoria``."""

from territoria.cli import main

raise SystemExit(main())
