"""A command line naming no command opens the window with the global options alone parsed
(the commands' parsers are not built before the window): the same namespace as the full parser."""

from __future__ import annotations

import pytest

from territoria.cli import build_parser, named_command


@pytest.mark.parametrize("argv", [
    [],
    ["--verbose"],
    ["--data-dir", "dossier"],
    ["--data-dir=dossier", "--verbose"],
    ["--database", "postgresql+psycopg://u@serveur/base", "--data-dir", "d"],
])
def test_the_window_parser_reads_the_global_options_as_the_full_parser_does(argv: list[str]) -> None:
    assert named_command(argv) is None
    window = build_parser(None, window=True)
    assert vars(window.parse_args(argv)) == vars(build_parser().parse_args(argv))
    assert window._subparsers is None  # no command's parser was built


def test_a_bad_global_option_is_refused_by_the_window_parser(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        build_parser(None, window=True).parse_args(["--data-dir"])
    assert stop.value.code == 2
