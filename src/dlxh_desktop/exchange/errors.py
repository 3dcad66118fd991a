"""Typed errors of the exchange layer; each carries a stable code (see docs/package-format.md)."""

from __future__ import annotations

from typing import Any

from dlxh_desktop.errors import DlxhError


class ExchangeError(DlxhError):
    """A key, passphrase or file operation of the exchange layer failed."""

    code = "exchange_error"


class PackageRejected(ExchangeError):
    """A package failed a check; ``code`` says which, ``details`` carry what a person needs."""

    code = "package_rejected"

    def __init__(self, code: str, reason_en: str = "", **details: Any) -> None:
        super().__init__(code, reason_en, **details)
        self.reason_en = reason_en
