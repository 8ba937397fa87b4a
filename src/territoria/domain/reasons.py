"""A reason as data: a stable code and the values its sentence needs.

Services say *why* (a project is comparable, a scheme is open to you, a step is running)
with a :class:`Reason`, never with a sentence: ``domain.messages_fr`` writes it in French
for the command line and the documents, and the window writes it in its own language
through Qt translation (``ui.reason_text``).
"""

from __future__ import annotations

from dataclasses import dataclass

#: A value a reason carries: a number, a name, a code, or a tuple of codes (theme slugs…).
Value = str | int | float | bool | None | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason: ``code`` (e.g. ``"population_close"``) and its values, by name."""

    code: str
    values: tuple[tuple[str, Value], ...] = ()

    @classmethod
    def of(cls, code: str, /, **values: Value) -> Reason:
        """``Reason.of("same_region", name="Normandie")`` (values kept in the given order)."""
        return cls(code, tuple(values.items()))

    def get(self, name: str, default: Value = None) -> Value:
        """The value called ``name``, else ``default``."""
        return next((value for key, value in self.values if key == name), default)

    def __contains__(self, name: object) -> bool:
        return any(key == name for key, _ in self.values)

    def __getitem__(self, name: str) -> Value:
        for key, value in self.values:
            if key == name:
                return value
        raise KeyError(name)

    def as_dict(self) -> dict[str, Value]:
        """The values as a dict (for JSON)."""
        return dict(self.values)

    def __str__(self) -> str:
        # the French sentence: what a document or the command line prints (never the window's text)
        from territoria.domain.messages_fr import reason_fr

        return reason_fr(self)
