"""Synthetic initiatives for scale tests of the search and the browser (not a fixture file).

``add_synthetic_initiatives(db, n)`` appends ``n`` varied initiatives (titles, places in
real communes, lead organisations, themes, techniques, statuses, years, budgets) to a
copy of the seed; the FTS triggers index them like any other record.
"""

from __future__ import annotations

import random

from territoria.domain.vocab import STATUSES, TECHNIQUES, THEMES
from territoria.services.database import Database

WORDS = (
    "assistant virtuel", "détection des fuites d'eau", "gaspillage alimentaire", "tri des déchets",
    "accueil des usagers", "secrétariat de mairie", "transport à la demande", "éclairage public",
    "cantine scolaire", "bibliothèque numérique", "état civil", "urbanisme", "voirie", "énergie",
)


def add_synthetic_initiatives(db: Database, count: int, seed: int = 7) -> list[int]:
    """Insert ``count`` initiatives led by communes drawn at random; return their ids."""
    rng = random.Random(seed)
    themes, techniques, statuses = list(THEMES), list(TECHNIQUES), list(STATUSES)
    with db.engine.begin() as connection:
        communes = connection.exec_driver_sql(
            "SELECT insee, name, population, epci_siren, departement_code, region_code FROM communes "
            "ORDER BY insee LIMIT 3000"
        ).all()
        first_org = connection.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM organisations").scalar()
        first_id = connection.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM initiatives").scalar()
        connection.exec_driver_sql(
            "INSERT INTO organisations (id, slug, origin, name, kind, commune_insee) VALUES (?, ?, 'user', ?, 'commune', ?)",
            [(first_org + k, f"synthetic-org-{k}", f"Commune de {c[1]}", c[0]) for k, c in enumerate(communes)],
        )
        rows, theme_rows, technique_rows = [], [], []
        for k in range(count):
            index = rng.randrange(len(communes))
            insee, name, population, epci, dep, reg = communes[index]
            subject = rng.choice(WORDS)
            ident = first_id + k
            year = rng.choice((None, 2019, 2021, 2023, 2024, 2025))
            budget = rng.choice((None, None, 15_000.0, 250_000.0, 1_200_000.0))
            rows.append((
                ident, f"synthetic-{ident}", "user", f"{subject.capitalize()} à {name} n°{k}",
                f"Projet {k} : {subject} pour {name}.", "", "", first_org + index,
                rng.choice(statuses), f"{year}-01-01" if year else None, budget,
                insee, epci, dep, reg, "commune", population, year, budget is not None,
            ))
            for theme in rng.sample(themes, rng.randint(1, 2)):
                theme_rows.append((ident, theme))
            technique_rows.append((ident, rng.choice(techniques)))
        connection.exec_driver_sql(
            "INSERT INTO initiatives (id, slug, origin, title, summary, problem, results, lead_id, status, "
            "start_date, budget_eur, commune_insee, epci_siren, departement_code, region_code, lead_kind, "
            "lead_population, start_year, has_money) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        connection.exec_driver_sql("INSERT INTO initiative_themes (initiative_id, theme) VALUES (?, ?)", theme_rows)
        connection.exec_driver_sql(
            "INSERT INTO initiative_techniques (initiative_id, technique) VALUES (?, ?)", technique_rows
        )
    return [first_id + k for k in range(count)]
