"""Errors raised by services (a code and details; the CLI and UI word them)."""

from __future__ import annotations

from dlxh_desktop.errors import DlxhError


class ServiceError(DlxhError):
    code = "service"
