"""Body sections generated from a report's content (assessment, streams, incidents...)."""

from __future__ import annotations

from collections import Counter

from dlxh_desktop.domain.reports import (
    CollaboratorNetwork,
    Incident,
    OpinionStream,
    Recommendation,
    ReportContent,
)
from dlxh_desktop.domain.topics import TopicCatalogue

from . import vi
from .model import BarChart, Block, Paragraph, Section, Table, vi_letter

NONE_THIS_PERIOD = "Trong kỳ, không có nội dung phát sinh."


def paragraphs(text: str, *, empty: str = NONE_THIS_PERIOD) -> tuple[Paragraph, ...]:
    """One body paragraph per non-empty line of ``text``; ``empty`` when there is none."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return tuple(Paragraph.of(line) for line in lines) or (Paragraph.of(empty),)


def assessment_section(content: ReportContent) -> Section:
    """I. The general assessment of the ideological situation."""
    return Section(
        "Tình hình tư tưởng của đoàn viên, người lao động",
        paragraphs(
            content.assessment,
            empty="Tình hình tư tưởng của đoàn viên, người lao động cơ bản ổn định.",
        ),
    )


def streams_chart(streams: tuple[OpinionStream, ...], topics: TopicCatalogue) -> BarChart:
    """Number of opinion streams per topic, most frequent first."""
    counts = Counter(s.topic for s in streams)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], _topic_order(kv[0], topics)))
    return BarChart(
        "Số luồng dư luận theo chủ đề",
        tuple(topics.label(code) for code, _ in ordered),
        tuple(float(n) for _, n in ordered),
        unit="luồng",
    )


def _topic_order(code: str, topics: TopicCatalogue) -> int:
    for i, t in enumerate(topics):
        if t.code == code:
            return i
    return len(topics)


def stream_blocks(stream: OpinionStream, letter: str = "") -> list[Block]:
    """A stream's content, then its scope, trend, channels, cause, forecast and proposal."""
    prefix = f"{letter}) " if letter else ""
    blocks: list[Block] = [Paragraph.of(prefix + vi.sentence(stream.content))]
    scope = []
    if stream.scope_people is not None:
        scope.append(f"khoảng {vi.people(stream.scope_people)} người")
    if stream.scope_units.strip():
        scope.append(stream.scope_units.strip())
    if scope:
        blocks.append(Paragraph.labelled("Phạm vi", vi.sentence(", ".join(scope))))
    blocks.append(Paragraph.labelled("Chiều hướng", vi.sentence(vi.TREND[stream.trend])))
    if stream.channels:
        channels = ", ".join(vi.CHANNEL[c] for c in stream.channels)
        blocks.append(Paragraph.labelled("Kênh nắm bắt", vi.sentence(channels)))
    for label, value in (
        ("Nguyên nhân", stream.cause),
        ("Dự báo", stream.forecast),
        ("Đề xuất giải pháp", stream.proposal),
    ):
        if value.strip():
            blocks.append(Paragraph.labelled(label, vi.sentence(value)))
    return blocks


def streams_section(streams: tuple[OpinionStream, ...], topics: TopicCatalogue) -> Section:
    """II. Opinion streams grouped by topic, in catalogue order ("1. Việc làm")."""
    if not streams:
        return Section("Các luồng dư luận xã hội", (Paragraph.of(NONE_THIS_PERIOD),))
    by_topic: dict[str, list[OpinionStream]] = {}
    for s in sorted(streams, key=lambda s: _topic_order(s.topic, topics)):
        by_topic.setdefault(s.topic, []).append(s)
    blocks: list[Block] = [
        Paragraph.of(
            f"Trong kỳ, nắm bắt được {len(streams)} luồng dư luận thuộc {len(by_topic)} "
            "chủ đề, cụ thể như sau:"
        )
    ]
    if len(by_topic) >= 2:
        blocks.append(streams_chart(streams, topics))
    for code, group in by_topic.items():
        sub: list[Block] = []
        for i, stream in enumerate(group, start=1):
            sub.extend(stream_blocks(stream, vi_letter(i) if len(group) > 1 else ""))
        blocks.append(Section(topics.label(code), tuple(sub)))
    return Section("Các luồng dư luận xã hội", tuple(blocks))


INCIDENT_HEADER = (
    "TT",
    "Vụ việc, doanh nghiệp",
    "Thời gian, địa điểm",
    "Số NLĐ tham gia/ tổng số",
    "Nguyên nhân, yêu cầu",
    "Kết quả giải quyết, vai trò công đoàn",
)
INCIDENT_WIDTHS = (10.0, 38.0, 27.0, 20.0, 35.0, 35.0)


def enterprise_line(inc: Incident) -> str:
    """ "Công ty TNHH X (doanh nghiệp FDI, vốn Hàn Quốc)"."""
    kind = []
    if inc.ownership is not None:
        kind.append(vi.OWNERSHIP[inc.ownership])
    if inc.origin_country.strip():
        kind.append(f"vốn {inc.origin_country.strip()}")
    name = inc.enterprise.strip()
    return f"{name} ({', '.join(kind)})" if kind and name else name or ", ".join(kind)


def period_line(inc: Incident) -> str:
    end = vi.day(inc.end) if inc.end else "chưa kết thúc"
    return f"Từ {vi.day(inc.start)} đến {end}" if inc.end != inc.start else vi.day(inc.start)


