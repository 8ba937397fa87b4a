"""On a server database, each user (PostgreSQL role) has their own stars, saved searches,
"Ma commune" profile and notes; on SQLite the one user's data is unchanged."""

from __future__ import annotations

from server_users import server_users
from sqlalchemy import text

from territoria.services.notes import get_note, list_notes, parse_ref, set_note
from territoria.services.profile import clear_choice, load_choice, save_choice
from territoria.services.search import SearchRequest, fetch_rows, search
from territoria.services.selection import (
    clear_selection,
    list_saved_searches,
    save_search,
    selection_ids,
    set_starred,
)


def _two_ids(db) -> tuple[int, int]:
    ids = search(db, SearchRequest("")).ids
    return ids[0], ids[1]


def test_each_server_user_sees_only_their_own_user_data(server_db):
    first, second = _two_ids(server_db)
    with server_users(server_db) as (alice, bob):
        set_starred(alice, first, True)
        set_starred(bob, second, True)
        set_starred(bob, first, True)  # the same record starred by both: two rows
        assert selection_ids(alice) == [first]
        assert set(selection_ids(bob)) == {first, second}
        assert [r.starred for r in fetch_rows(alice, [first, second])] == [True, False]
        assert search(alice, SearchRequest("", filters={"selection": ["yes"]})).ids == (first,)

        save_search(alice, "Mes veilles", "chatbot", {})
        save_search(bob, "Mes veilles", "cyber", {})  # the same name for another user
        assert [(s.name, s.query) for s in list_saved_searches(alice)] == [("Mes veilles", "chatbot")]
        assert [(s.name, s.query) for s in list_saved_searches(bob)] == [("Mes veilles", "cyber")]

        save_choice(alice, "commune", "26362")
        assert load_choice(bob) is None
        save_choice(bob, "departement", "26")
        assert (load_choice(alice).kind, load_choice(alice).code) == ("commune", "26362")
        assert (load_choice(bob).kind, load_choice(bob).code) == ("departement", "26")

        ref = parse_ref(alice, f"initiative:{first}")
        set_note(alice, ref, "note d'Alice")
        assert get_note(bob, "initiative", ref.slug) is None and list_notes(bob) == []
        set_note(bob, ref, "note de Bob")
        assert get_note(alice, "initiative", ref.slug) == "note d'Alice"
        assert [n.text for n in list_notes(bob)] == ["note de Bob"]

        clear_selection(bob)
        clear_choice(bob)
        assert selection_ids(bob) == [] and load_choice(bob) is None
        assert selection_ids(alice) == [first] and load_choice(alice) is not None
        with alice.engine.connect() as connection:
            owners = {row[0] for row in connection.execute(text("SELECT DISTINCT user_name FROM user_notes"))}
            me = connection.execute(text("SELECT current_user")).scalar()
        assert me in owners and len(owners) == 2


def test_on_sqlite_user_rows_carry_the_constant_user_name(db):
    first, _second = _two_ids(db)
    set_starred(db, first, True)
    save_choice(db, "commune", "26362")
    save_choice(db, "commune", "26198")  # the one profile row is replaced
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT user_name FROM user_selection")).scalars().all() == [""]
        assert connection.execute(text("SELECT code, user_name FROM user_profile")).all() == [("26198", "")]


def test_exports_on_a_server_print_each_users_own_note_and_commune(server_db, tmp_path):
    from pdf_tools import page_texts, squash

    from territoria.reports.exports import export_csv, export_dossier_pdf, initiative_pdf_bytes

    first, _second = _two_ids(server_db)
    with server_users(server_db) as (alice, bob):
        ref = parse_ref(alice, f"initiative:{first}")
        set_note(alice, ref, "Rappeler la mairie en janvier")
        alice_pdf = squash(" ".join(page_texts(initiative_pdf_bytes(alice, first, with_note=True))))
        bob_pdf = squash(" ".join(page_texts(initiative_pdf_bytes(bob, first, with_note=True))))
        assert squash("Rappeler la mairie en janvier") in alice_pdf and squash("Rappeler la mairie") not in bob_pdf
        assert squash(ref.title)[:30] in alice_pdf
        save_choice(alice, "commune", "31555")
        dossier = export_dossier_pdf(alice, "commune", "31555", tmp_path / "dossier.pdf")
        assert squash("Toulouse") in squash(" ".join(page_texts(dossier)))
        set_starred(bob, first, True)
        export_csv(bob, selection_ids(bob), tmp_path / "selection.csv")
        assert ref.title in (tmp_path / "selection.csv").read_text(encoding="utf-8-sig")
