"""The one place that decides where data lives.

Order: an explicit ``--home`` argument, then ``DLXH_HOME``, then the per-user data folder
(platformdirs). Tests and ``make run`` redirect everything by passing a home.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "DLXH Desktop"
APP_AUTHOR = "DLXH"
DB_FILENAME = "dlxh.sqlite"


@dataclass(frozen=True)
class DataHome:
    """Paths inside one data folder (one unit's installation)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def archive(self) -> Path:
        """Original imported packages, stored under their SHA-256."""
        return self.root / "archive"

    @property
    def attachments(self) -> Path:
        """Files attached to reports (written here or received), stored under their SHA-256."""
        return self.root / "attachments"

    @property
    def keys(self) -> Path:
        """Passphrase-protected key files (only when no OS keyring exists)."""
        return self.root / "keys"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def lock_file(self) -> Path:
        return self.root / ".dlxh.lock"

    @property
    def settings_file(self) -> Path:
        return self.root / "settings.json"

    def ensure(self) -> DataHome:
        """Create the folder tree (idempotent)."""
        for p in (self.root, self.backups, self.archive):
            p.mkdir(parents=True, exist_ok=True)
        return self


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> DataHome:
    """Resolve the data folder from an argument, ``DLXH_HOME`` or the per-user default."""
    if explicit:
        return DataHome(Path(explicit).expanduser().resolve())
    env = os.environ.get("DLXH_HOME")
    if env:
        return DataHome(Path(env).expanduser().resolve())
    return DataHome(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))
