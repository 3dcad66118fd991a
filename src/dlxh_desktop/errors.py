"""Errors shared by every layer.

``DlxhError`` is an expected failure a person can act on: it carries a stable ``code`` and
details, and the UI/CLI turn it into a sentence. Anything else is a bug.
"""

from __future__ import annotations

from typing import Any


class DlxhError(Exception):
    """An expected, explainable failure with a stable code."""

    code: str = "error"

    def __init__(self, code: str | None = None, message: str = "", **details: Any) -> None:
        self.code = code or self.code
        self.details = details
        self.message = message
        super().__init__(message or self.code)

    def __str__(self) -> str:
        if self.message:
            return self.message
        return f"{self.code} {self.details}" if self.details else self.code
