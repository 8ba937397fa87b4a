"""Core views of the tables read at start-up (the star column, the saved-searches menu).

Importing the ORM models maps every class (~30 ms) and their first query configures every
mapper (~60–100 ms): too much before the first paint. These lightweight ``table()``
constructs name only the columns those reads need, with the same types as the models
(``tests/store/test_user_tables.py`` keeps them equal).
"""

from __future__ import annotations

from sqlalchemy import Integer, String, Text, column, table

from territoria.store.types import TolerantDateTime, TolerantJSON

INITIATIVES = table("initiatives", column("id", Integer), column("slug", String))
SELECTION = table("user_selection", column("initiative_slug", String), column("added_at", TolerantDateTime))
SAVED_SEARCHES = table(
    "user_saved_searches",
    column("id", Integer), column("name", String), column("query", Text), column("filters", TolerantJSON),
    column("created_at", TolerantDateTime),
)
