"""One reason of every code the services can emit, with the values they give it (shared by tests)."""

from __future__ import annotations

from territoria.domain.reasons import Reason
from territoria.services import comparable, eligibility, notes, profile, progress, selection
from territoria.services.comparable import explain_weights

#: Every code the services can emit, from their own declarations.
ALL_CODES = (comparable.REASON_CODES | comparable.WEIGHT_CODES | eligibility.REASON_CODES
             | eligibility.AMOUNT_CODES | progress.PROGRESS_CODES | selection.ERROR_CODES | notes.ERROR_CODES
             | profile.ERROR_CODES)

#: One reason of every code with the values the services give it (a new code needs its sample).
SAMPLES: dict[str, Reason] = {reason.code: reason for reason in (
    Reason.of("population_close", kind="commune", population=1055),
    Reason.of("population_larger", kind="epci", population=83758),
    Reason.of("population_smaller", kind="departement", population=5000),
    Reason.of("lead_not_collectivite", lead="Atelier numérique"),
    Reason.of("place_population_close", population=965),
    Reason.of("place_population_larger", population=12_000),
    Reason.of("place_population_smaller", population=120),
    Reason.of("lead_inferred", lead="Métropole de Lyon"),
    Reason.of("same_commune", name="Saint-Denis-sur-Sarthon"),
    Reason.of("same_epci", name="CU d'Alençon"),
    Reason.of("same_departement", name="Orne"),
    Reason.of("same_region", name="Normandie"),
    Reason.of("reach", lead_kind="region", kind="commune"),
    Reason.of("theme_need", themes=("legal", "water")),
    Reason.of("status_production", year=2024),
    Reason.of("status_pilot", year=None),
    Reason.of("status_idea"), Reason.of("status_stopped"), Reason.of("status_unknown"), Reason.of("status_other"),
    Reason.of("budget_unknown"),
    Reason.of("budget_within", amount=20_000.0),
    Reason.of("budget_over", amount=3_600_000.0),
    *explain_weights(),
    Reason.of("outside_members", territory="Métropole du Grand Paris", kind="commune"),
    Reason.of("outside_territory", territory="Occitanie", level="region", mine="Normandie"),
    Reason.of("closed", closes="2024-06-30", yearly=True),
    Reason.of("opens_on", opens="2025-07"),
    Reason.of("opens_announced", announced="fin 2025"),
    Reason.of("open_to", whom=("commune",), territory=None, kind="commune", closes="2026-03-31"),
    Reason.of("open_to_members", whom=("commune",), territory="Métropole du Grand Paris", kind="commune",
              closes=None),
    Reason.of("open_to_staff", whom=("elected", "public_agent"), territory="Normandie", kind="commune", closes=None),
    Reason.of("territory_unknown", whom=("collectivite",), operator="ID77", closes=None),
    Reason.of("audience_unknown", operator=None),
    Reason.of("businesses_only", audiences=("eti", "pme", "tpe"), kind="departement"),
    Reason.of("other_audiences", audiences=("citizen", "company"), kind="commune"),
    Reason.of("amount_range", low=5_000.0, high=200_000.0),
    Reason.of("amount_up_to", amount=200_000.0),
    Reason.of("amount_from", amount=1_500.0),
    Reason.of("rate_up_to", percent=40.0),
    Reason.of("envelope", amount=3_600_000.0),
    Reason.of("progress_pack_check"), Reason.of("progress_backup"), Reason.of("progress_folder_check"),
    Reason.of("progress_writing", kind="initiatives"), Reason.of("progress_withdrawing"),
    Reason.of("progress_search_index"),
    Reason.of("progress_export_rows", done=200, total=1200),
    Reason.of("progress_comparable"), Reason.of("progress_dossier_layout"), Reason.of("progress_contents"),
    Reason.of("progress_layout", done=1000, total=12000),
    Reason.of("error_search_name_empty"), Reason.of("error_search_name_too_long", length=130, maximum=120),
    Reason.of("error_search_name_taken", name="cantine"), Reason.of("error_search_gone"),
    Reason.of("error_unknown_place", kind="commune", code="12"),
    Reason.of("error_choice_unknown_place", kind="epci", code="200000000"),
    Reason.of("error_choice_unknown_need", need="licornes"), Reason.of("error_choice_budget"),
    Reason.of("error_note_not_text"), Reason.of("error_note_too_long", length=20_001, maximum=20_000),
)}
