"""A real province and one grassroots union below it, with a report package between them.

Built through the services API (no keyring in tests: keys live in passphrase-protected files,
so every key file is written or read with scrypt; the steps keep each identity loaded once).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from dlxh_desktop.domain import (
    OpinionStream,
    Period,
    ReportContent,
    ReportKind,
    Trend,
    Unit,
    UnitKind,
)
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.clock import FixedClock
from dlxh_desktop.services.directory import export_directory, setup_unit
from dlxh_desktop.services.enrollment import export_enrollment, import_enrollment
from dlxh_desktop.services.package_export import export_report
from dlxh_desktop.services.setup import setup_province

# As in conftest: 10 November 2026, 09:00 in Vietnam.
NOW = datetime(2026, 11, 10, 9, 0, tzinfo=timezone(timedelta(hours=7)))
UNIT_NAME = "Liên đoàn Lao động tỉnh Ninh Bình"
PASSPHRASE = "đoàn viên 2026 mật khẩu thử"
CHILD_CODE = "NB-GIAYDA"
CHILD_NAME = "Công đoàn Công ty TNHH Giày da Ninh Phúc"


def _with_passphrase(svc: Services) -> Services:
    svc.exchange.passphrase_source = lambda _purpose, _new: PASSPHRASE
    return svc


def build_exchange(root: Path) -> tuple[DataHome, Path]:
    """(the province's data folder, a report package the grassroots union sent to it)."""
    province = DataHome(root / "tinh")
    child = DataHome(root / "co-so")
    clock = FixedClock(NOW)
    with _with_passphrase(Services.open(province, clock)) as p:
        setup_province(p, "NB", UNIT_NAME, "LĐLĐ")
        p.units.add(Unit(CHILD_CODE, CHILD_NAME, UnitKind.GRASSROOTS, "NB", "CĐCS"))
        directory = export_directory(p.exchange, root / "danh-ba.dlxh").path
        with _with_passphrase(Services.open(child, clock)) as c:
            setup_unit(c.exchange, directory, CHILD_CODE, lambda shown: shown)
            enrollment = export_enrollment(c.exchange, root / "dang-ky.dlxh").path
            import_enrollment(p.exchange, enrollment, lambda _unit, shown: shown)
            report = c.reports.create(
                ReportKind.MONTHLY,
                Period.month(2026, 10),
                ReportContent(
                    assessment="Tình hình tư tưởng công nhân tháng 10/2026 ổn định.",
                    streams=(
                        OpinionStream(
                            topic="tien-luong",
                            content="Công nhân mong được tăng lương từ tháng 01/2027.",
                            trend=Trend.MIXED,
                            scope_people=850,
                            cause="Giá thuê nhà trọ tăng.",
                            proposal="Tổ chức đối thoại với người sử dụng lao động.",
                        ),
                    ),
                ),
            )
            c.reports.finalize(report.id)
            package = export_report(c.exchange, report.id, root / "bao-cao-thang-10.dlxh").path
    return province, package
