"""Typed domain errors: a stable code plus details, never a user-facing sentence."""

from __future__ import annotations

from dlxh_desktop.errors import DlxhError


class DomainError(DlxhError):
    """A rule of the domain was broken (bad period text, unknown kind, cycle in the tree...)."""

    code = "domain"


class ContentError(DomainError):
    """Report JSON does not fit the schema; ``details['path']`` points at the field."""

    code = "content"
