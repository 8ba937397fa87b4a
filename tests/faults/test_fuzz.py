"""Every command's arguments fuzzed with the whole of Unicode, lone surrogates included.

Run in-process (a real argv cannot carry lone surrogates, but Python turns undecodable
bytes of an argv into them). Whatever comes in, a command returns 0, 1 or 2 — or argparse
exits with 0 (help) or 2 — and never lets an exception out.
"""

from __future__ import annotations

import argparse
import shutil

import pytest
from harness import scaled
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from territoria.cli import build_parser, main

ANY_TEXT = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=()), max_size=40)


def _commands() -> dict[str, list[str]]:
    """{command path: its option strings}, sub-commands (``backup list``…) included."""
    found: dict[str, list[str]] = {}

    def walk(parser: argparse.ArgumentParser, prefix: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*prefix, name])
        if prefix:
            options = [s for a in parser._actions for s in a.option_strings if s not in ("-h", "--help")]
            found[" ".join(prefix)] = options

    walk(build_parser(), [])
    return found


COMMANDS = _commands()


def _safe(token: str) -> bool:
    """Tokens that could name a file outside the test's folder are left out (the fuzz writes files)."""
    return not token.startswith(("/", "~", "\\")) and ".." not in token and ":" not in token[:3]


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory, user_template):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "data").mkdir()
    shutil.copyfile(user_template, folder / "data" / "territoria.sqlite")
    return folder


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_fuzz_command_arguments(command, fuzz_dir, monkeypatch, capsys, tally):
    monkeypatch.chdir(fuzz_dir)  # relative file names land in the test's folder
    options = COMMANDS[command]
    token = st.one_of(ANY_TEXT, st.sampled_from(options)) if options else ANY_TEXT
    calls = {"n": 0, "crashes": 0}

    @settings(max_examples=scaled(8), deadline=None, derandomize=False, database=None,
              suppress_health_check=list(HealthCheck))
    @given(st.lists(token, max_size=6).filter(lambda tokens: all(_safe(t) for t in tokens)))
    def run(tokens: list[str]) -> None:
        calls["n"] += 1
        argv = ["--data-dir", str(fuzz_dir / "data"), *command.split(), *tokens]
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code
        except Exception:
            calls["crashes"] += 1
            raise
        finally:
            capsys.readouterr()
        assert code in (0, 1, 2), (argv, code)

    try:
        run()
    finally:
        tally.add("hypothesis fuzzing of arguments (in-process)", commands=1, calls=calls["n"],
                  tracebacks=calls["crashes"])
