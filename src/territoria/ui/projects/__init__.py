""""Mes projets": the town hall's own projects, their form, and sending them to the agency."""
