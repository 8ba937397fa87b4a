"""Population strata (the DGCL strata used in French local-finance statistics)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PopulationBand:
    """A half-open population interval ``[low, high)``; ``high`` is None for the top band."""

    slug: str
    low: int
    high: int | None
    label: str

    def contains(self, population: int) -> bool:
        """Whether ``population`` falls in this band."""
        return population >= self.low and (self.high is None or population < self.high)


BANDS: tuple[PopulationBand, ...] = (
    PopulationBand("p0", 0, 500, "Moins de 500 hab."),
    PopulationBand("p500", 500, 2_000, "500 à 1 999 hab."),
    PopulationBand("p2000", 2_000, 3_500, "2 000 à 3 499 hab."),
    PopulationBand("p3500", 3_500, 5_000, "3 500 à 4 999 hab."),
    PopulationBand("p5000", 5_000, 10_000, "5 000 à 9 999 hab."),
    PopulationBand("p10000", 10_000, 20_000, "10 000 à 19 999 hab."),
    PopulationBand("p20000", 20_000, 50_000, "20 000 à 49 999 hab."),
    PopulationBand("p50000", 50_000, 100_000, "50 000 à 99 999 hab."),
    PopulationBand("p100000", 100_000, None, "100 000 hab. et plus"),
)

BANDS_BY_SLUG: dict[str, PopulationBand] = {band.slug: band for band in BANDS}


def band_for(population: int | None) -> PopulationBand | None:
    """The band holding ``population``, or None when the population is unknown."""
    if population is None or population < 0:
        return None
    for band in BANDS:
        if band.contains(population):
            return band
    return None  # pragma: no cover - the top band is open-ended
