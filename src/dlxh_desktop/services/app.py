"""The services facade: the only API that ui/ and cli/ call.

``Services.open(home)`` opens one data folder; its parts are reached by name
(``svc.reports``, ``svc.units``, ``svc.settings``), each call one short transaction.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from dlxh_desktop.paths import DataHome
from dlxh_desktop.storage.database import Database

from . import maintenance
from .clock import Clock, clock_from_env
from .reports import ReportService
from .settings import SettingsService
from .units import UnitService

if TYPE_CHECKING:
    from .exchange_context import ExchangeContext


class Services:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.home = db.home
        self.clock = clock
        self.settings = SettingsService(db.sessions)
        self.units = UnitService(db.sessions)
        self.reports = ReportService(db.sessions, self.settings, clock)

    @functools.cached_property
    def exchange(self) -> ExchangeContext:
        """Keys, trust registry and packages of this data folder (identity loaded once)."""
        from .exchange_context import ExchangeContext

        return ExchangeContext(self)

    @staticmethod
    def open(home: DataHome, clock: Clock | None = None) -> Services:
        """Open the data folder (lock, check, back up and migrate as needed)."""
        clock = clock or clock_from_env()
        db = Database.open(home, clock.now())
        try:
            if db.existed:
                maintenance.backup_if_due(home, clock.now())
        except BaseException:
            db.close()
            raise
        return Services(db, clock)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
