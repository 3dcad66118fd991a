"""Qt fixtures for the interface tests: offscreen, real widgets, real SQLite in tmp_path.

Qt warnings fail the test (qutebrowser's rule), except the offscreen platform's notes that it
cannot do window-manager things (raise, size hints) — those say nothing about our code.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType

from dlxh_desktop.domain import (
    Incident,
    IncidentKind,
    OpinionStream,
    Period,
    ReportContent,
    ReportKind,
    Trend,
)
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.clock import FixedClock
from dlxh_desktop.services.setup import setup_province

# "Today" for every UI test: 10 November 2026, 09:00 in Vietnam.
NOW = datetime(2026, 11, 10, 9, 0, tzinfo=timezone(timedelta(hours=7)))
UNIT_NAME = "Liên đoàn Lao động tỉnh Ninh Bình"

PLATFORM_NOISE = ("This plugin does not support",)


@pytest.fixture(scope="session", autouse=True)
def _built_translations() -> None:
    """The .qm files (make does this too; plain `pytest` must work as well)."""
    from dlxh_desktop.ui.translations_build import build

    build()


@pytest.fixture(autouse=True)
def _fail_on_qt_warnings(qtlog: pytest.FixtureRequest) -> Iterator[None]:
    yield
    bad = [
        r.message
        for r in qtlog.records  # type: ignore[attr-defined]
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not r.message.startswith(PLATFORM_NOISE)
    ]
    assert not bad, f"Qt warnings: {bad}"


@pytest.fixture(autouse=True)
def _vietnamese(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in Vietnamese on the fixed date."""
    from dlxh_desktop.ui import i18n

    monkeypatch.setenv("DLXH_NOW", NOW.isoformat())
    monkeypatch.delenv("DLXH_HOME", raising=False)
    i18n.install("vi")
    yield
    i18n.install("vi")


def build_home(root: Path) -> DataHome:
    """A province with a few reports, written through the services API (today: 10/11/2026).

    - monthly 2026-09: finalized, never sent: overdue (first late day 20/09: 52 days late)
    - monthly 2026-10: finalized, amended, finalized again: revision 1 superseded
    - monthly 2026-11: draft, before 20/11: 9 days left
    - quick report on 08/11 (a work stoppage): draft, first late day 10/11: overdue by 1 day
    """
    home = DataHome(root)
    with Services.open(home, FixedClock(NOW)) as svc:
        setup_province(svc, "NB", UNIT_NAME, "LĐLĐ")
        stream = OpinionStream(
            topic="tien-luong",
            content="Người lao động quan tâm việc điều chỉnh lương tối thiểu vùng.",
            trend=Trend.MIXED,
            scope_people=1500,
            cause="Giá cả sinh hoạt tăng.",
            proposal="Đối thoại định kỳ tại doanh nghiệp.",
        )

        def content(month: int) -> ReportContent:
            return ReportContent(
                assessment=f"Tình hình tư tưởng CNVCLĐ tháng {month:02d}/2026 cơ bản ổn định.",
                streams=(stream,),
            )

        sep = svc.reports.create(ReportKind.MONTHLY, Period.month(2026, 9), content(9))
        svc.reports.finalize(sep.id)
        octo = svc.reports.create(ReportKind.MONTHLY, Period.month(2026, 10), content(10))
        svc.reports.finalize(octo.id)
        svc.reports.finalize(svc.reports.amend(octo.id).id)
        svc.reports.create(ReportKind.MONTHLY, Period.month(2026, 11), content(11))
        svc.reports.create(
            ReportKind.QUICK,
            Period.of_day(date(2026, 11, 8)),
            ReportContent(
                assessment="Vụ ngừng việc đang được giải quyết.",
                incidents=(
                    Incident(
                        kind=IncidentKind.WORK_STOPPAGE,
                        title="Ngừng việc tại Công ty TNHH Giày da Ninh Phúc",
                        start=date(2026, 11, 8),
                        workers_involved=420,
                        workforce=1850,
                    ),
                ),
            ),
        )
    return home


@pytest.fixture
def home(tmp_path: Path) -> DataHome:
    return build_home(tmp_path / "ninh-binh")


@pytest.fixture
def empty_home(tmp_path: Path) -> DataHome:
    return DataHome(tmp_path / "empty")
