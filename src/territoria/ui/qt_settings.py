"""The window's settings: :class:`territoria.settings.Settings` over Qt's ``QSettings`` (INI file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from territoria.settings import Settings


class QtSettingsBackend:
    """Stores values in ``QSettings``; bytes go in as ``QByteArray`` (Qt's own ``@ByteArray``)."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    def read(self, key: str) -> object | None:
        """The stored value (``QByteArray`` comes back as ``bytes``)."""
        value = self.qsettings.value(key)
        return value.data() if isinstance(value, QByteArray) else value

    def write(self, key: str, value: object) -> None:
        """Store ``value`` (``bytes`` as a ``QByteArray``, never as a pickled Python object)."""
        self.qsettings.setValue(key, QByteArray(bytes(value)) if isinstance(value, bytes | bytearray) else value)


def open_settings(path: Path) -> Settings:
    """The settings kept in the INI file at ``path``."""
    return Settings(QtSettingsBackend(QSettings(str(path), QSettings.Format.IniFormat)))
