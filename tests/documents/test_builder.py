"""The document model built from reports: subjects, numbers, dates, sections."""

from __future__ import annotations

from datetime import date

from dlxh_desktop.documents import Paragraph, Section, build_document, samples, subject_of
from dlxh_desktop.documents.model import iter_sections, numbered, vi_letter
from dlxh_desktop.documents.vi import listed, number_line, place_date
from dlxh_desktop.domain.letterhead import Letterhead


def test_subjects_per_kind() -> None:
    assert subject_of(samples.monthly_report()) == (
        "Tình hình tư tưởng, dư luận xã hội trong đoàn viên, người lao động tháng 10/2026"
    )
    assert subject_of(samples.annual_report()).endswith("người lao động năm 2026")
    assert subject_of(samples.quick_report()) == (
        "Về vụ việc ngừng việc tập thể tại Công ty TNHH Giày Adora Ninh Bình"
    )
    assert subject_of(samples.thematic_report()).startswith("Dư luận xã hội trong công nhân")


def test_number_and_date_lines() -> None:
    assert number_line("05/BC-LĐLĐ", "LĐLĐ") == "Số: 05/BC-LĐLĐ"
    assert number_line("5", "LĐLĐ") == "Số: 05/BC-LĐLĐ"
    draft = number_line("", "LĐLĐ")
    assert draft.startswith("Số:") and draft.endswith("/BC-LĐLĐ") and "0" not in draft
    assert place_date("Ninh Bình", date(2026, 2, 5)) == "Ninh Bình, ngày 05 tháng 02 năm 2026"
    assert place_date("Ninh Bình", date(2026, 3, 14)) == "Ninh Bình, ngày 14 tháng 3 năm 2026"
    assert place_date("Ninh Bình", date(2026, 12, 1)) == "Ninh Bình, ngày 01 tháng 12 năm 2026"


def test_distribution_list_punctuation() -> None:
    assert listed(["Như trên", "Lưu: VT, TG-NC."]) == ("- Như trên;", "- Lưu: VT, TG-NC.")


def test_sections_numbered_by_level() -> None:
    blocks = numbered([Section("A", (Section("B", (Section("C"), Section("D"))),)), Section("E")])
    found = [(lvl, s.number) for lvl, s in iter_sections(blocks)]
    assert found == [(1, "I."), (2, "1."), (3, "a)"), (3, "b)"), (1, "II.")]
    assert vi_letter(5) == "đ" and vi_letter(6) == "e"


def test_monthly_body_structure() -> None:
    doc = build_document(
        samples.monthly_report(),
        samples.letterhead(),
        samples.topics(),
        issue_date=samples.ISSUE_DATE,
    )
    top = [s for lvl, s in iter_sections(doc.body) if lvl == 1]
    assert [s.number for s in top] == ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."]
    streams = top[1]
    topics = [s.title for s in streams.blocks if isinstance(s, Section)]
    assert topics[:2] == ["Việc làm", "Tiền lương"]
    recs = [s.title for s in top[3].blocks if isinstance(s, Section)]
    assert recs == ["Đối với Tổng LĐLĐ Việt Nam", "Đối với Ủy ban nhân dân tỉnh"]
    last = doc.body[-1]
    assert isinstance(last, Paragraph) and last.text.endswith("./.")
    assert doc.header.number_line == "Số: 05/BC-LĐLĐ"
    assert doc.distribution == ("- Như trên;", "- Thường trực LĐLĐ tỉnh;", "- Lưu: VT, TG-NC.")


def test_missing_letterhead_fields_get_placeholders() -> None:
    doc = build_document(
        samples.monthly_report(number=""),
        Letterhead(),
        samples.topics(),
        issue_date=samples.ISSUE_DATE,
    )
    assert doc.signature.signer == "[chưa có tên người ký]"
    assert doc.header.issuing_body.startswith("[CHƯA CÓ")
    assert doc.header.place_date.startswith("[chưa có địa danh], ngày 16 tháng 10 năm 2026")
    assert doc.header.number_line.endswith("/BC-[ký hiệu]")
    assert "signer" in Letterhead().missing()
