"""Realistic sample reports for tests, benchmarks and screenshots (demo data, not real events)."""

from __future__ import annotations

import json
from datetime import date
from functools import cache

from dlxh_desktop.domain.letterhead import Letterhead
from dlxh_desktop.domain.periods import Period
from dlxh_desktop.domain.reports import (
    CollaboratorNetwork,
    Incident,
    IncidentKind,
    IncidentStatus,
    OpinionStream,
    Ownership,
    Recommendation,
    Report,
    ReportContent,
    ReportKind,
    SourceChannel,
    Trend,
)
from dlxh_desktop.domain.topics import TopicCatalogue
from dlxh_desktop.resources import resource_path

from .model import Paragraph, Section, Table

ISSUE_DATE = date(2026, 10, 16)


@cache
def topics() -> TopicCatalogue:
    """The shipped topic catalogue."""
    with resource_path("topics", "topics.json").open(encoding="utf-8") as f:
        return TopicCatalogue.from_records(json.load(f))


def letterhead() -> Letterhead:
    return Letterhead(
        parent_body="TỔNG LĐLĐ VIỆT NAM",
        issuing_body="LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH",
        symbol="LĐLĐ",
        place="Ninh Bình",
        signing_authority="TM. BAN THƯỜNG VỤ",
        position="PHÓ CHỦ TỊCH THƯỜNG TRỰC",
        signer="Trần Kim Long",
        recipients=("Ban Tuyên giáo - Nữ công Tổng LĐLĐ Việt Nam",),
        distribution=("Như trên", "Thường trực LĐLĐ tỉnh", "Lưu: VT, TG-NC"),
    )


STREAMS = (
    OpinionStream(
        topic="tien-luong",
        content="Đoàn viên, người lao động phấn khởi trước thông tin Chính phủ điều chỉnh mức "
        "lương tối thiểu vùng từ ngày 01/01/2027, tăng bình quân 7,2% so với hiện hành",
        trend=Trend.POSITIVE,
        scope_people=12500,
        scope_units="các doanh nghiệp trong Khu công nghiệp Gián Khẩu, Khánh Phú",
        channels=(SourceChannel.COLLABORATOR, SourceChannel.ZALO),
        cause="Mức lương hiện hành chưa theo kịp giá cả sinh hoạt, nhà trọ",
        forecast="Người lao động tiếp tục quan tâm việc doanh nghiệp áp dụng mức lương mới",
        proposal="Công đoàn cơ sở chủ động đối thoại với người sử dụng lao động về lộ trình "
        "điều chỉnh thang, bảng lương",
    ),
    OpinionStream(
        topic="viec-lam",
        content="Một bộ phận công nhân ngành dệt may, da giày lo lắng về việc làm do đơn hàng "
        "xuất khẩu quý IV giảm, một số doanh nghiệp cắt giảm giờ làm thêm",
        trend=Trend.NEGATIVE,
        scope_people=3200,
        scope_units="05 doanh nghiệp dệt may, da giày",
        channels=(SourceChannel.DIRECT, SourceChannel.FACEBOOK),
        cause="Thị trường xuất khẩu sang châu Âu, Hoa Kỳ sụt giảm",
        forecast="Có thể phát sinh ngừng việc nếu doanh nghiệp chậm trả lương",
        proposal="Đề nghị doanh nghiệp thông báo công khai kế hoạch sản xuất; công đoàn "
        "theo dõi sát tình hình",
    ),
    OpinionStream(
        topic="bhxh-bhyt",
        content="Người lao động băn khoăn về quy định rút bảo hiểm xã hội một lần theo Luật "
        "Bảo hiểm xã hội năm 2024, nhiều ý kiến trái chiều trên các nhóm Zalo công nhân",
        trend=Trend.MIXED,
        scope_people=4000,
        channels=(SourceChannel.ZALO, SourceChannel.MEETING),
        cause="Thông tin chưa đầy đủ, có nội dung bị cắt ghép, xuyên tạc trên mạng xã hội",
        proposal="Tăng cường tuyên truyền, giải đáp chính sách tại các buổi đối thoại",
    ),
    OpinionStream(
        topic="nha-o",
        content="Công nhân thuê trọ quanh khu công nghiệp phản ánh giá phòng trọ, điện, nước "
        "tăng; mong muốn được thuê nhà ở xã hội",
        trend=Trend.NEGATIVE,
        scope_people=2100,
        scope_units="xã Gia Trấn, Gia Xuân",
        channels=(SourceChannel.COLLABORATOR,),
        proposal="Đề nghị tỉnh đẩy nhanh tiến độ dự án nhà ở xã hội cho công nhân",
    ),
    OpinionStream(
        topic="su-kien-chinh-tri-xa-hoi",
        content="Đoàn viên, người lao động đồng tình, ủng hộ chủ trương sắp xếp đơn vị hành "
        "chính, tin tưởng vào sự lãnh đạo của Đảng",
        trend=Trend.POSITIVE,
        channels=(SourceChannel.MEETING, SourceChannel.PRESS),
    ),
)

