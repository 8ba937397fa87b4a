"""The one correspondence table between Aides-territoires' vocabularies and ours.

Aides-territoires codes (from its ``src/aids/constants.py``) and their French labels map to
our scheme vocabularies (``domain.vocab``). We keep our own codes where they exist —
``departement`` (which place kinds, territory scopes and options also use), ``company`` —
and took over the codes we lacked. Both the code and the French label of a value are
recognised (the CSV export gives labels, the API gives either).

| Aides-territoires | label | ours |
|---|---|---|
| commune | Communes | commune |
| epci | Intercommunalités / Pays | epci |
| department | Départements | departement |
| region | Régions | region |
| special | Collectivités d'outre-mer à statuts particuliers | special |
| association | Associations | association |
| private_sector | Entreprises privées | company |
| public_cies | Entreprises publiques locales (Sem, Spl, SemOp) | public_cies |
| public_org | Établissements publics (écoles, bibliothèques…) / Services de l'État | public_org |
| researcher | Recherche | researcher |
| farmer | Agriculteurs | farmer |
| private_person | Particuliers | private_person |
| grant | Subvention | grant |
| loan | Prêt | loan |
| recoverable_advance | Avance récupérable | recoverable_advance |
| cee | Certificat d'économie d'énergie (CEE) | cee |
| other | Autre aide financière | other_financial |
| technical_engineering | Ingénierie technique | technical_engineering |
| financial_engineering | Ingénierie financière | financial_engineering |
| legal_engineering | Ingénierie Juridique / administrative | legal_engineering |
| oneoff | Ponctuelle | one_off |
| ongoing | Permanente | permanent |
| recurring | Récurrente | yearly (comes back, usually each year) |
"""

from __future__ import annotations

from territoria.domain.text import fold

#: (Aides-territoires code, its French label, our code)
AUDIENCES: tuple[tuple[str, str, str], ...] = (
    ("commune", "Communes", "commune"),
    ("epci", "Intercommunalités / Pays", "epci"),
    ("department", "Départements", "departement"),
    ("region", "Régions", "region"),
    ("special", "Collectivités d'outre-mer à statuts particuliers", "special"),
    ("association", "Associations", "association"),
    ("private_sector", "Entreprises privées", "company"),
    ("public_cies", "Entreprises publiques locales (Sem, Spl, SemOp)", "public_cies"),
    ("public_org", "Établissements publics (écoles, bibliothèques…) / Services de l'État", "public_org"),
    ("researcher", "Recherche", "researcher"),
    ("farmer", "Agriculteurs", "farmer"),
    ("private_person", "Particuliers", "private_person"),
)
AID_TYPES: tuple[tuple[str, str, str], ...] = (
    ("grant", "Subvention", "grant"),
    ("loan", "Prêt", "loan"),
    ("recoverable_advance", "Avance récupérable", "recoverable_advance"),
    ("cee", "Certificat d'économie d'énergie (CEE)", "cee"),
    ("other", "Autre aide financière", "other_financial"),
    ("technical_engineering", "Ingénierie technique", "technical_engineering"),
    ("financial_engineering", "Ingénierie financière", "financial_engineering"),
    ("legal_engineering", "Ingénierie Juridique / administrative", "legal_engineering"),
)
RECURRENCES: tuple[tuple[str, str, str], ...] = (
    ("oneoff", "Ponctuelle", "one_off"),
    ("ongoing", "Permanente", "permanent"),
    ("recurring", "Récurrente", "yearly"),
)


def _lookup(table: tuple[tuple[str, str, str], ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for code, label, ours in table:
        found[fold(code)] = ours
        found[fold(label)] = ours
    return found


AUDIENCE_LOOKUP = _lookup(AUDIENCES)
AID_TYPE_LOOKUP = _lookup(AID_TYPES)
RECURRENCE_LOOKUP = _lookup(RECURRENCES)


def map_values(values: list[str], lookup: dict[str, str]) -> tuple[list[str], list[str]]:
    """Our codes for ``values`` (codes or labels) and the values no correspondence knows."""
    mapped: list[str] = []
    unknown: list[str] = []
    for value in values:
        ours = lookup.get(fold(value))
        if ours is None:
            unknown.append(value)
        elif ours not in mapped:
            mapped.append(ours)
    return mapped, unknown
