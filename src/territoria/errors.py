"""Errors that reach a person: each carries a complete French message.

Layers below the UI raise these; the CLI prints ``message`` and exits non-zero, the GUI
shows it in a dialog. Nothing here imports Qt.
"""

from __future__ import annotations

from territoria.domain.messages_fr import reason_fr
from territoria.domain.reasons import Reason


class TerritoriaError(Exception):
    """Base of every error Territoria explains to its user, in French.

    Given a :class:`~territoria.domain.reasons.Reason` instead of a sentence, the error keeps it
    in ``reason`` (for the window, which writes it in its language) and ``message`` is its
    French sentence (for the command line and the logs).
    """

    exit_code = 1

    def __init__(self, message: str | Reason) -> None:
        self.reason: Reason | None = None
        if isinstance(message, Reason):
            self.reason = message
            message = reason_fr(message)
        super().__init__(message)
        self.message = message


class SeedMissingError(TerritoriaError):
    """The bundled seed database is absent or unreadable."""

    def __init__(self, path: object, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"La base de référence fournie avec Territoria est introuvable ou illisible : {path}{extra}. "
            "Réinstallez l'application ou contactez l'agence qui vous l'a fournie."
        )


class CorruptDatabaseError(TerritoriaError):
    """A database file is not a readable SQLite database, or fails its integrity check."""

    def __init__(self, path: object, detail: str = "") -> None:
        extra = f" Détail : {detail}." if detail else ""
        super().__init__(
            f"La base de données {path} est endommagée ou n'est pas une base Territoria.{extra} "
            "Aucune modification n'a été faite. Vous pouvez restaurer une sauvegarde du dossier "
            "« backups » de vos données."
        )


class NewerDatabaseError(TerritoriaError):
    """The database was written by a newer version of Territoria."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            "Cette base de données a été créée par une version plus récente de Territoria "
            f"(schéma « {revision} »). Installez la dernière version de l'application ; "
            "la base n'a pas été modifiée."
        )


class DataDirError(TerritoriaError):
    """The data directory cannot be created or written."""

    def __init__(self, path: object, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"Impossible d'écrire dans le dossier de données {path}{extra}. "
            "Vérifiez les droits d'accès ou choisissez un autre dossier avec --data-dir."
        )


class NotFoundError(TerritoriaError):
    """A record asked for by id or code does not exist."""


class DataFolderBusyError(TerritoriaError):
    """Another Territoria process holds the data folder's writer lock."""

    def __init__(self, folder: object, holder: str = "") -> None:
        who = f" ({holder})" if holder else ""
        super().__init__(
            f"Les données de Territoria ({folder}) sont utilisées par un autre programme Territoria{who}. "
            "Fermez-le, puis réessayez ; rien n'a été modifié."
        )
        self.holder = holder


class DamagedInstallationError(SeedMissingError):
    """The bundled seed is unreadable or does not match the digest recorded when it was built."""

    def __init__(self, path: object, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        TerritoriaError.__init__(
            self,
            f"Installation endommagée : réinstallez Territoria. La base de référence fournie avec "
            f"l'application ({path}) est abîmée ou a été modifiée{extra}. Vos propres données n'ont pas "
            "été modifiées ; restaurer une sauvegarde ne servirait à rien.",
        )


class BackupError(TerritoriaError):
    """A backup cannot be listed, made, restored, exported or imported."""
