"""Shared fixtures: rendered sample documents (rendered once per session, they are slow-ish)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dlxh_desktop.documents import Document, build_consolidated_document, build_document, samples
from dlxh_desktop.domain.periods import Period

KINDS: dict[str, Callable[[], Document]] = {
    "monthly": lambda: _doc(samples.monthly_report()),
    "quick": lambda: _doc(samples.quick_report()),
    "annual": lambda: _doc(samples.annual_report()),
    "thematic": lambda: _doc(samples.thematic_report()),
    "consolidated": lambda: build_consolidated_document(
        samples.letterhead(),
        Period.month(2026, 10),
        samples.consolidated_sections(),
        issue_date=samples.ISSUE_DATE,
        number="09/BC-LĐLĐ",
    ),
}


def _doc(report: object) -> Document:
    from dlxh_desktop.domain.reports import Report

    assert isinstance(report, Report)
    return build_document(
        report, samples.letterhead(), samples.topics(), issue_date=samples.ISSUE_DATE
    )


@pytest.fixture(scope="session")
def long_doc() -> Document:
    return _doc(samples.long_report())
