"""The lost-server bar keeps one retry per kind of action and runs them all, in order."""

from __future__ import annotations

from territoria.ui.connection_bar import ConnectionBar


def test_every_pending_kind_is_retried_in_order_and_a_success_clears_only_its_own(qtbot):
    bar = ConnectionBar()
    qtbot.addWidget(bar)
    ran: list[str] = []
    bar.show_failure("Le serveur ne répond pas.", lambda: ran.append("save 1"), "save")
    bar.show_failure("Le serveur ne répond pas.", lambda: ran.append("results"), "results")
    bar.show_failure("Le serveur ne répond pas.", lambda: ran.append("save 2"), "save")  # replaces the first save
    assert bar.isVisible() and bar.pending == ("results", "save") and bar.kind == "save"
    bar.clear("counts")  # a success of another kind: nothing changes
    assert bar.isVisible() and bar.pending == ("results", "save")
    bar.clear("save")
    assert bar.isVisible() and bar.pending == ("results",) and bar.kind == "results"
    bar.show_failure("Le serveur ne répond pas.", lambda: ran.append("save 3"), "save")
    bar.retry_button.click()
    assert ran == ["results", "save 3"] and not bar.isVisible() and bar.pending == ()


def test_closing_the_message_drops_the_retries(qtbot):
    bar = ConnectionBar()
    qtbot.addWidget(bar)
    ran: list[str] = []
    bar.show_failure("Le serveur ne répond pas.", lambda: ran.append("search"), "search")
    bar.close_button.click()
    assert not bar.isVisible() and bar.pending == () and bar.kind == ""
    bar.retry()
    assert ran == []
