"""Build the document model from a report (every kind) or from consolidated sections."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dlxh_desktop.domain.letterhead import Letterhead
from dlxh_desktop.domain.periods import Period
from dlxh_desktop.domain.reports import Incident, Report, ReportKind
from dlxh_desktop.domain.topics import TopicCatalogue

from . import body, vi
from .model import (
    Block,
    Document,
    HeaderBlock,
    Paragraph,
    Section,
    SignatureBlock,
    Table,
    numbered,
)


def subject_of(report: Report) -> str:
    """The subject line under "BÁO CÁO": the content's title, or one generated for the kind."""
    title = report.content.title.strip()
    if title:
        return title
    match report.kind:
        case ReportKind.QUICK:
            incident = report.content.incidents[0] if report.content.incidents else None
            if incident is not None and incident.title.strip():
                return f"Về vụ việc {vi.lower_first(incident.title)}"
            return f"Về vụ việc phức tạp, nhạy cảm {report.period.label_vi()}"
        case ReportKind.THEMATIC:
            return f"Chuyên đề {vi.SITUATION} {report.period.label_vi()}"
        case _:
            return vi.periodic_subject(report.period)


def _intro(report: Report, subject: str) -> Paragraph:
    if report.kind is ReportKind.QUICK:
        return Paragraph.of(
            "Thực hiện chế độ báo cáo nhanh khi phát sinh vụ việc phức tạp, nhạy cảm trong "
            "đoàn viên, người lao động, đơn vị báo cáo như sau:"
        )
    if report.kind is ReportKind.THEMATIC:
        return Paragraph.of(f"Đơn vị báo cáo chuyên đề {vi.lower_first(subject)} như sau:")
    return Paragraph.of(
        f"Thực hiện chế độ báo cáo định kỳ về {vi.SITUATION}, đơn vị báo cáo "
        f"{vi.SITUATION} {report.period.label_vi()} như sau:"
    )


def incident_details(inc: Incident) -> Table:
    """Field-by-field table of one incident (quick report), with the glossary's fields."""
    rows = [
        ("Loại vụ việc", vi.INCIDENT_KIND[inc.kind]),
        ("Doanh nghiệp", body.enterprise_line(inc) or "chưa rõ"),
        ("Địa điểm", inc.place.strip() or "chưa rõ"),
        ("Thời gian", body.period_line(inc)),
        (
            "Số người tham gia/ tổng số lao động",
            f"{vi.people(inc.workers_involved)}/ {vi.people(inc.workforce)}",
        ),
        ("Nguyên nhân, yêu cầu", inc.cause_demands.strip()),
        ("Các hoạt động đã triển khai", inc.actions.strip()),
        ("Cơ quan, đơn vị xử lý", inc.handled_by.strip()),
        ("Tình trạng", vi.INCIDENT_STATUS[inc.status]),
        ("Kết quả giải quyết", inc.resolution.strip()),
        ("Vai trò của công đoàn", inc.union_role.strip()),
    ]
    return Table(
        header=(("Nội dung", "Thông tin"),),
        rows=tuple((k, v) for k, v in rows if v),
        widths_mm=(55.0, 110.0),
        caption=f"Vụ việc: {inc.title.strip()}",
    )


def _quick_sections(report: Report, topics: TopicCatalogue) -> list[Block]:
    c = report.content
    info: list[Block] = []
    for inc in sorted(c.incidents, key=lambda x: x.start):
        info.append(incident_details(inc))
    if not info:
        info.append(Paragraph.of("Chưa có thông tin chi tiết về vụ việc."))
    opinion: list[Block] = list(body.paragraphs(c.assessment, empty="Đang tiếp tục nắm bắt."))
    for stream in c.streams:
        opinion.append(
            Paragraph.of(f"Về {vi.lower_first(topics.label(stream.topic))}:", italic=True)
        )
        opinion.extend(body.stream_blocks(stream))
    out: list[Block] = [
        Section("Thông tin vụ việc", tuple(info)),
        Section("Tâm tư, dư luận của người lao động", tuple(opinion)),
        body.recommendations_section(c.recommendations),
        body.outlook_section(c),
    ]
    diff = body.difficulties_section(c)
    if diff:
        out.append(diff)
    return out


