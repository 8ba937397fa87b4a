"""The TOML the importers write (``importers.writer.dump_toml``) reads back as the same records."""

from __future__ import annotations

import tomllib

import pytest

from territoria.services.importers.writer import dump_toml


@pytest.mark.parametrize("value", [
    "plain", 'a "quoted" word', "back\\slash", "tab\there", "line\nbreak", "del\x7fchar", "é ß Œ",
    ["a", "b"], ["a \"b\"", "c"], ["x\\y"], ["ctrl\x01"], ['"'], [], ["only"], [1, 2], [1.5, "a"],
    12000.0, 3, True, {"k": "v"},
])
def test_every_value_reads_back(value):
    record = {"id": "x", "field": value}
    text = dump_toml({"initiative": [record, {"id": "y"}]})
    assert tomllib.loads(text) == {"initiative": [record, {"id": "y"}]}


def test_texts_and_lists_of_texts_are_written_inline():
    text = dump_toml({"initiative": [{"id": "x", "themes": ["water", "data"]}]})
    assert text == '[[initiative]]\nid = "x"\nthemes = ["water", "data"]\n'