EXTRA_STREAMS = (
    OpinionStream(
        topic="tien-luong",
        content="Viên chức ngành giáo dục, y tế quan tâm lộ trình cải cách tiền lương, chế độ "
        "phụ cấp ưu đãi theo nghề",
        trend=Trend.MIXED,
        channels=(SourceChannel.MEETING,),
    ),
    OpinionStream(
        topic="tien-luong",
        content="Công nhân một số doanh nghiệp phản ánh việc trả lương làm thêm giờ chưa đúng "
        "quy định",
        trend=Trend.NEGATIVE,
        scope_units="02 doanh nghiệp cơ khí",
        channels=(SourceChannel.COLLABORATOR,),
    ),
    OpinionStream(
        topic="viec-lam",
        content="Lao động trên 35 tuổi lo ngại khó tìm việc làm mới khi doanh nghiệp tái cơ "
        "cấu sản xuất",
        trend=Trend.NEGATIVE,
        channels=(SourceChannel.FACEBOOK,),
    ),
    OpinionStream(
        topic="mang-xa-hoi",
        content="Xuất hiện một số bài viết xuyên tạc về vai trò của tổ chức Công đoàn trong "
        "các vụ ngừng việc; đoàn viên đã chủ động phản bác",
        trend=Trend.MIXED,
        channels=(SourceChannel.FACEBOOK, SourceChannel.OTHER_NETWORK),
        proposal="Tiếp tục đấu tranh, phản bác các quan điểm sai trái, thù địch",
    ),
)

INCIDENTS = (
    Incident(
        kind=IncidentKind.WORK_STOPPAGE,
        title="Ngừng việc tập thể tại Công ty TNHH Giày Adora Ninh Bình",
        start=date(2026, 9, 22),
        end=date(2026, 9, 23),
        enterprise="Công ty TNHH Giày Adora Ninh Bình",
        ownership=Ownership.FOREIGN,
        origin_country="Đài Loan (Trung Quốc)",
        place="KCN Gián Khẩu, huyện Gia Viễn",
        workers_involved=850,
        workforce=3400,
        cause_demands="Công nhân yêu cầu tăng phụ cấp chuyên cần, cải thiện chất lượng bữa ăn ca",
        actions="LĐLĐ tỉnh phối hợp Sở Nội vụ, chính quyền địa phương tổ chức đối thoại",
        handled_by="Sở Nội vụ, UBND huyện Gia Viễn, LĐLĐ tỉnh",
        status=IncidentStatus.RESOLVED,
        resolution="Doanh nghiệp đồng ý tăng tiền ăn ca lên 25.000 đồng/suất; công nhân trở "
        "lại làm việc từ ngày 24/9/2026",
        union_role="Đại diện người lao động đối thoại, thương lượng với doanh nghiệp",
        sensitive=True,
    ),
    Incident(
        kind=IncidentKind.WAGE_ARREARS,
        title="Nợ lương tháng 8, 9/2026",
        start=date(2026, 10, 2),
        enterprise="Công ty CP May Hoàng Long",
        ownership=Ownership.PRIVATE,
        place="Thành phố Tam Điệp",
        workers_involved=210,
        workforce=210,
        cause_demands="Người lao động yêu cầu trả đủ lương, đóng BHXH còn nợ",
        status=IncidentStatus.MONITORING,
        union_role="Công đoàn cơ sở nắm tình hình, báo cáo LĐLĐ tỉnh",
    ),
)

