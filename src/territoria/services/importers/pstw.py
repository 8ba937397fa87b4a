"""Preset ``pstw``: the JRC *Public Sector Tech Watch* dataset of selected cases (CSV, CC BY 4.0).

One country is selected (``--country``, matched without regard to case and spaces) and, by
default, only the cases whose primary or secondary technology is artificial intelligence.
Every selected row becomes an initiative — a responsible organisation that cannot be linked
to a collectivité with confidence stays an organisation of its own, flagged "à vérifier".

Mapping tables (documented here, tested in tests/services/test_importers_pstw.py):

- ``STATUSES``: PSTW status -> our status;
- ``COFOG_THEMES`` (level I) and ``COFOG2_THEMES`` (level II, more precise) -> themes;
- ``AI_CLASS_TECHNIQUES`` (AI classification I and II) and ``KEYWORD_TECHNIQUES``
  (AI keywords, searched as words) -> techniques (``unspecified`` when none applies);
- ``CATEGORY_KINDS`` and ``NAME_KINDS``: the organisation's kind. Names come first: a
  hospital, a university, a prefecture or a port authority stays what it is even when the
  file files it under "Local Government".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from territoria.domain.text import fold
from territoria.services.importers.columns import column_map
from territoria.services.importers.common import (
    Converted,
    ImportOptions,
    MatcherFactory,
    is_url,
    parse_date,
    parse_year,
)
from territoria.services.importers.geo_match import NUTS1_REGIONS, NUTS3_DEPARTEMENTS
from territoria.services.importers.readers import open_csv
from territoria.services.importers.records import clean_text, slugify
from territoria.services.importers.report import outcome

PUBLISHER = "European Commission, JRC — Public Sector Tech Watch"
DOI = "10.2905/JRC.J1MWC9R"
LICENCE = "CC-BY-4.0"
ATTRIBUTION = f"{PUBLISHER}, doi:{DOI} — © European Union, CC BY 4.0"
DATASET_SOURCE = "pstw-dataset"

REQUIRED = ("PSTW ID", "Name", "Geographical coverage (country)", "Responsible organisation", "Status",
            "Primary Technology")
OPTIONAL = ("Website", "Description", "Geographical extent", "NUTS 2021", "Responsible organisation category",
            "Functions of Government (COFOG level I)", "Functions of Government (COFOG level II)",
            "Start Year", "End Year", "Secondary Technology", "AI Classification (I)",
            "AI Classification Subdomain (II) (main)", "AI Classification Subdomain (II) (Other I)",
            "AI Classification Subdomain (II) (Other II)", "AI Classification Subdomain (II) (Other III)",
            "AI Keywords", "Date updated")

STATUSES: dict[str, str] = {
    "planned": "idea", "in development": "idea", "pilot": "pilot", "implemented": "production",
    "not in use": "stopped",
}
COFOG_THEMES: dict[str, tuple[str, ...]] = {
    "general public services": ("administration",),
    "defence": (),
    "public order and safety": ("legal",),
    "economic affairs": ("economy",),
    "environmental protection": ("environment",),
    "housing and community amenities": ("public_services",),
    "health": ("health",),
    "recreation culture and religion": ("culture",),
    "education": ("education",),
    "social protection": ("social",),
}
COFOG2_THEMES: dict[str, str] = {
    "transport": "mobility", "fuel and energy": "energy", "agriculture forestry fishing and hunting": "agriculture",
    "water supply": "water", "waste management": "waste", "wastewater management": "water",
    "law courts": "legal", "mining manufacturing and construction": "industry", "unemployment": "employment",
    "general economic commercial and labour affairs": "employment", "basic research": "research",
    "r d general public services": "research", "tourism": "tourism", "cultural services": "culture",
}
AI_CLASS_TECHNIQUES: dict[str, str] = {
    "communication": "nlp", "natural language processing": "nlp", "perception": "vision",
    "computer vision": "vision", "audio processing": "speech", "learning": "prediction",
    "machine learning": "prediction", "planning": "optimisation", "planning and scheduling": "optimisation",
    "optimisation": "optimisation", "searching": "optimisation", "reasoning": "data_analysis",
    "automated reasoning": "data_analysis", "knowledge representation": "data_analysis",
}
KEYWORD_TECHNIQUES: dict[str, str] = {
    "chatbot": "chatbot", "virtual assistant": "chatbot", "conversational": "chatbot",
    "generative": "generative", "llm": "generative", "large language model": "generative", "gpt": "generative",
    "face recognition": "vision", "image processing": "vision", "image recognition": "vision",
    "object recognition": "vision", "computer vision": "vision", "video": "vision",
    "speech": "speech", "voice": "speech", "translation": "translation",
    "natural language": "nlp", "text mining": "nlp", "text analysis": "nlp",
    "prediction": "prediction", "predictive": "prediction", "forecast": "prediction",
    "recommender system": "optimisation", "optimisation": "optimisation", "optimization": "optimisation",
    "data analytics": "data_analysis", "decision support": "data_analysis", "sensor network": "data_analysis",
}
CATEGORY_KINDS: dict[str, str] = {
    "central government": "state", "academic research": "research", "non governmental": "association",
    "private": "company", "private sector": "company", "company": "company",
    "european institution agency": "public_body", "consortium": "other",
}
#: Collectivité categories: the name is looked up in the reference geography.
LOCAL_CATEGORIES = frozenset({"local government", "regional government"})
NAME_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), k) for p, k in (
    (r"\b(hospital|hospitals|hopital|hopitaux|chu|chru|ap hp|clinic|clinique|hospitalier|health agency)\b",
     "public_body"),
    (r"\b(universit\w*|ecole|school|institute|institut|inria|cnrs|inserm|laborator\w*|academ\w*)\b", "research"),
    (r"\b(prefecture|prefet|ministry|ministere|customs|douanes?|police|gendarmerie|court|tribunal|"
     r"directorate|direction generale|national)\b", "state"),
    (r"\b(port|chambers?|chambre|fund|caisse|insurance|agency|agence|office)\b", "public_body"),
))
_AI = "artificial intelligence"


def _kind_from_name(name: str) -> str | None:
    folded = fold(name)
    for pattern, kind in NAME_KINDS:
        if pattern.search(folded):
            return kind
    return None


def themes_for(cofog1: str, cofog2: str, fold: Callable[[str], str] = fold) -> list[str]:
    """Themes of a case from its COFOG functions (level II refines level I)."""
    themes: list[str] = []
    for part in re.split(r"[;,]", cofog1):
        themes += COFOG_THEMES.get(fold(part), ())
    for part in re.split(r"[;]", cofog2):
        theme = COFOG2_THEMES.get(fold(part))
        if theme:
            themes.append(theme)
    return list(dict.fromkeys(themes))


def techniques_for(classes: list[str], keywords: str, fold: Callable[[str], str] = fold) -> list[str]:
    """Techniques of a case from its AI classification and keywords."""
    found: list[str] = []
    folded_keywords = f" {fold(keywords)} "
    for word, technique in KEYWORD_TECHNIQUES.items():
        if f" {word} " in folded_keywords:
            found.append(technique)
    for value in classes:
        technique = AI_CLASS_TECHNIQUES.get(fold(value))
        if technique:
            found.append(technique)
    return list(dict.fromkeys(found)) or ["unspecified"]


def _place(nuts: str) -> dict[str, str]:
    nuts = nuts.strip().upper()
    if nuts[:5] in NUTS3_DEPARTEMENTS:
        return {"place_departement_code": NUTS3_DEPARTEMENTS[nuts[:5]]}
    for size in (4, 3):
        if nuts[:size] in NUTS1_REGIONS:
            return {"place_region_code": NUTS1_REGIONS[nuts[:size]]}
    return {}


def convert(path: Path, options: ImportOptions, matcher: MatcherFactory) -> Converted:
    """Read a PSTW CSV and map the selected cases to initiatives."""
    result = Converted(publisher_id="jrc-pstw", publisher_name=PUBLISHER, licence=LICENCE,
                       title=f"Public Sector Tech Watch — {options.country.strip()}"
                       + ("" if options.all_technologies else " (intelligence artificielle)"))
    records = result.records
    # the same categories, countries and functions recur on every row: fold each once
    cfold = lru_cache(maxsize=8192)(fold)
    country = fold(options.country)
    seen: dict[str, int] = {}
    latest = ""
    with open_csv(path) as table:
        cols, result.warnings = column_map(path, table.header, REQUIRED, OPTIONAL, warn_unknown=False)
        records.add("sources", {
            "id": DATASET_SOURCE, "title": "Public Sector Tech Watch — latest dataset of selected cases",
            "publisher": PUBLISHER, "url": f"https://doi.org/{DOI}", "url_is_article": False,
            "licence": LICENCE, "attribution": ATTRIBUTION,
        })
        for row in table.rows:
            def get(name: str) -> str:
                return row.cells.get(cols.get(name, ""), "").strip()

            pstw_id = get("PSTW ID")
            external = f"pstw:{pstw_id}" if pstw_id else ""
            title = clean_text(get("Name"))
            if row.width != len(table.header):
                result.outcomes.append(outcome(row.line, [f"{row.width} cellules au lieu de {len(table.header)}"],
                                               external, title, skipped=True))
                continue
            row_country = cfold(get("Geographical coverage (country)"))
            if row_country != country:
                result.outcomes.append(outcome(row.line, [f"autre pays ({get('Geographical coverage (country)')})"],
                                               external, title, skipped=True))
                continue
            technologies = {cfold(get("Primary Technology")), cfold(get("Secondary Technology"))} - {""}
            if not options.all_technologies and _AI not in technologies:
                result.outcomes.append(outcome(
                    row.line, [f"technologie hors IA ({get('Primary Technology') or 'non précisée'}) : "
                               "--all-technologies pour l'inclure"], external, title, skipped=True))
                continue
            if not pstw_id or not title:
                result.outcomes.append(outcome(row.line, ["identifiant PSTW ou nom vide"], external, title,
                                               skipped=True))
                continue
            if pstw_id in seen:
                result.outcomes.append(outcome(row.line, [f"identifiant {pstw_id} en double (déjà ligne "
                                                          f"{seen[pstw_id]})"], external, title, skipped=True))
                continue
            seen[pstw_id] = row.line
            reasons: list[str] = []
            updated = parse_date(get("Date updated")) or ""
            latest = max(latest, updated)
            sources = [DATASET_SOURCE]
            website = get("Website")
            if website and is_url(website):
                sources.insert(0, records.add("sources", {
                    "id": slugify(f"pstw-{pstw_id}-site"), "title": title, "publisher": PUBLISHER,
                    "url": website, "url_is_article": True, "licence": LICENCE, "attribution": ATTRIBUTION,
                }))
            elif website:
                reasons.append(f"site « {website[:60]} » n'est pas une adresse web")
            lead = _lead(records, get("Responsible organisation"), get("Responsible organisation category"),
                         get("NUTS 2021"), matcher, reasons, cfold)
            status = STATUSES.get(cfold(get("Status")))
            if status is None:
                reasons.append(f"statut « {get('Status')} » inconnu : noté « Projet »")
            start, end = get("Start Year"), get("End Year")
            start_year, end_year = parse_year(start), parse_year(end)
            for label, raw, parsed in (("début", start, start_year), ("fin", end, end_year)):
                if raw and parsed is None:
                    reasons.append(f"année de {label} « {raw} » illisible : laissée vide")
            place = _place(get("NUTS 2021"))
            if lead is None and not place:  # the format needs a lead or a place: say so, keep nothing false
                result.outcomes.append(outcome(row.line, ["ni organisation responsable ni lieu (NUTS) : "
                                                          "fiche impossible à situer"], external, title, skipped=True))
                continue
            classes = [get(c) for c in OPTIONAL if c.startswith("AI Classification")]
            record = {
                "id": slugify(pstw_id, "pstw"), "external_id": external, "language": "en", "title": title,
                "summary": clean_text(get("Description")), "lead": lead,
                "themes": themes_for(get("Functions of Government (COFOG level I)"),
                                     get("Functions of Government (COFOG level II)"), cfold),
                "techniques": techniques_for(classes, get("AI Keywords"), cfold),
                "status": status or "idea", "start_date": start_year, "end_date": end_year,
                "last_checked": updated if len(updated) == 10 else None, "sources": sources, **place,
            }
            records.add("initiatives", record)
            result.outcomes.append(outcome(row.line, reasons, external, title))
    if latest:
        records.records["sources"][DATASET_SOURCE]["published"] = latest
    return result


def _lead(records, name: str, category: str, nuts: str, matcher: MatcherFactory, reasons: list[str],
          fold: Callable[[str], str] = fold) -> str | None:
    name = clean_text(name)
    if not name:
        reasons.append("organisation responsable non précisée")
        return None
    kind = _kind_from_name(name) or CATEGORY_KINDS.get(fold(category))
    codes: dict[str, str] = {}
    if kind is None and fold(category) in LOCAL_CATEGORIES | {""}:
        resolution = matcher().resolve(name, nuts)
        if resolution.link is not None:
            kind, codes = resolution.link.kind, dict(resolution.link.fields)
        else:
            kind = "other"
            reasons.append(resolution.review)
    return records.organisation(name, kind or "other", DATASET_SOURCE, **codes)
