"""Make the screenshots of the main window used in the documentation.

    QT_QPA_PLATFORM=offscreen uv run --frozen python docs/screenshots/make_ui_screenshots.py

Builds a small, realistic data folder in a temporary directory through the services API (the
province "Liên đoàn Lao động tỉnh Ninh Bình" and a dozen reports), opens the main window at
1280×800 and saves ``docs/screenshots/main-window.png`` (Vietnamese), ``main-window-en.png``
(English) and ``main-window-details.png`` (a report opened with Enter).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dlxh_desktop.domain import (
    CollaboratorNetwork,
    Incident,
    IncidentKind,
    IncidentStatus,
    OpinionStream,
    Ownership,
    Period,
    PeriodKind,
    Recommendation,
    ReportContent,
    ReportKind,
    SourceChannel,
    Trend,
)
from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.clock import FixedClock
from dlxh_desktop.services.setup import setup_province

OUT = Path(__file__).resolve().parent
NOW = datetime(2026, 11, 17, 9, 0, tzinfo=timezone(timedelta(hours=7)))

MONTH_TOPICS = [
    (
        "tien-luong",
        "Người lao động quan tâm việc điều chỉnh lương tối thiểu vùng từ ngày 01/01/2026",
    ),
    ("viec-lam", "Một số doanh nghiệp dệt may, da giày thiếu đơn hàng, cắt giảm giờ làm"),
    ("thuong-tet", "Đoàn viên quan tâm mức thưởng Tết Nguyên đán và thời gian nghỉ Tết"),
    ("nha-o", "Giá thuê nhà trọ quanh Khu công nghiệp Gián Khẩu tăng 10–15%"),
    ("bhxh-bhyt", "Người lao động băn khoăn về việc rút bảo hiểm xã hội một lần"),
    ("sap-xep-bo-may", "Cán bộ, viên chức quan tâm việc sắp xếp đơn vị hành chính cấp xã"),
    ("bua-an-ca", "Chất lượng bữa ăn ca tại một số doanh nghiệp chưa bảo đảm"),
    ("atvsld", "Nắng nóng kéo dài, người lao động đề nghị bổ sung nước uống, quạt làm mát"),
    ("mang-xa-hoi", "Xuất hiện thông tin sai lệch trên mạng xã hội về chính sách tiền lương"),
    ("gia-ca", "Giá xăng dầu, thực phẩm tăng ảnh hưởng đến đời sống công nhân"),
    ("hoat-dong-cong-doan", "Đoàn viên đánh giá cao chương trình Tháng Công nhân"),
]


def monthly(month: int) -> ReportContent:
    topic, content = MONTH_TOPICS[(month - 1) % len(MONTH_TOPICS)]
    return ReportContent(
        assessment=(
            f"Trong tháng {month:02d}/2026, tình hình tư tưởng của đoàn viên, CNVCLĐ trên địa bàn "
            "tỉnh cơ bản ổn định; người lao động tin tưởng vào sự lãnh đạo của Đảng, quản lý của "
            "Nhà nước và hoạt động của tổ chức Công đoàn."
        ),
        streams=(
            OpinionStream(
                topic=topic,
                content=content + ".",
                trend=Trend.MIXED,
                scope_people=1200 + 150 * month,
                scope_units="CĐCS các doanh nghiệp trong KCN Gián Khẩu, Khánh Phú",
                channels=(SourceChannel.COLLABORATOR, SourceChannel.ZALO),
                cause="Thu nhập chưa theo kịp mức tăng giá cả sinh hoạt.",
                forecast="Dư luận tiếp tục được quan tâm trong tháng tới.",
                proposal="Đề nghị doanh nghiệp đối thoại định kỳ với người lao động.",
            ),
        ),
        recommendations=(
            Recommendation(
                "Tổng LĐLĐ Việt Nam",
                "Tiếp tục kiến nghị điều chỉnh chính sách hỗ trợ nhà ở cho công nhân.",
            ),
        ),
        collaborators=CollaboratorNetwork(
            total=146, new_this_period=3, trained=120, reports_received=38
        ),
        forecast="Tình hình tư tưởng CNVCLĐ tiếp tục ổn định.",
        tasks="Nắm bắt kịp thời tâm tư, nguyện vọng của đoàn viên, người lao động.",
    )


def build(home: DataHome) -> None:
    with Services.open(home, FixedClock(NOW)) as svc:
        setup_province(svc, "NB", "Liên đoàn Lao động tỉnh Ninh Bình", "LĐLĐ")
        for m in range(1, 12):
            r = svc.reports.create(ReportKind.MONTHLY, Period.month(2026, m), monthly(m))
            if m <= 9:
                r = svc.reports.finalize(r.id)
            if m == 8:
                fix = svc.reports.amend(r.id)
                svc.reports.save_content(fix.id, monthly(m))
                svc.reports.finalize(fix.id)
        quick = svc.reports.create(
            ReportKind.QUICK,
            Period.of_day(date(2026, 8, 12)),
            ReportContent(
                assessment="Vụ ngừng việc tập thể đã được giải quyết, công nhân trở lại làm việc.",
                incidents=(
                    Incident(
                        kind=IncidentKind.WORK_STOPPAGE,
                        title="Ngừng việc tập thể tại Công ty TNHH Giày da Ninh Phúc",
                        start=date(2026, 8, 12),
                        end=date(2026, 8, 13),
                        enterprise="Công ty TNHH Giày da Ninh Phúc",
                        ownership=Ownership.FOREIGN,
                        origin_country="Đài Loan",
                        place="KCN Khánh Phú, tỉnh Ninh Bình",
                        workers_involved=420,
                        workforce=1850,
                        cause_demands="Đề nghị tăng phụ cấp chuyên cần và cải thiện bữa ăn ca.",
                        actions="LĐLĐ tỉnh phối hợp Sở Nội vụ tổ chức đối thoại.",
                        status=IncidentStatus.RESOLVED,
                        resolution="Doanh nghiệp đồng ý tăng phụ cấp 150.000 đồng/tháng.",
                    ),
                ),
            ),
        )
        svc.reports.finalize(quick.id)
        thematic = svc.reports.create(
            ReportKind.THEMATIC,
            Period(PeriodKind.QUARTER, 2026, 3),
            ReportContent(
                title="Tâm tư, nguyện vọng của công nhân lao động về nhà ở",
                assessment="Nhu cầu nhà ở xã hội của công nhân các KCN rất lớn.",
            ),
        )
        svc.reports.finalize(thematic.id)
        svc.reports.create(
            ReportKind.ANNUAL,
            Period(PeriodKind.YEAR, 2026),
            ReportContent(assessment="Năm 2026, tình hình tư tưởng CNVCLĐ cơ bản ổn định."),
        )


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dlxh_desktop.ui import i18n
    from dlxh_desktop.ui.startup import Launcher
    from dlxh_desktop.ui.tasks import TaskManager
    from dlxh_desktop.ui.translations_build import build as build_translations

    build_translations()
    os.environ["DLXH_NOW"] = NOW.isoformat()
    with tempfile.TemporaryDirectory() as tmp:
        home = DataHome(Path(tmp) / "ninh-binh")
        build(home)
        app = QApplication([sys.argv[0]])
        i18n.install("vi")
        tasks = TaskManager(app)
        launcher = Launcher(home=home, tasks=tasks)
        shots: list[tuple[str, object]] = []

        def wait(pred, then) -> None:  # type: ignore[no-untyped-def]
            def tick() -> None:
                if pred():
                    then()
                else:
                    QTimer.singleShot(50, tick)

            tick()

        def on_ready(c) -> None:  # type: ignore[no-untyped-def]
            c.view.resize(1280, 800)
            wait(lambda: c.snapshot is not None, lambda: shoot_main(c))

        def shoot_main(c) -> None:  # type: ignore[no-untyped-def]
            app.processEvents()
            c.view.grab().save(str(OUT / "main-window.png"))
            shots.append(("main-window.png", None))
            c.view.table.selectRow(2)
            c.open_selected()
            wait(lambda: c.details_view is not None, lambda: shoot_details(c))

        def shoot_details(c) -> None:  # type: ignore[no-untyped-def]
            app.processEvents()
            c.details_view.grab().save(str(OUT / "main-window-details.png"))
            shots.append(("main-window-details.png", None))
            c.details_view.close()
            i18n.install("en")
            for _ in range(3):  # LanguageChange, then the relayout it causes
                app.processEvents()
            c.view.grab().save(str(OUT / "main-window-en.png"))
            shots.append(("main-window-en.png", None))
            app.quit()

        launcher.ready.connect(on_ready)
        launcher.failed.connect(lambda _code: app.quit())
        launcher.start()
        app.exec()
        launcher.shutdown()
    for name, _ in shots:
        print(f"saved docs/screenshots/{name}")
    return 0 if len(shots) == 3 else 1


if __name__ == "__main__":
    sys.exit(main())
