"""Opening and closing dates: month precision, announced openings, verdicts as of a date."""

from __future__ import annotations

import json
from datetime import date

import pytest

from territoria.cli import main
from territoria.domain.messages_fr import reason_fr
from territoria.domain.reasons import Reason
from territoria.services.communes import Place
from territoria.services.eligibility import VERDICTS, closing_day, judge, opening_day, schemes_for
from territoria.services.records import SchemeDetail

COMMUNE = Place("commune", "61382", "Saint-Denis-sur-Sarthon", "Saint-Denis-sur-Sarthon (61)", 1055)


def _scheme(opens=None, closes=None, announced=None, audiences=("commune",)) -> SchemeDetail:
    return SchemeDetail(
        id=1, slug="s", name="S", programme_id=None, programme_name=None, operator=None, summary="",
        audiences=tuple(audiences), territory_scope="national", territory_code=None, territory_name=None,
        aid_types=(), amount_min_eur=None, amount_max_eur=None, rate_max_percent=None, budget_eur=None,
        opens=opens, closes=closes, recurrence=None, url=None, sources=(), opens_announced=announced)


def test_month_precision_opens_on_the_first_and_closes_on_the_last_day():
    assert opening_day("2025-07") == date(2025, 7, 1) and opening_day("2025-07-15") == date(2025, 7, 15)
    assert closing_day("2025-02") == date(2025, 2, 28) and closing_day("2024-02") == date(2024, 2, 29)
    assert closing_day("2025-12") == date(2025, 12, 31) and closing_day("2025-03-10") == date(2025, 3, 10)
    monthly = _scheme(opens="2025-07", closes="2025-09")
    verdict, reason = judge(monthly, COMMUNE, True, date(2025, 6, 30))
    assert (verdict, reason.code, reason["opens"]) == ("not_yet_open", "opens_on", "2025-07")
    assert reason_fr(reason) == "Ouverture prévue en juillet 2025"
    assert judge(monthly, COMMUNE, True, date(2025, 7, 1))[0] == "eligible"
    assert judge(monthly, COMMUNE, True, date(2025, 9, 30))[0] == "eligible"
    assert judge(monthly, COMMUNE, True, date(2025, 10, 1))[0] == "closed"
    daily = _scheme(opens="2025-07-15")
    verdict, reason = judge(daily, COMMUNE, True, date(2025, 7, 14))
    assert verdict == "not_yet_open" and reason_fr(reason) == "Ouverture prévue le 15 juillet 2025"


def test_an_announced_opening_is_not_open_until_a_source_says_so():
    announced = _scheme(announced="fin 2025")
    for day in (date(2025, 9, 1), date(2030, 1, 1)):
        verdict, reason = judge(announced, COMMUNE, True, day)
        assert verdict == "not_yet_open" and reason == Reason.of("opens_announced", announced="fin 2025")
        assert reason_fr(reason).startswith("Annoncé pour fin 2025")
        assert "tant qu'aucune source ne confirme son ouverture" in reason_fr(reason)
    # once a source gives the date, the date decides
    confirmed = _scheme(opens="2025-12", announced="fin 2025")
    assert judge(confirmed, COMMUNE, True, date(2026, 1, 5))[0] == "eligible"


def test_precedence_outside_then_closed_then_not_yet_open():
    future = _scheme(opens="2030-01", closes="2020-01")
    assert judge(future, COMMUNE, False, date(2025, 1, 1))[0] == "outside_territory"
    assert judge(future, COMMUNE, True, date(2025, 1, 1))[0] == "closed"
    assert judge(_scheme(opens="2030-01", audiences=("pme",)), COMMUNE, True, date(2025, 1, 1))[0] == "not_yet_open"
    assert list(VERDICTS).index("not_yet_open") < list(VERDICTS).index("outside_territory")


def test_osez_ia_verdicts_depend_on_the_day(shared_db):
    before = {v.slug: v for v in schemes_for(shared_db, "commune", "61382", date(2025, 6, 30))}
    after = {v.slug: v for v in schemes_for(shared_db, "commune", "61382", date(2025, 7, 1))}
    assert before["osez-ia-diagnostic-bpifrance"].verdict == "not_yet_open"
    assert reason_fr(before["osez-ia-diagnostic-bpifrance"].reason) == "Ouverture prévue le 1er juillet 2025"
    assert after["osez-ia-diagnostic-bpifrance"].verdict == "relay_to_businesses"
    assert before["osez-ia-academie"].verdict == after["osez-ia-academie"].verdict == "not_yet_open"


def test_cli_schemes_as_of_a_date(data_dir, capsys):
    def verdicts(day: str) -> dict[str, str]:
        assert main(["--data-dir", str(data_dir), "schemes", "--commune", "61382", "--date", day, "--json"]) == 0
        return {row["slug"]: row["verdict"] for row in json.loads(capsys.readouterr().out)}

    assert verdicts("2025-06-01")["osez-ia-grand-dialogue-national"] == "not_yet_open"
    assert verdicts("2025-07-02")["osez-ia-grand-dialogue-national"] == "relay_to_businesses"
    assert main(["--data-dir", str(data_dir), "schemes", "--commune", "61382", "--date", "2025-06-01"]) == 0
    assert "Pas encore ouvert :" in capsys.readouterr().out
    with pytest.raises(SystemExit) as bad:
        main(["--data-dir", str(data_dir), "schemes", "--commune", "61382", "--date", "1er juin"])
    assert bad.value.code == 2 and "date AAAA-MM-JJ attendue" in capsys.readouterr().err


def test_calendar_wording_follows_the_precision_of_the_dates(shared_db):
    from pdf_tools import page_texts, squash
    from truth_helpers import record_id

    from territoria.reports.exports import report_context
    from territoria.reports.fields import scheme_calendar
    from territoria.reports.scheme_sheet import scheme_pdf
    from territoria.services.records import get_scheme

    assert scheme_calendar(_scheme(opens="2025-07")) == "à partir de juillet 2025"
    assert scheme_calendar(_scheme(opens="2025-07-01", closes="2025-09-30")) == "du 1er juillet 2025 au 30 septembre 2025"
    assert scheme_calendar(_scheme(opens="2025-07", closes="2025-09")) == "de juillet 2025 à septembre 2025"
    academie = get_scheme(shared_db, record_id(shared_db, "schemes", "osez-ia-academie"))
    assert academie.opens is None and academie.opens_announced == "fin 2025"
    sheet = squash(" ".join(page_texts(scheme_pdf(academie, report_context(shared_db)))))
    assert squash("ouverture annoncée pour fin 2025, date non confirmée") in sheet
