"""``dlxh directory | enroll | package | receipt | status``: moving reports between units."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from . import progress
from .cmd_keys import exchange_of
from .context import open_services, print_json
from .passphrase import ask_fingerprint
from .words import outcome_text, verdict_text


def register(sub: Any) -> None:
    d = sub.add_parser("directory", help="this unit's signed directory for its children")
    ds = d.add_subparsers(dest="directory_command", metavar="ACTION")
    ds.required = True
    dx = ds.add_parser("export", help="write the directory")
    dx.add_argument("--out", type=Path, required=True)
    dx.add_argument("--recovery-key", dest="recovery_key", help="top unit only: age1… key")
    dx.set_defaults(handler=_directory_export)

    e = sub.add_parser("enroll", help="register keys with the parent")
    es = e.add_subparsers(dest="enroll_command", metavar="ACTION")
    es.required = True
    ex = es.add_parser("export", help="this unit's enrollment request for its parent")
    ex.add_argument("--out", type=Path, required=True)
    ex.add_argument("--contact", default="", help="officer, phone (for the parent)")
    ex.set_defaults(handler=_enroll_export)
    ei = es.add_parser("import", help="register a child's keys")
    ei.add_argument("file", type=Path)
    ei.add_argument("--fingerprint", help="the child's fingerprint, as read by phone")
    ei.set_defaults(handler=_enroll_import)

    p = sub.add_parser("package", help="signed, encrypted report packages")
    ps = p.add_subparsers(dest="package_command", metavar="ACTION")
    ps.required = True
    px = ps.add_parser("export", help="a finalized report, for the parent")
    px.add_argument("id", type=int)
    px.add_argument("--out", type=Path, required=True)
    px.set_defaults(handler=_package_export)
    pi = ps.add_parser("import", help="files or folders; exit 0 if nothing was rejected")
    pi.add_argument("paths", type=Path, nargs="+", metavar="PATH")
    pi.add_argument("--json", action="store_true")
    pi.set_defaults(handler=_package_import)

    r = sub.add_parser("receipt", help="receipts of what arrived")
    rs = r.add_subparsers(dest="receipt_command", metavar="ACTION")
    rs.required = True
    rx = rs.add_parser("export", help="receipts for children (one file per child)")
    rx.add_argument("--out", type=Path, required=True)
    rx.add_argument("--unit", help="only this child")
    rx.add_argument("--all", action="store_true", help="include packages already receipted")
    rx.set_defaults(handler=_receipt_export)
    ri = rs.add_parser("import", help="a receipt from the parent")
    ri.add_argument("file", type=Path)
    ri.set_defaults(handler=_receipt_import)

    st = sub.add_parser("status", help="who reported: on time, late, missing")
    st.add_argument("--period", help="2026-10, 2026-Q4, 2026 (default: this month)")
    st.add_argument("--json", action="store_true")
    st.set_defaults(handler=_status)


def _directory_export(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.directory import export_directory

    with open_services(args) as svc:
        sent = export_directory(exchange_of(svc), args.out, args.recovery_key)
        fp = svc.exchange.own_keys().fingerprint
    print(f"Directory written to {sent.path} (sequence {sent.sequence}).")
    print(f"Children confirm it with this fingerprint: {fp}")
    return 0


def _enroll_export(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.enrollment import export_enrollment

    contact = {"note": args.contact} if args.contact else {}
    with open_services(args) as svc:
        sent = export_enrollment(exchange_of(svc), args.out, contact)
        fp = svc.exchange.own_keys().fingerprint
    print(f"Enrollment written to {sent.path} for {sent.recipient_unit}.")
    print(f"Read this fingerprint to {sent.recipient_unit} by phone: {fp}")
    return 0


def _enroll_import(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.enrollment import import_enrollment

    def confirm(unit: str, shown: str) -> str | None:
        return args.fingerprint if args.fingerprint else ask_fingerprint(unit, shown)

    with open_services(args) as svc:
        e = import_enrollment(exchange_of(svc), args.file, confirm)
    print(f"{e.unit} ({e.name}): {outcome_text(e.outcome)}. Fingerprint {e.fingerprint}")
    return 0


def _package_export(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.package_export import export_report

    with open_services(args) as svc:
        sent = export_report(exchange_of(svc), args.id, args.out)
    print(
        f"Report {args.id} packaged for {sent.recipient_unit}: {sent.path} "
        f"({sent.size} bytes, sequence {sent.sequence}). Status: sent."
    )
    return 0


def _package_import(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.package_import import ImportResult, import_paths

    results: list[ImportResult] = []
    with open_services(args) as svc:
        for item in progress.show(import_paths(exchange_of(svc), args.paths)):
            results.append(item)
            if not args.json:
                who = f" from {item.sender_unit}" if item.sender_unit else ""
                print(f"{item.verdict:<16} {item.path}{who}: {verdict_text(item)}")
                if item.verdict == "rejected" and item.fingerprint:
                    print(f"{'':<16} sender key fingerprint {item.fingerprint}")
    if args.json:
        print_json([{**r.to_json(), "message": verdict_text(r)} for r in results])
    else:
        counts: dict[str, int] = {}
        for r in results:
            counts[r.verdict] = counts.get(r.verdict, 0) + 1
        print(", ".join(f"{n} {v.replace('_', ' ')}" for v, n in sorted(counts.items())))
    return 1 if any(r.verdict == "rejected" for r in results) else 0


def _receipt_export(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.receipts import export_receipts

    with open_services(args) as svc:
        sent = export_receipts(exchange_of(svc), args.out, args.unit, resend=args.all)
    for p in sent:
        print(f"Receipt for {p.recipient_unit} written to {p.path}.")
    return 0


def _receipt_import(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.errors import ServiceError
    from dlxh_desktop.services.package_import import Importer

    with open_services(args) as svc:
        result = Importer(exchange_of(svc)).import_file(args.file)
    if result.kind not in (None, "receipt"):
        raise ServiceError("not_a_receipt", path=str(args.file))
    line = f"{result.verdict}: {verdict_text(result)}"
    if result.verdict == "rejected":
        sys.stderr.write(f"dlxh: receipt {line}\n")
        return 1
    print(f"Receipt {line}")
    return 0


def _status(args: argparse.Namespace) -> int:
    from dlxh_desktop.domain import Period
    from dlxh_desktop.services.status import period_status

    with open_services(args) as svc:
        st = period_status(svc, Period.parse(args.period) if args.period else None)
    if args.json:
        print_json(
            {
                "period": str(st.period),
                "kind": st.kind.value if st.kind else None,
                "deadline": st.deadline.isoformat(),
                "counts": st.counts(),
                "units": [
                    {
                        "code": u.code,
                        "name": u.name,
                        "state": u.state,
                        "report_id": u.report_id,
                        "revision": u.revision,
                        "sent_on": u.sent_on.isoformat() if u.sent_on else None,
                    }
                    for u in st.units
                ],
            }
        )
        return 0
    print(f"Period {st.period} (deadline {st.deadline.isoformat()}):")
    for u in st.units:
        when = f" sent {u.sent_on.isoformat()}" if u.sent_on else ""
        print(f"  {u.code:<16} {u.state:<18}{when}  {u.name}")
    print(", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(st.counts().items())))
    return 0
