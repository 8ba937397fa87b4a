"""Linking an organisation named in a catalogue to a collectivité of the reference geography.

"City of Bordeaux", "Ville de Bordeaux", "Bordeaux Métropole", "Greater Paris", "Gironde
Department", "Île-de-France Regional Council": the name is folded (accents, case, hyphens,
stray spaces), its pattern tells the level (commune, EPCI, département, région), and the
core name is looked up in the reference names. A NUTS code narrows the search to a région
(NUTS 1) or an Île-de-France département (NUTS 3). A link is made only when exactly one
collectivité fits; otherwise the resolution carries a French reason for review (with, for a
near miss, the closest name found by ``rapidfuzz`` as a suggestion, never as a link).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from territoria.domain.text import fold
from territoria.store.geo_names import GeoNames

#: NUTS 2021 level-1 codes of France -> région INSEE code.
NUTS1_REGIONS: dict[str, str] = {
    "FR1": "11", "FRB": "24", "FRC": "27", "FRD": "28", "FRE": "32", "FRF": "44", "FRG": "52",
    "FRH": "53", "FRI": "75", "FRJ": "76", "FRK": "84", "FRL": "93", "FRM": "94",
    "FRY1": "01", "FRY2": "02", "FRY3": "03", "FRY4": "04", "FRY5": "06",
}
#: Départements of each NUTS 2021 level-2 region (the former régions), in NUTS 3 order: NUTS
#: numbers them in the order of their INSEE codes (FRI12 is the 2nd of FRI1: Gironde).
_NUTS2_DEPARTEMENTS: dict[str, tuple[str, ...]] = {
    "FR10": ("75", "77", "78", "91", "92", "93", "94", "95"), "FRB0": ("18", "28", "36", "37", "41", "45"),
    "FRC1": ("21", "58", "71", "89"), "FRC2": ("25", "39", "70", "90"), "FRD1": ("14", "50", "61"),
    "FRD2": ("27", "76"), "FRE1": ("59", "62"), "FRE2": ("02", "60", "80"), "FRF1": ("67", "68"),
    "FRF2": ("08", "10", "51", "52"), "FRF3": ("54", "55", "57", "88"), "FRG0": ("44", "49", "53", "72", "85"),
    "FRH0": ("22", "29", "35", "56"), "FRI1": ("24", "33", "40", "47", "64"), "FRI2": ("19", "23", "87"),
    "FRI3": ("16", "17", "79", "86"), "FRJ1": ("11", "30", "34", "48", "66"),
    "FRJ2": ("09", "12", "31", "32", "46", "65", "81", "82"), "FRK1": ("03", "15", "43", "63"),
    "FRK2": ("01", "07", "26", "38", "42", "69", "73", "74"), "FRL0": ("04", "05", "06", "13", "83", "84"),
    "FRM0": ("2A", "2B"),
}
#: NUTS 2021 level-3 codes of France -> département INSEE code.
NUTS3_DEPARTEMENTS: dict[str, str] = {
    **{f"{nuts2}{n}": dep for nuts2, deps in _NUTS2_DEPARTEMENTS.items() for n, dep in enumerate(deps, start=1)},
    "FRY10": "971", "FRY20": "972", "FRY30": "973", "FRY40": "974", "FRY50": "976",
}
#: English and older names of régions -> folded French name.
REGION_ALIASES: dict[str, str] = {
    "brittany": "bretagne", "normandy": "normandie", "new aquitaine": "nouvelle aquitaine",
    "occitania": "occitanie", "corsica": "corse", "burgundy franche comte": "bourgogne franche comte",
    "centre loire valley": "centre val de loire", "centre": "centre val de loire", "paris region": "ile de france",
    "south region": "provence alpes cote d azur", "sud": "provence alpes cote d azur",
    "region sud": "provence alpes cote d azur", "paca": "provence alpes cote d azur",
    "auvergne rhone alps": "auvergne rhone alpes", "reunion": "la reunion", "french guiana": "guyane",
    "great east": "grand est", "upper france": "hauts de france",
}
_ARTICLE = r"(?:de la |de l |du |des |de |d |of the |of )?"
_REGION_PATTERNS = [re.compile(p) for p in (
    r"^(?:the )?(.+?) regional (?:council|government|authority)$", r"^regional (?:council|government) of (?:the )?(.+)$",
    r"^conseil regional " + _ARTICLE + r"(.+)$", r"^region (?!of )" + _ARTICLE + r"(.+)$", r"^(.+?) region$",
    r"^collectivite territoriale " + _ARTICLE + r"(.+)$",
)]
_DEPARTEMENT_PATTERNS = [re.compile(p) for p in (
    r"^(?:the )?(.+?) (?:department|departement|departmental council|county council|general council)$",
    r"^(?:department|departmental council|general council) of (?:the )?(.+)$",
    r"^(?:conseil departemental|conseil general|departement) " + _ARTICLE + r"(.+)$",
)]
_EPCI_PATTERNS = [re.compile(p) for p in (
    r"^greater (.+)$", r"^(.+?) (?:metropole|metropolis|metropolitan area|metropolitan authority)$",
    r"^metropole (?:europeenne )?" + _ARTICLE + r"(.+)$",
    r"^(?:communaute d agglomeration|communaute urbaine|communaute de communes|agglomeration) " + _ARTICLE + r"(.+)$",
    r"^(.+?) (?:agglomeration|agglo|urban community|intermunicipal (?:authority|community))$",
)]
_COMMUNE_PATTERNS = [re.compile(p) for p in (
    r"^(?:the )?(?:city|town|municipality|village|commune|ville|mairie) (?:council )?" + _ARTICLE + r"(.+)$",
    r"^(.+?) (?:city council|city hall|town hall|town council|municipality|municipal council|city|town|commune)$",
)]
#: Two bodies in one cell ("Nice and Marseille"); "-et-" inside a commune's name does not count.
#: A level's patterns are tried only when the name holds one of its words (most names hold none).
_REGION_WORDS = frozenset({"region", "regional", "collectivite"})
_DEPARTEMENT_WORDS = frozenset({"department", "departement", "departmental", "county", "general", "conseil"})
_EPCI_WORDS = frozenset({"greater", "metropole", "metropolis", "metropolitan", "communaute", "agglomeration", "agglo",
                         "urban", "intermunicipal"})
_COMMUNE_WORDS = frozenset({"city", "town", "municipality", "village", "commune", "ville", "mairie", "municipal",
                            "hall", "council"})
_SEVERAL = re.compile(r"\s(?:and|et|&)\s|[,/+]", re.IGNORECASE)
_SAINT = [(re.compile(r"\bst\b"), "saint"), (re.compile(r"\bste\b"), "sainte")]
_ARTICLE_START = re.compile(r"^(?:the|la|le|les|l) ")
_EPCI_GREATER = {"METRO": 0, "MET69": 0, "CU": 1, "CA": 2, "CC": 3}


def key(text: str, folded: str | None = None) -> str:
    """The matching key of a name: folded, "st" -> "saint", leading article dropped
    (``folded``: ``fold(text)``, when the caller already has it)."""
    if folded is None:
        folded = fold(text)
    if "st" in folded:  # most names hold no "st" at all: no substitution to try
        for pattern, repl in _SAINT:
            folded = pattern.sub(repl, folded)
    return _ARTICLE_START.sub("", folded, count=1)


def _narrow(rows: list[tuple[str, str, str, str, int]], region: str | None,
            departement: str | None) -> list[tuple[str, str, str, str, int]]:
    """The communes of ``rows`` in ``departement`` and ``region`` (NUTS), when any is."""
    if departement:
        rows = [r for r in rows if r[2] == departement] or rows
    if region:
        rows = [r for r in rows if r[3] == region] or rows
    return rows


class Link(NamedTuple):
    """A collectivité of the reference geography, with the curated organisation fields it fills
    (named tuples, this and :class:`Resolution`: one of each per distinct name of a catalogue)."""

    kind: str
    code: str
    name: str
    fields: dict[str, str]


class Resolution(NamedTuple):
    """A link made with confidence, or none and the French reason it needs review."""

    link: Link | None
    review: str = ""


@dataclass
class GeoMatcher:
    """Name look-ups over the reference geography (built once per import)."""

    names: GeoNames
    _communes: dict[str, list[tuple[str, str, str, str, int]]] = field(default_factory=dict)
    _commune_keys: list[str] = field(default_factory=list)
    _departements: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    _regions: dict[str, tuple[str, str]] = field(default_factory=dict)
    _epcis: list[tuple[str, tuple[str, str, str, frozenset[str]]]] = field(default_factory=list)
    _cache: dict[tuple[str, str], Resolution] = field(default_factory=dict)
    _by_insee: dict[str, tuple[str, str, str, str, int]] = field(default_factory=dict)
    _epci_names: dict[str, tuple[str, str, str, frozenset[str]]] = field(default_factory=dict)
    #: word -> indexes in ``_epcis`` of the names holding it (ascending).
    _epci_words: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for row in self.names.communes:
            self._communes.setdefault(key(row[1]), []).append(row)
        self._commune_keys = sorted(self._communes)
        self._by_insee = {row[0]: row for row in self.names.communes}
        self._departements = {key(d[1]): d for d in self.names.departements}
        self._regions = {key(r[1]): r for r in self.names.regions}
        self._epcis = [(" " + key(e[1]) + " ", e) for e in self.names.epcis]
        for index, (padded, _) in enumerate(self._epcis):
            for word in dict.fromkeys(padded.split()):
                self._epci_words.setdefault(word, []).append(index)
        names: dict[str, list[tuple[str, str, str, frozenset[str]]]] = {}
        for e in self.names.epcis:
            full = key(e[1])
            # the reference names start with their kind ("CA Lannion-Trégor Communauté"); files seldom do
            for k in {full, re.sub(r"^(?:ca|cc|cu) ", "", full)}:
                names.setdefault(k, []).append(e)
        self._epci_names = {k: rows[0] for k, rows in names.items() if len(rows) == 1}

    # --- single levels ------------------------------------------------------------------

    def region(self, name: str) -> tuple[str, str] | None:
        """(code, name) of the région called ``name`` (French or English), or None."""
        k = key(name)
        return self._regions.get(REGION_ALIASES.get(k, k))

    def departement(self, name: str) -> tuple[str, str, str] | None:
        """(code, name, région) of the département called ``name``, or None."""
        return self._departements.get(key(name))

    def commune_link(self, insee: str) -> Link | None:
        """The commune with INSEE code ``insee`` as a link, or None."""
        row = self._by_insee.get(insee.strip().zfill(5))
        if row is None:
            return None
        return Link("commune", row[0], row[1], {"commune_insee": row[0], "departement_code": row[2],
                                                "region_code": row[3]})

    def region_link(self, code: str) -> Link | None:
        """The région with INSEE code ``code`` as a link."""
        for c, n in self.names.regions:
            if c == code:
                return Link("region", c, n, {"region_code": c})
        return None

    # --- whole names ---------------------------------------------------------------------

    def resolve(self, name: str, nuts: str = "", folded: str | None = None) -> Resolution:
        """Link ``name`` to one collectivité, or say why it needs review (``folded``:
        ``fold(name)``, when the caller already has it for the organisation's id)."""
        cache_key = (name, nuts)
        if cache_key not in self._cache:
            self._cache[cache_key] = self._resolve(name, nuts.strip().upper(), folded)
        return self._cache[cache_key]

    def _resolve(self, name: str, nuts: str, folded: str | None = None) -> Resolution:
        k = key(name, folded)
        if not k:
            return Resolution(None, "organisation sans nom")
        low = name.lower()
        # the pattern can match only a name holding one of these (most names: no regex search)
        if ("et" in low or "and" in low or "," in low or "/" in low or "+" in low or "&" in low) \
                and _SEVERAL.search(name):
            return Resolution(None, f"« {name.strip()} » nomme plusieurs organisations : à rattacher à la main")
        if k in self._epci_names:  # the exact name of an intercommunalité ("Lannion-Trégor Communauté")
            return Resolution(self._epci_link(self._epci_names[k]))
        words = set(k.split())
        for pattern in _REGION_PATTERNS if not _REGION_WORDS.isdisjoint(words) else ():
            m = pattern.match(k)
            if m and (found := self.region(m.group(1))):
                return Resolution(Link("region", found[0], found[1], {"region_code": found[0]}))
        for pattern in _DEPARTEMENT_PATTERNS if not _DEPARTEMENT_WORDS.isdisjoint(words) else ():
            m = pattern.match(k)
            if m and (dep := self.departement(m.group(1))):
                return Resolution(Link("departement", dep[0], dep[1],
                                       {"departement_code": dep[0], "region_code": dep[2]}))
        for pattern in _EPCI_PATTERNS if not _EPCI_WORDS.isdisjoint(words) else ():
            m = pattern.match(k)
            if m:
                return self._epci(m.group(1), greater=k.startswith("greater ") or "metropol" in k, nuts=nuts)
        for pattern in _COMMUNE_PATTERNS if not _COMMUNE_WORDS.isdisjoint(words) else ():
            m = pattern.match(k)
            if m:
                return self._commune(m.group(1), nuts, name)
        # a bare name: a commune, else a département or a région of that exact name
        if k in self._communes:
            return self._commune(k, nuts, name)
        if (dep := self.departement(k)) is not None:
            return Resolution(Link("departement", dep[0], dep[1], {"departement_code": dep[0], "region_code": dep[2]}))
        if (reg := self.region(k)) is not None:
            return Resolution(Link("region", reg[0], reg[1], {"region_code": reg[0]}))
        return self._commune(k, nuts, name)

    def _nuts_filter(self, nuts: str) -> tuple[str | None, str | None]:
        departement = NUTS3_DEPARTEMENTS.get(nuts[:5]) if len(nuts) >= 5 else None
        region = None
        for size in (4, 3):
            if len(nuts) >= size and nuts[:size] in NUTS1_REGIONS:
                region = NUTS1_REGIONS[nuts[:size]]
                break
        return region, departement

    def _commune(self, core: str, nuts: str, original: str) -> Resolution:
        region, departement = self._nuts_filter(nuts) if nuts else (None, None)
        rows = self._communes.get(core, [])
        if nuts:  # without a NUTS code there is nothing to narrow (most files: one call less per name)
            rows = _narrow(rows, region, departement)
        if not rows and len(core) >= 6:  # a name cut short by the source ("Saint-Denis-sur-Sar")
            import bisect

            keys = self._commune_keys
            index = bisect.bisect_left(keys, core)
            prefixed: list[tuple[str, str, str, str, int]] = []
            while index < len(keys) and keys[index].startswith(core):  # no slice: it would copy 35,000 keys
                prefixed += self._communes[keys[index]]
                index += 1
            rows = _narrow(prefixed, region, departement)
        if len(rows) == 1:
            insee, name, dep, reg, _ = rows[0]
            return Resolution(Link("commune", insee, name,
                                   {"commune_insee": insee, "departement_code": dep, "region_code": reg}))
        if len(rows) > 1:
            where = ", ".join(f"{r[1]} ({r[0]})" for r in rows[:4])
            return Resolution(None, f"{len(rows)} communes possibles pour « {original.strip()} » ({where}) : "
                              "à rattacher à la main")
        return Resolution(None, self._near_miss(core, original))

    def _near_miss(self, core: str, original: str) -> str:
        from rapidfuzz import fuzz, process

        import bisect

        # candidates sharing the first two letters: a typo seldom hits them, and it is 20 times faster
        start = bisect.bisect_left(self._commune_keys, core[:2])
        end = bisect.bisect_left(self._commune_keys, core[:2] + "\uffff")
        best = process.extractOne(core, self._commune_keys[start:end], scorer=fuzz.ratio, score_cutoff=85)
        if best is not None:
            rows = self._communes[best[0]]
            codes = ", ".join(r[0] for r in rows[:3])
            return (f"collectivité « {original.strip()} » introuvable ; nom proche : {rows[0][1]} (INSEE {codes}) "
                    "— à confirmer avant de rattacher")
        return f"collectivité « {original.strip()} » introuvable dans la géographie de référence"

    @staticmethod
    def _epci_link(epci: tuple[str, str, str, frozenset[str]]) -> Link:
        siren, name, _, regions = epci
        fields: dict[str, Any] = {"epci_siren": siren}
        if len(regions) == 1:
            fields["region_code"] = next(iter(regions))
        return Link("epci", siren, name, fields)

    def _epcis_containing(self, phrase: str) -> list[tuple[str, str, str, frozenset[str]]]:
        """The intercommunalités whose name holds the words of ``phrase`` in a row, in reference order."""
        needle = f" {phrase} "
        postings = [self._epci_words.get(word, ()) for word in phrase.split()]
        # only the names holding the phrase's rarest word are looked at (not all 1,255)
        indexes = min(postings, key=len) if postings else range(len(self._epcis))
        return [self._epcis[i][1] for i in indexes if needle in self._epcis[i][0]]

    def _epci(self, core: str, greater: bool, nuts: str) -> Resolution:
        region, _ = self._nuts_filter(nuts)
        found = self._epcis_containing(core)
        if greater:
            grand = self._epcis_containing(f"grand {core}")
            found = grand or found
        if region:
            found = [e for e in found if region in e[3]] or found
        if len(found) > 1:
            best = min(_EPCI_GREATER.get(e[2], 9) for e in found)
            top = [e for e in found if _EPCI_GREATER.get(e[2], 9) == best]
            if best == 0 and len(top) == 1:  # one métropole among smaller groupings of the same name
                found = top
        if len(found) == 1:
            return Resolution(self._epci_link(found[0]))
        if found:
            where = ", ".join(e[1] for e in found[:4])
            return Resolution(None, f"{len(found)} intercommunalités possibles pour « {core} » ({where}) : "
                              "à rattacher à la main")
        return Resolution(None, f"intercommunalité « {core} » introuvable dans la géographie de référence")