RECOMMENDATIONS = (
    Recommendation(
        "Tổng LĐLĐ Việt Nam",
        "Sớm hướng dẫn chế độ hỗ trợ đoàn viên mất việc làm do doanh nghiệp cắt giảm đơn hàng",
    ),
    Recommendation(
        "Tổng LĐLĐ Việt Nam",
        "Kiến nghị Chính phủ nghiên cứu giảm thời giờ làm "
        "việc tiêu chuẩn đối với lao động nữ trên 40 tuổi",
    ),
    Recommendation(
        "Ủy ban nhân dân tỉnh",
        "Chỉ đạo các sở, ngành kiểm tra việc chấp hành "
        "pháp luật lao động tại doanh nghiệp nợ lương, nợ bảo hiểm xã hội",
    ),
)

ASSESSMENT = (
    "Trong tháng, tình hình tư tưởng của đoàn viên, công nhân, viên chức, lao động trên địa bàn "
    "tỉnh cơ bản ổn định; đa số người lao động yên tâm làm việc, tin tưởng vào sự lãnh đạo của "
    "Đảng, sự quản lý, điều hành của Nhà nước và hoạt động của tổ chức Công đoàn.\n"
    "Tuy nhiên, một bộ phận người lao động trong các doanh nghiệp dệt may, da giày còn lo lắng "
    "về việc làm, thu nhập khi đơn hàng cuối năm giảm; giá cả sinh hoạt, nhà trọ tăng ảnh hưởng "
    "đến đời sống của công nhân thuê trọ."
)


def monthly_report(number: str = "05/BC-LĐLĐ") -> Report:
    """A typical monthly report (October 2026) with streams, incidents and recommendations."""
    return Report(
        id=1,
        uid="sample-monthly",
        unit_code="NB",
        kind=ReportKind.MONTHLY,
        period=Period.month(2026, 10),
        number=number,
        content=ReportContent(
            assessment=ASSESSMENT,
            streams=STREAMS + EXTRA_STREAMS,
            incidents=INCIDENTS,
            recommendations=RECOMMENDATIONS,
            collaborators=CollaboratorNetwork(
                total=186,
                new_this_period=12,
                trained=150,
                reports_received=47,
                note="Mạng lưới cộng tác viên hoạt động hiệu quả, phản ánh kịp thời thông tin",
            ),
            forecast="Thời gian tới, vấn đề việc làm, thu nhập và thưởng Tết Nguyên đán Đinh Mùi "
            "năm 2027 sẽ là mối quan tâm hàng đầu của người lao động.",
            tasks="Tiếp tục kiện toàn mạng lưới cộng tác viên dư luận xã hội.\n"
            "Chủ động nắm bắt, định hướng thông tin trên mạng xã hội; đấu tranh, phản bác các "
            "quan điểm sai trái, thù địch, xuyên tạc.",
            difficulties="Một số công đoàn cơ sở khu vực ngoài nhà nước chưa báo cáo kịp thời.",
        ),
    )


def quick_report() -> Report:
    """A quick report on one work stoppage."""
    return Report(
        id=2,
        uid="sample-quick",
        unit_code="NB",
        kind=ReportKind.QUICK,
        period=Period.of_day(date(2026, 9, 22)),
        number="07/BC-LĐLĐ",
        content=ReportContent(
            assessment="Người lao động bức xúc về chất lượng bữa ăn ca, có tâm lý chờ đợi "
            "kết quả đối thoại.",
            incidents=INCIDENTS[:1],
            recommendations=RECOMMENDATIONS[2:],
            forecast="Tình hình cơ bản ổn định sau đối thoại.",
        ),
    )


