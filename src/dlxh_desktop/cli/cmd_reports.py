"""``dlxh report new | edit | show | list | validate | finalize | amend``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dlxh_desktop.domain import DomainError, Period, PeriodKind, ReportKind
from dlxh_desktop.domain.report_json import ReportInput, report_from_json, report_to_json
from dlxh_desktop.domain.reports import PERIOD_KINDS
from dlxh_desktop.domain.validation import Severity
from dlxh_desktop.services.errors import ServiceError

from . import report_text
from .context import open_services, print_json
from .io_utils import read_json
from .words import finding_text

if TYPE_CHECKING:
    from dlxh_desktop.services.app import Services


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="write and manage reports")
    rs = p.add_subparsers(dest="report_command", metavar="ACTION")
    rs.required = True
    new = rs.add_parser("new", help="start a draft; prints its id last")
    new.add_argument("--kind", choices=[k.value for k in ReportKind])
    new.add_argument("--period", help="2026-10, 2026-Q4, 2026-H1, 2026 or a date 2026-10-05")
    new.add_argument("--from-json", type=Path, dest="from_json")
    new.set_defaults(handler=_new)
    edit = rs.add_parser("edit", help="replace a draft's content from JSON")
    edit.add_argument("id", type=int)
    edit.add_argument("--from-json", type=Path, dest="from_json", required=True)
    edit.set_defaults(handler=_edit)
    show = rs.add_parser("show", help="print a report")
    show.add_argument("id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    ls = rs.add_parser("list", help="this unit's reports")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--all-units", action="store_true", help="also reports received from units")
    ls.set_defaults(handler=_list)
    render = rs.add_parser("render", help="write the official document (DOCX or PDF)")
    render.add_argument("id", type=int)
    render.add_argument("--format", choices=["docx", "pdf"], required=True)
    render.add_argument("--out", type=Path, required=True)
    render.set_defaults(handler=_render)
    att = rs.add_parser("attach", help="attach a file to a draft (minutes, photos, petitions)")
    att.add_argument("id", type=int)
    att.add_argument("file", type=Path)
    att.add_argument("--name", help="name to give it (default: the file's name)")
    att.set_defaults(handler=_attach)
    det = rs.add_parser("detach", help="remove an attached file from a draft")
    det.add_argument("id", type=int)
    det.add_argument("name")
    det.set_defaults(handler=_detach)
    get = rs.add_parser("attachment", help="save an attached file")
    get.add_argument("id", type=int)
    get.add_argument("name")
    get.add_argument("--out", type=Path, required=True)
    get.set_defaults(handler=_attachment)
    fin = rs.add_parser("finalize", help="freeze a draft and give it its document number")
    fin.add_argument("id", type=int)
    fin.add_argument("--number", type=int, help="the number the clerical office assigned")
    fin.set_defaults(handler=_finalize)
    for name, fn, text in (
        ("validate", _validate, "check a report; exit 1 if it cannot be finalized"),
        ("amend", _amend, "new draft revision of a finalized report; prints its id last"),
    ):
        sp = rs.add_parser(name, help=text)
        sp.add_argument("id", type=int)
        sp.set_defaults(handler=fn)


def _default_period(svc: Services, kind: ReportKind) -> Period:
    today = svc.clock.today()
    cal = svc.settings.calendar()
    if kind is ReportKind.MONTHLY:
        return cal.current_month(today)
    if kind is ReportKind.ANNUAL:
        year = Period(PeriodKind.YEAR, today.year)
        return year if today < cal.deadline(year) else Period(PeriodKind.YEAR, today.year + 1)
    return Period.of_day(today)


def _new(args: argparse.Namespace) -> int:
    given = _read_input(args.from_json) if args.from_json else None
    kind_text = args.kind or (given.kind.value if given and given.kind else None)
    if kind_text is None:
        raise ServiceError("kind_missing")
    kind = ReportKind(kind_text)
    with open_services(args) as svc:
        if args.period:
            period = Period.parse(args.period)
        elif given and given.period:
            period = given.period
        else:
            period = _default_period(svc, kind)
        if period.kind not in PERIOD_KINDS[kind]:
            raise DomainError("period_kind_mismatch", kind=kind.value, period=str(period))
        r = svc.reports.create(kind, period, given.content if given else None)
    print(f"Created draft {kind.value} report for {period}.")
    print(r.id)
    return 0


def _read_input(path: Path) -> ReportInput:
    return report_from_json(read_json(path))


def _edit(args: argparse.Namespace) -> int:
    given = _read_input(args.from_json)
    with open_services(args) as svc:
        current = svc.reports.get(args.id)
        if given.kind is not None and given.kind is not current.kind:
            raise ServiceError("kind_mismatch", report=args.id, kind=given.kind.value)
        if given.period is not None and given.period != current.period:
            raise ServiceError("period_mismatch", report=args.id, period=str(given.period))
        svc.reports.save_content(args.id, given.content)
    print(f"Saved report {args.id}.")
    return 0


def _show(args: argparse.Namespace) -> int:
    with open_services(args) as svc:
        r = svc.reports.get(args.id)
        topics = svc.settings.topics()
    if args.json:
        print_json(report_to_json(r))
    else:
        print(report_text.render(r, topics))
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_services(args) as svc:
        rows = svc.reports.list(all_units=args.all_units)
    if args.json:
        print_json(
            [
                {
                    "id": row.summary.id,
                    "unit": row.summary.unit_code,
                    "kind": row.summary.kind.value,
                    "period": str(row.summary.period),
                    "revision": row.summary.revision,
                    "status": row.summary.status.value,
                    "number": row.summary.number,
                    "deadline_state": row.deadline_state.value,
                    "days_left": row.days_left,
                }
                for row in rows
            ]
        )
        return 0
    print(f"{'id':>6}  {'unit':<12} {'kind':<9} {'period':<10} rev  {'status':<12} deadline")
    for row in rows:
        s = row.summary
        print(
            f"{s.id:>6}  {s.unit_code:<12} {s.kind.value:<9} {s.period!s:<10} "
            f"{s.revision:>3}  {s.status.value:<12} {row.deadline_state.value}"
        )
    return 0


def _validate(args: argparse.Namespace) -> int:
    with open_services(args) as svc:
        findings = svc.reports.validate(args.id)
    for f in findings:
        print(f"{f.severity.value:<8} {f.path:<32} {finding_text(f.code)}")
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        print(f"Report {args.id} cannot be finalized yet: {len(errors)} problem(s).")
        return 1
    print(f"Report {args.id} can be finalized.")
    return 0


def _finalize(args: argparse.Namespace) -> int:
    with open_services(args) as svc:
        r = svc.reports.finalize(args.id, args.number)
    print(f"Report {r.id} finalized as Số {r.number}.")
    return 0


def _amend(args: argparse.Namespace) -> int:
    with open_services(args) as svc:
        r = svc.reports.amend(args.id)
    print(f"Created revision {r.revision} as a draft.")
    print(r.id)
    return 0


def _render(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.rendering import missing_letterhead_fields, write_report

    with open_services(args) as svc:
        missing = missing_letterhead_fields(svc, args.id)
        path = write_report(svc, args.id, args.format, args.out)
    print(f"Wrote {path}.")
    if missing:
        print(
            "Note: the document shows placeholders for missing unit settings: "
            + ", ".join(missing)
            + "."
        )
    return 0


def _attach(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.attachments import attach

    with open_services(args) as svc:
        r = attach(svc, args.id, args.file, args.name)
    added = r.content.attachments[-1]
    print(f"Attached {added.name} ({added.size} bytes) to report {r.id}.")
    return 0


def _detach(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.attachments import detach

    with open_services(args) as svc:
        detach(svc, args.id, args.name)
    print(f"Removed {args.name} from report {args.id}.")
    return 0


def _attachment(args: argparse.Namespace) -> int:
    from dlxh_desktop.atomic_file import write_atomic
    from dlxh_desktop.services.attachments import find, read_bytes

    with open_services(args) as svc:
        data = read_bytes(svc.home, find(svc.reports.get(args.id), args.name))
    write_atomic(args.out, data)
    print(f"Wrote {args.out}.")
    return 0