def _periodic_sections(report: Report, topics: TopicCatalogue) -> list[Block]:
    c = report.content
    out: list[Block] = [
        body.assessment_section(c),
        body.streams_section(c.streams, topics),
        body.incidents_section(c.incidents),
        body.recommendations_section(c.recommendations),
        body.collaborators_section(c.collaborators),
        body.outlook_section(c),
    ]
    diff = body.difficulties_section(c)
    if diff:
        out.append(diff)
    return out


def build_document(
    report: Report, letterhead: Letterhead, topics: TopicCatalogue, *, issue_date: date
) -> Document:
    """The official document of a report of any kind (monthly, quick, annual, thematic).

    ``issue_date`` is printed in the date line. Missing letterhead fields render as visible
    placeholders ("[chưa có tên người ký]"); ``Letterhead.missing()`` names them.
    """
    subject = subject_of(report)
    if report.kind is ReportKind.QUICK:
        sections = _quick_sections(report, topics)
    else:
        sections = _periodic_sections(report, topics)
    closing = f"Trên đây là báo cáo {vi.lower_first(subject)}./."
    if report.kind is ReportKind.QUICK:
        closing = "Đơn vị tiếp tục theo dõi, báo cáo kịp thời diễn biến tiếp theo của vụ việc./."
    return assemble(
        letterhead,
        number=report.number,
        doc_type=vi.DOC_TYPE[report.kind],
        subject=subject,
        intro=(_intro(report, subject),),
        sections=sections,
        closing=closing,
        issue_date=issue_date,
    )


def build_consolidated_document(
    letterhead: Letterhead,
    period: Period,
    sections: Sequence[Block],
    *,
    issue_date: date,
    number: str = "",
    subject: str = "",
    intro: Sequence[str] = (),
    closing: str = "",
) -> Document:
    """The parent's consolidated report (báo cáo tổng hợp) from sections built elsewhere.

    ``sections`` are :class:`Section` trees (numbers are filled by position when empty) and may
    hold paragraphs, tables and bar charts; the header, subject, signature and distribution
    come from ``letterhead``. Default subject: "Tổng hợp tình hình tư tưởng, ... tháng 10/2026".
    """
    subject = subject.strip() or f"Tổng hợp {vi.lower_first(vi.periodic_subject(period))}"
    if not intro:
        intro = (
            f"Trên cơ sở báo cáo của các đơn vị trực thuộc, đơn vị tổng hợp {vi.SITUATION} "
            f"{period.label_vi()} như sau:",
        )
    return assemble(
        letterhead,
        number=number,
        doc_type="BÁO CÁO",
        subject=subject,
        intro=tuple(Paragraph.of(t) for t in intro),
        sections=list(sections),
        closing=closing or f"Trên đây là báo cáo {vi.lower_first(subject)}./.",
        issue_date=issue_date,
    )


def assemble(
    letterhead: Letterhead,
    *,
    number: str,
    doc_type: str,
    subject: str,
    intro: Sequence[Paragraph],
    sections: Sequence[Block],
    closing: str,
    issue_date: date,
) -> Document:
    """Put header, title, recipients, numbered body, signature and distribution together."""
    lh = letterhead
    header = HeaderBlock(
        parent_body=lh.parent_body.strip().upper(),
        issuing_body=vi.or_placeholder(lh.issuing_body, "issuing_body").upper(),
        number_line=vi.number_line(number, lh.symbol),
        place_date=vi.place_date(lh.place, issue_date),
    )
    signature = SignatureBlock(
        authority=lh.signing_authority.strip().upper(),
        position=vi.or_placeholder(lh.position, "position").upper(),
        signer=vi.or_placeholder(lh.signer, "signer"),
    )
    blocks: list[Block] = [*intro, *numbered(list(sections))]
    if closing:
        blocks.append(Paragraph.of(closing))
    return Document(
        header=header,
        doc_type=doc_type,
        subject=subject,
        recipients=tuple(r.strip() for r in lh.recipients if r.strip()),
        body=tuple(blocks),
        signature=signature,
        distribution=vi.listed(lh.distribution),
        title=f"{doc_type.capitalize()} {vi.lower_first(subject)}",
    )


__all__ = ["Section", "assemble", "build_consolidated_document", "build_document", "subject_of"]
