"""One sentence for every coded outcome: errors, validation findings, import verdicts.

Services and lower layers give codes and details, never sentences; the CLI and the UI call the
functions here. Each takes ``translate(context, template)``, the one translation lookup: the UI
passes ``QCoreApplication.translate`` (the Qt Linguist files of ``resources/translations``),
the CLI passes nothing for now and speaks the English templates. The tables, by what they word:
``errors.ERRORS``, ``findings.FINDINGS``, ``verdicts.REASONS`` / ``NAMES`` /
``ENROLLMENT_OUTCOMES``.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from dlxh_desktop.errors import DlxhError

from . import errors, findings, verdicts

Translate = Callable[[str, str], str]


class Verdict(Protocol):
    """What :func:`verdict_text` needs of an import result."""

    @property
    def reason(self) -> str: ...
    @property
    def details(self) -> Mapping[str, Any]: ...


def english(context: str, text: str) -> str:
    """The identity lookup: templates are written in English."""
    return text


class _Details(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "…"  # never a raw {placeholder}; tests/messages prove every site fills its own


def fill(template: str, details: Mapping[str, Any]) -> str:
    """``template`` with its ``{fields}`` from ``details``."""
    try:
        return string.Formatter().vformat(template, (), _Details(details))
    except (IndexError, ValueError, AttributeError):
        return template


def _say(
    context: str,
    table: Mapping[str, str],
    code: str,
    details: Mapping[str, Any],
    translate: Translate | None,
) -> str:
    template = table.get(code)
    if template is None:
        return code.replace("_", " ")
    return fill((translate or english)(context, template), details)


def error_template(code: str, family: str) -> tuple[str, Mapping[str, str], str] | None:
    """(context, table, key) of the sentence for an error's ``code``: its own, else its
    ``family``'s (the class's default code), else a package rejection's reason."""
    for key in (code, family):
        if key in errors.ERRORS:
            return errors.CONTEXT, errors.ERRORS, key
    if code in verdicts.REASONS:
        return verdicts.CONTEXT, verdicts.REASONS, code
    return None


def describe(err: DlxhError, translate: Translate | None = None) -> str:
    """One sentence for an error, through ``translate`` (English without it)."""
    found = error_template(err.code, type(err).code)
    if found is None:
        return err.message or err.code.replace("_", " ")
    context, table, code = found
    text = _say(context, table, code, err.details, translate)
    if table is errors.ERRORS:
        return text
    return _say(errors.CONTEXT, errors.ERRORS, "package_unusable", {"reason": text}, translate)


def reason_text(reason: str, details: Mapping[str, Any], translate: Translate | None = None) -> str:
    """Why a file got its verdict (a clause), e.g. for a held package's stored reason."""
    return _say(verdicts.CONTEXT, verdicts.REASONS, reason, details, translate)


def verdict_text(result: Verdict, translate: Translate | None = None) -> str:
    """Why an import result is what it is: its ``reason`` filled from its ``details``."""
    return reason_text(result.reason, result.details, translate)


def verdict_name(verdict: str, translate: Translate | None = None) -> str:
    """The words for a verdict code (``imported``, ``quarantined``...)."""
    return _say(verdicts.CONTEXT, verdicts.NAMES, verdict, {}, translate)


def outcome_text(outcome: str, translate: Translate | None = None) -> str:
    """What ``enroll import`` did (``enrolled``, ``already_enrolled``, ``rotated``)."""
    return _say(verdicts.CONTEXT, verdicts.ENROLLMENT_OUTCOMES, outcome, {}, translate)


def finding_text(code: str, translate: Translate | None = None) -> str:
    """What a validation finding means (the UI and CLI say where)."""
    return _say(findings.CONTEXT, findings.FINDINGS, code, {}, translate)


def catalogue() -> list[tuple[str, str]]:
    """Every (context, template) of the tables: what the ``.ts`` files must translate."""
    tables = [
        (errors.CONTEXT, errors.ERRORS),
        (findings.CONTEXT, findings.FINDINGS),
        (verdicts.CONTEXT, verdicts.REASONS),
        (verdicts.CONTEXT, verdicts.NAMES),
        (verdicts.CONTEXT, verdicts.ENROLLMENT_OUTCOMES),
    ]
    return list(dict.fromkeys((ctx, t) for ctx, table in tables for t in table.values()))
