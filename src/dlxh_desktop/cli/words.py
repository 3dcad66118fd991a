"""The command line's words for codes: ``dlxh_desktop.messages`` through one translation lookup.

Every command words errors, verdicts, findings and outcomes through these functions, so the
language is chosen in one place: ``TRANSLATE`` (``None``: the English templates). The UI uses
the same tables with ``QCoreApplication.translate``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dlxh_desktop import messages
from dlxh_desktop.errors import DlxhError

TRANSLATE: messages.Translate | None = None


def describe(err: DlxhError) -> str:
    return messages.describe(err, TRANSLATE)


def verdict_text(result: messages.Verdict) -> str:
    return messages.verdict_text(result, TRANSLATE)


def reason_text(reason: str, details: Mapping[str, Any]) -> str:
    return messages.reason_text(reason, details, TRANSLATE)


def finding_text(code: str) -> str:
    return messages.finding_text(code, TRANSLATE)


def outcome_text(outcome: str) -> str:
    return messages.outcome_text(outcome, TRANSLATE)
