"""Services say why with codes and values; one Qt-free catalogue writes every code in French."""

from __future__ import annotations

from datetime import date

import pytest
from commune_synthetic import add_initiative
from reason_samples import ALL_CODES, SAMPLES

from territoria.domain import messages_fr
from territoria.domain.messages_fr import reason_fr, reasons_fr
from territoria.domain.reasons import Reason
from territoria.services import comparable, eligibility
from territoria.services.communes import find_place
from territoria.services.comparable import comparable_for
from territoria.services.eligibility import schemes_for


def test_every_code_the_services_declare_has_its_french_words_and_a_sample():
    assert ALL_CODES == set(SAMPLES), "give each new code a sample here"
    assert ALL_CODES <= set(messages_fr.REASONS), sorted(ALL_CODES - set(messages_fr.REASONS))
    for code, reason in SAMPLES.items():
        text = reason_fr(reason)
        assert text and text != code and "{" not in text and "None" not in text, (code, text)
    assert str(SAMPLES["same_region"]) == "Même région : Normandie"  # str() is the French sentence
    assert reason_fr(Reason.of("no_such_code")) == "no_such_code"  # never an error


def test_the_catalogue_writes_the_sentences_people_already_read():
    assert reason_fr(SAMPLES["population_close"]) == "Commune de taille comparable : 1\u202f055\u00a0hab."
    assert reason_fr(SAMPLES["population_larger"]) == "Intercommunalité plus grande : 83\u202f758\u00a0hab."
    assert reason_fr(SAMPLES["population_smaller"]) == "Département plus petit : 5\u202f000\u00a0hab."
    assert reason_fr(SAMPLES["theme_need"]) == "Répond à vos besoins : Sécurité juridique, Eau"
    assert reason_fr(Reason.of("theme_need", themes=("legal",))) == "Répond à votre besoin : Sécurité juridique"
    assert reason_fr(SAMPLES["status_production"]) == "Projet en service depuis 2024"
    assert reason_fr(SAMPLES["status_pilot"]) == "Expérimentation en cours"
    assert reason_fr(SAMPLES["businesses_only"]) == (
        "Réservé aux entreprises (TPE, PME, ETI) : votre département ne peut pas en bénéficier lui-même, "
        "mais peut le faire connaître aux entreprises de son territoire")
    assert reason_fr(SAMPLES["open_to"]) == "Ouvert aux communes, dont votre commune ; candidatures jusqu'au 31 mars 2026"
    assert reason_fr(SAMPLES["outside_territory"]) == "Réservé au territoire : Occitanie (votre région : Normandie)"
    assert reason_fr(SAMPLES["territory_unknown"]) == (
        "Ouvert aux collectivités, mais la source ne dit pas sur quel territoire : territoire à vérifier auprès du "
        "financeur (ID77)")
    assert messages_fr.verdict_label("eligible") == "Vous pouvez en bénéficier"
    assert messages_fr.closeness_label("further") == "À regarder"


def test_ranking_reasons_are_codes_with_values(shared_db):
    ranked = comparable_for(shared_db, "commune", "61382", limit=None)
    first = ranked[0]
    assert [r.code for r in first.reasons][:1] == ["population_close"]
    assert first.reasons[0].as_dict() == {"kind": "commune", "population": 1055}
    assert Reason.of("same_commune", name="Saint-Denis-sur-Sarthon") in first.reasons
    assert any(r.code == "status_production" for r in first.reasons)
    emitted = {reason.code for item in ranked for reason in item.reasons}
    assert emitted <= comparable.REASON_CODES, sorted(emitted - comparable.REASON_CODES)
    assert {"population_close", "same_region", "reach"} <= emitted
    for item in ranked:  # the values are data, never sentences
        for reason in item.reasons:
            assert all(not isinstance(v, str) or " : " not in v for _k, v in reason.values), reason
        assert reasons_fr(item.reasons)


def test_budget_and_needs_give_their_codes(db):
    dear = add_initiative(db, "village-cher", commune="09103", budget=300_000, themes=("legal",))
    cheap = add_initiative(db, "village-econome", commune="09103", status="pilot", budget=20_000, start="2023")
    place = find_place(db, "commune", "61382")
    by_id = {item.id: item for item in comparable.rank_initiatives(db, place, ("legal",), 50_000, limit=None)}
    assert Reason.of("budget_over", amount=300_000.0) in by_id[dear].reasons
    assert Reason.of("budget_within", amount=20_000.0) in by_id[cheap].reasons
    assert Reason.of("theme_need", themes=("legal",)) in by_id[dear].reasons
    assert not any(r.code == "theme_need" for r in by_id[cheap].reasons)
    codes = {reason.code for item in by_id.values() for reason in item.reasons}
    assert "budget_unknown" in codes and codes <= comparable.REASON_CODES


@pytest.mark.parametrize("insee", ["61382", "13055", "93048"])
def test_scheme_verdict_reasons_are_codes_with_values(shared_db, insee):
    verdicts = schemes_for(shared_db, "commune", insee, date(2026, 11, 22))
    for verdict in verdicts:
        assert verdict.verdict in eligibility.VERDICTS and verdict.reason.code in eligibility.REASON_CODES
        assert reason_fr(verdict.reason) != verdict.reason.code
    relay = [v for v in verdicts if v.verdict == "relay_to_businesses"]
    assert relay and all(v.reason.code in {"businesses_only", "other_audiences", "audience_unknown"} for v in relay)


class _Recorder:
    """A progress that keeps what each step says."""

    def __init__(self) -> None:
        self.said: list[object] = []

    def step(self, done: int, total: int, text: object = "") -> None:
        self.said.append(text)


def test_long_work_says_its_steps_as_codes(shared_db, tmp_path):
    from territoria.reports.exports import export_dossier_pdf
    from territoria.services.progress import PROGRESS_CODES

    recorder = _Recorder()
    export_dossier_pdf(shared_db, "commune", "61382", tmp_path / "d.pdf", progress=recorder)
    steps = [text for text in recorder.said if text]
    assert steps and all(isinstance(text, Reason) and text.code in PROGRESS_CODES for text in steps), steps
    assert [reason_fr(text) for text in steps][:2] == ["Recherche des projets comparables…", "Mise en page du dossier…"]
    assert reason_fr(SAMPLES["progress_layout"]) == "Mise en page : 1\u202f000 / 12\u202f000 initiatives"


def test_the_dossier_in_memory_says_its_steps_as_codes(shared_db):
    from territoria.reports.in_memory import dossier_pdf_bytes

    recorder = _Recorder()
    data = dossier_pdf_bytes(shared_db, "commune", "61382", progress=recorder)
    assert data.startswith(b"%PDF")
    assert [text.code for text in recorder.said if text] == ["progress_comparable", "progress_dossier_layout"]