def annual_report() -> Report:
    r = monthly_report("41/BC-LĐLĐ")
    return Report(
        id=3,
        uid="sample-annual",
        unit_code="NB",
        kind=ReportKind.ANNUAL,
        period=Period(r.period.kind.YEAR, 2026),
        number=r.number,
        content=r.content,
    )


def thematic_report() -> Report:
    content = ReportContent(
        title="Dư luận xã hội trong công nhân lao động về Luật Bảo hiểm xã hội năm 2024",
        assessment=ASSESSMENT,
        streams=STREAMS[2:3],
        recommendations=RECOMMENDATIONS[:1],
    )
    return Report(
        id=4,
        uid="sample-thematic",
        unit_code="NB",
        kind=ReportKind.THEMATIC,
        period=Period.parse("2026-Q3"),
        number="",
        content=content,
    )


def consolidated_sections() -> list[Section]:
    """Sections like a parent's consolidation would supply (figures per unit)."""
    return [
        Section(
            "Tình hình chung",
            (
                Paragraph.of(
                    "Trong tháng, 12/14 đơn vị gửi báo cáo đúng hạn; tình hình tư tưởng của "
                    "đoàn viên, người lao động cơ bản ổn định."
                ),
            ),
        ),
        Section(
            "Tổng hợp số liệu các đơn vị",
            (
                Table(
                    header=(("TT", "Đơn vị", "Luồng dư luận", "Vụ việc", "Đúng hạn"),),
                    rows=(
                        ("1", "LĐLĐ thành phố Hoa Lư", "6", "0", "Có"),
                        ("2", "Công đoàn các Khu công nghiệp", "11", "2", "Có"),
                        ("3", "Công đoàn ngành Giáo dục", "3", "0", "Không"),
                        ("", "Tổng cộng", "20", "2", ""),
                    ),
                    widths_mm=(12.0, 73.0, 30.0, 25.0, 25.0),
                    center_columns=(0, 2, 3, 4),
                    bold_rows=(3,),
                ),
            ),
        ),
    ]


def long_report(n_streams: int = 300, n_incidents: int = 100) -> Report:
    """A long report to test pagination: numbered, distinct streams and incidents."""
    codes = [t.code for t in topics()]
    streams = tuple(
        OpinionStream(
            topic=codes[i % len(codes)],
            content=f"Luồng ý kiến số {i + 1:03d}: người lao động phản ánh về điều kiện làm việc, "
            "tiền lương, thưởng và chế độ phúc lợi tại đơn vị, đề nghị công đoàn quan tâm",
            trend=list(Trend)[i % 3],
            scope_people=100 + i,
            cause=f"Nguyên nhân số {i + 1:03d}",
            proposal=f"Đề xuất số {i + 1:03d}",
        )
        for i in range(n_streams)
    )
    incidents = tuple(
        Incident(
            kind=IncidentKind.WORK_STOPPAGE,
            title=f"Vụ việc số {i + 1:03d}",
            start=date(2026, 9, 15 + i % 15),
            enterprise=f"Công ty TNHH Điện tử Số {i + 1:03d}",
            ownership=Ownership.FOREIGN,
            place="KCN Khánh Phú",
            workers_involved=50 + i,
            workforce=1000,
            cause_demands="Yêu cầu tăng lương, cải thiện bữa ăn ca",
            status=IncidentStatus.RESOLVED,
            resolution="Đã đối thoại, ổn định",
        )
        for i in range(n_incidents)
    )
    return Report(
        id=5,
        uid="sample-long",
        unit_code="NB",
        kind=ReportKind.MONTHLY,
        period=Period.month(2026, 10),
        number="06/BC-LĐLĐ",
        content=ReportContent(
            assessment=ASSESSMENT,
            streams=streams,
            incidents=incidents,
            recommendations=RECOMMENDATIONS,
        ),
    )