def incident_row(i: int, inc: Incident) -> tuple[str, ...]:
    """One row of the incidents table, with the glossary's fields."""
    title = inc.title.strip()
    kind = vi.INCIDENT_KIND[inc.kind]
    what = [title if title.lower().startswith(kind.lower()) else f"{kind}: {title}"]
    name = inc.enterprise.strip()
    if name and name.lower() not in title.lower():
        what.append(name)
    kinds = [vi.OWNERSHIP[inc.ownership]] if inc.ownership is not None else []
    if inc.origin_country.strip():
        kinds.append(f"vốn {inc.origin_country.strip()}")
    if kinds:
        what.append(f"({', '.join(kinds)})")
    when = period_line(inc) + (f"\n{inc.place.strip()}" if inc.place.strip() else "")
    who = f"{vi.people(inc.workers_involved)}/ {vi.people(inc.workforce)}"
    result = [f"{vi.INCIDENT_STATUS[inc.status]}."]
    if inc.resolution.strip():
        result.append(vi.sentence(inc.resolution))
    if inc.union_role.strip():
        result.append(f"Công đoàn: {vi.lower_first(vi.sentence(inc.union_role))}")
    return (str(i), "\n".join(what), when, who, inc.cause_demands.strip(), " ".join(result))


def incident_narrative(inc: Incident) -> list[Block]:
    """Short narrative of a sensitive incident, under the table."""
    blocks: list[Block] = [Paragraph.of(f"Vụ việc {inc.title.strip()}", bold=True, italic=True)]
    for label, value in (
        ("Diễn biến, nguyên nhân và yêu cầu", inc.cause_demands),
        ("Các hoạt động đã triển khai", inc.actions),
        ("Cơ quan, đơn vị xử lý", inc.handled_by),
        ("Kết quả giải quyết", inc.resolution),
        ("Vai trò của tổ chức công đoàn", inc.union_role),
    ):
        if value.strip():
            blocks.append(Paragraph.labelled(label, vi.sentence(value)))
    return blocks


def incidents_section(incidents: tuple[Incident, ...]) -> Section:
    """III. Complex and sensitive incidents: a table, then a narrative for sensitive ones."""
    title = "Các vụ việc phức tạp, nhạy cảm"
    if not incidents:
        return Section(
            title, (Paragraph.of("Trong kỳ, không phát sinh vụ việc phức tạp, nhạy cảm."),)
        )
    ordered = sorted(incidents, key=lambda x: x.start)
    involved = sum(x.workers_involved or 0 for x in ordered)
    blocks: list[Block] = [
        Paragraph.of(
            f"Trong kỳ, xảy ra {len(ordered)} vụ việc với khoảng {vi.people(involved)} "
            "người lao động tham gia (chi tiết tại bảng dưới đây)."
        ),
        Table(
            header=(INCIDENT_HEADER,),
            rows=tuple(incident_row(i, inc) for i, inc in enumerate(ordered, start=1)),
            widths_mm=INCIDENT_WIDTHS,
            caption="Bảng: Các vụ việc phức tạp, nhạy cảm trong kỳ",
            center_columns=(0, 3),
        ),
    ]
    sensitive = [x for x in ordered if x.sensitive]
    if sensitive:
        blocks.append(Paragraph.of("Một số vụ việc nhạy cảm cần lưu ý:"))
        for inc in sensitive:
            blocks.extend(incident_narrative(inc))
    return Section(title, tuple(blocks))


def recommendations_section(recs: tuple[Recommendation, ...]) -> Section:
    """IV. Recommendations grouped by addressee ("1. Đối với Tổng LĐLĐ Việt Nam")."""
    title = "Kiến nghị, đề xuất"
    if not recs:
        return Section(title, (Paragraph.of("Không có kiến nghị, đề xuất trong kỳ."),))
    groups: dict[str, list[str]] = {}
    for r in recs:
        groups.setdefault(r.addressee.strip() or "Các cơ quan liên quan", []).append(r.content)
    return Section(
        title,
        tuple(
            Section(
                f"Đối với {addressee}",
                tuple(Paragraph.of("- " + vi.sentence(c)) for c in contents),
            )
            for addressee, contents in groups.items()
        ),
    )


def collaborators_section(net: CollaboratorNetwork) -> Section:
    """V. Figures about the collaborator network."""
    rows = (
        ("1", "Tổng số cộng tác viên DLXH", vi.people(net.total)),
        ("2", "Cộng tác viên bổ sung trong kỳ", vi.people(net.new_this_period)),
        ("3", "Cộng tác viên đã được tập huấn", vi.people(net.trained)),
        ("4", "Số tin, báo cáo cộng tác viên gửi về", vi.people(net.reports_received)),
    )
    blocks: list[Block] = [
        Table(
            header=(("TT", "Chỉ tiêu", "Số lượng"),),
            rows=rows,
            widths_mm=(12.0, 118.0, 35.0),
            center_columns=(0, 2),
        )
    ]
    if net.note.strip():
        blocks.append(Paragraph.of(vi.sentence(net.note)))
    return Section("Mạng lưới cộng tác viên dư luận xã hội", tuple(blocks))


def outlook_section(content: ReportContent) -> Section:
    """VI. Forecast of the situation and tasks for the coming period."""
    blocks: list[Block] = []
    if content.forecast.strip():
        blocks.append(Section("Dự báo tình hình", paragraphs(content.forecast)))
    if content.tasks.strip():
        blocks.append(Section("Nhiệm vụ, giải pháp thời gian tới", paragraphs(content.tasks)))
    if not blocks:
        blocks.append(Paragraph.of("Tiếp tục theo dõi, nắm bắt tình hình dư luận xã hội."))
    return Section("Dự báo tình hình và nhiệm vụ thời gian tới", tuple(blocks))


def difficulties_section(content: ReportContent) -> Section | None:
    """Difficulties and obstacles, only when there are some."""
    if not content.difficulties.strip():
        return None
    return Section("Khó khăn, vướng mắc", paragraphs(content.difficulties))
