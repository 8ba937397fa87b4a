"""Controlled vocabularies with their French labels.

The slugs are what the database and the curated TOML files store; the labels are what
people read. Labels are plain French strings: the UI passes them through Qt translation
(``QCoreApplication.translate("vocab", label)``) so an English UI can show them too.
"""

from __future__ import annotations

from typing import Final

ORG_KINDS: Final[dict[str, str]] = {
    "commune": "Commune",
    "epci": "Intercommunalité",
    "departement": "Département",
    "region": "Région",
    "state": "État",
    "public_body": "Organisme public",
    "agency": "Agence régionale",
    "company": "Entreprise",
    "association": "Association",
    "research": "Recherche",
    "other": "Autre",
}

#: Kinds of organisation that are local authorities (collectivités territoriales).
COLLECTIVITE_KINDS: Final[tuple[str, ...]] = ("commune", "epci", "departement", "region")

#: The "lead kind" facet folds every non-collectivité into "other".
LEAD_KIND_FACET: Final[dict[str, str]] = {
    "commune": "Commune",
    "epci": "Intercommunalité",
    "departement": "Département",
    "region": "Région",
    "other": "Autre porteur",
}

PROGRAMME_KINDS: Final[dict[str, str]] = {
    "national_plan": "Plan national",
    "regional_plan": "Plan régional",
    "local_programme": "Programme local",
    "agency_programme": "Programme d'agence",
}

AUDIENCES: Final[dict[str, str]] = {
    "commune": "Communes",
    "epci": "Intercommunalités",
    "departement": "Départements",
    "region": "Régions",
    "collectivite": "Collectivités",
    "public_agent": "Agents publics",
    "elected": "Élus",
    "association": "Associations",
    "tpe": "TPE",
    "pme": "PME",
    "eti": "ETI",
    "startup": "Start-up",
    "company": "Entreprises",
    "citizen": "Grand public",
    "student": "Élèves et étudiants",
    "jobseeker": "Demandeurs d'emploi",
    "employee": "Salariés",
    "researcher": "Chercheurs",
    # codes of Aides-territoires that ours lacked (see services/importers/vocab_map.py)
    "special": "Collectivités à statut particulier",
    "public_org": "Établissements publics",
    "public_cies": "Entreprises publiques locales",
    "farmer": "Agriculteurs",
    "private_person": "Particuliers",
}

AID_TYPES: Final[dict[str, str]] = {
    "grant": "Subvention",
    "cofinancing": "Cofinancement",
    "loan": "Prêt",
    "guarantee": "Garantie",
    "training": "Formation",
    "expertise": "Accompagnement",
    "network": "Mise en réseau",
    "call_for_projects": "Appel à projets",
    "tool": "Outil ou catalogue",
    # codes of Aides-territoires that ours lacked (see services/importers/vocab_map.py)
    "recoverable_advance": "Avance récupérable",
    "cee": "Certificat d'économie d'énergie (CEE)",
    "other_financial": "Autre aide financière",
    "technical_engineering": "Ingénierie technique",
    "financial_engineering": "Ingénierie financière",
    "legal_engineering": "Ingénierie juridique et administrative",
}

THEMES: Final[dict[str, str]] = {
    "public_services": "Relation aux usagers",
    "administration": "Administration interne",
    "legal": "Sécurité juridique",
    "social": "Action sociale",
    "health": "Santé",
    "water": "Eau",
    "environment": "Environnement",
    "waste": "Déchets",
    "food": "Alimentation",
    "education": "Éducation",
    "culture": "Culture et langues",
    "mobility": "Mobilité",
    "agriculture": "Agriculture",
    "tourism": "Tourisme",
    "economy": "Développement économique",
    "employment": "Emploi",
    "training": "Formation et acculturation",
    "cybersecurity": "Cybersécurité",
    "data": "Données",
    "research": "Recherche",
    "energy": "Énergie",
    "industry": "Industrie",
}

TECHNIQUES: Final[dict[str, str]] = {
    "chatbot": "Assistant conversationnel",
    "generative": "IA générative",
    "prediction": "Analyse prédictive",
    "vision": "Vision par ordinateur",
    "nlp": "Traitement du langage",
    "speech": "Reconnaissance vocale",
    "translation": "Traduction automatique",
    "data_analysis": "Analyse de données",
    "optimisation": "Optimisation",
    "unspecified": "Non précisée",
}

STATUSES: Final[dict[str, str]] = {
    "idea": "Projet",
    "pilot": "Expérimentation",
    "production": "En service",
    "stopped": "Arrêté",
    "unknown": "Avancement non précisé",
}

#: Maturity order used by rankings: working projects first (a project whose progress the
#: sources do not state counts as an idea).
STATUS_MATURITY: Final[dict[str, int]] = {"production": 3, "pilot": 2, "idea": 1, "unknown": 1, "stopped": 0}

#: Other names of (part of) a current commune, from the reference data.
COMMUNE_ALIAS_KINDS: Final[dict[str, str]] = {
    "arrondissement": "Arrondissement municipal",
    "commune_deleguee": "Commune déléguée",
    "commune_associee": "Commune associée",
}

#: How the lead of an initiative is known.
LEAD_ATTRIBUTIONS: Final[dict[str, str]] = {
    "stated": "Porteur indiqué par la source",
    "inferred": "Porteur déduit (non précisé par la source)",
    "unknown": "Porteur non précisé par la source",
}

TERRITORY_SCOPES: Final[dict[str, str]] = {
    "national": "France entière",
    "region": "Région",
    "departement": "Département",
    "epci": "Intercommunalité",
    "commune": "Commune",
    "unknown": "Territoire non précisé",
}

#: Kind of call of a scheme (Aides-territoires' "AAP/AMI").
CALL_TYPES: Final[dict[str, str]] = {
    "aap": "Appel à projets",
    "ami": "Appel à manifestation d'intérêt",
}

#: Languages of a record's original text (ISO 639-1).
LANGUAGES: Final[dict[str, str]] = {
    "fr": "français",
    "en": "anglais",
}

RECURRENCES: Final[dict[str, str]] = {
    "one_off": "Ponctuel",
    "permanent": "Permanent",
    "yearly": "Annuel",
}

FIGURE_UNITS: Final[dict[str, str]] = {
    "percent": "%",
    "eur": "€",
    "eur_per_year": "€ par an",
    "count": "",
    "people": "personnes",
}

EPCI_KINDS: Final[dict[str, str]] = {
    "CC": "Communauté de communes",
    "CA": "Communauté d'agglomération",
    "CU": "Communauté urbaine",
    "METRO": "Métropole",
    "MET69": "Métropole de Lyon",
}
