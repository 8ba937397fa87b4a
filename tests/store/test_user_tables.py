"""The start-up path's Core views of the user tables match the ORM models column for column."""

from __future__ import annotations

import pytest

from territoria.store import user_tables
from territoria.store.models import Initiative, SavedSearch, SelectionEntry, UserProfile


@pytest.mark.parametrize(("light", "model"), [(user_tables.INITIATIVES, Initiative),
                                              (user_tables.SELECTION, SelectionEntry),
                                              (user_tables.SAVED_SEARCHES, SavedSearch),
                                              (user_tables.USER_PROFILE, UserProfile)])
def test_light_tables_name_model_columns_with_their_types(light, model):
    table = model.__table__
    assert light.name == table.name
    for column in light.columns:
        assert column.name in table.c, column.name
        assert isinstance(table.c[column.name].type, type(column.type)), column.name
