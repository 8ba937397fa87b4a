"""The "Carte" page: départements coloured by the number of initiatives of the catalogue's search."""

from territoria.ui.map.page import MapPage, place_filters

__all__ = ["MapPage", "place_filters"]
