"""Closeness counts over the whole catalogue agree with the ranking itself."""

from __future__ import annotations

from collections import Counter

import pytest

from territoria.services.communes import find_place
from territoria.services.comparable import rank_initiatives
from territoria.services.comparable_counts import closeness_counts


@pytest.mark.parametrize(("code", "needs", "budget"), [("61382", (), None), ("44109", ("education",), 50_000.0),
                                                        ("31555", (), None)])
def test_counts_match_the_ranking(shared_db, code, needs, budget):
    place = find_place(shared_db, "commune", code)
    ranked = [item for item in rank_initiatives(shared_db, place, needs, budget, limit=None) if not item.own]
    expected = Counter(item.closeness for item in ranked)
    counts = closeness_counts(shared_db, place, needs, budget)
    assert counts == {key: expected.get(key, 0) for key in ("very_close", "close", "further")}
    assert sum(counts.values()) == len(ranked)
    left_out = ranked[0].id
    fewer = closeness_counts(shared_db, place, needs, budget, without_ids=[left_out])
    assert fewer[ranked[0].closeness] == counts[ranked[0].closeness] - 1
