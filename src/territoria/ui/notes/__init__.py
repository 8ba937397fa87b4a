"""Private notes on records: the editor shown under a fiche."""
