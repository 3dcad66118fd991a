"""``dlxh quarantine list | release ID | drop ID``: packages held for a person's decision."""

from __future__ import annotations

import argparse
import json
from typing import Any

from . import progress
from .context import open_services, print_json
from .words import reason_text, verdict_text


def register(sub: Any) -> None:
    p = sub.add_parser("quarantine", help="packages held for a decision")
    qs = p.add_subparsers(dest="quarantine_command", metavar="ACTION")
    qs.required = True
    ls = qs.add_parser("list", help="held packages")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--all", action="store_true", help="also those already decided")
    ls.set_defaults(handler=_list)
    rel = qs.add_parser("release", help="import a held package, accepting why it was held")
    rel.add_argument("id", type=int)
    rel.set_defaults(handler=_release)
    drop = qs.add_parser("drop", help="do not import a held package (the original is kept)")
    drop.add_argument("id", type=int)
    drop.set_defaults(handler=_drop)


def _list(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.quarantine import held

    with open_services(args) as svc:
        rows = held(svc.exchange, include_resolved=args.all)
    out = [
        {
            "id": q.id,
            "kind": q.kind,
            "sender": q.sender_unit,
            "sequence": q.sequence,
            "created_at": q.created_at.isoformat(),
            "received_at": q.received_at.isoformat(),
            "reason": q.reason,
            "details": json.loads(q.detail or "{}"),
            "resolved_at": q.resolved_at.isoformat() if q.resolved_at else None,
        }
        for q in rows
    ]
    if args.json:
        print_json(out)
        return 0
    if not out:
        print("No package is waiting for a decision.")
    for row in out:
        reason = reason_text(str(row["reason"]), row["details"])
        print(f"{row['id']:>4}  {row['sender']:<14} {row['kind']:<10} {reason}")
    return 0


def _release(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.package_import import ImportResult
    from dlxh_desktop.services.quarantine import release

    from .cmd_keys import exchange_of

    with open_services(args) as svc:
        results = [
            r
            for r in progress.show(release(exchange_of(svc), args.id))
            if isinstance(r, ImportResult)
        ]
    for r in results:
        print(f"{r.verdict}: {verdict_text(r)}")
    return 0 if all(r.verdict != "rejected" for r in results) else 1


def _drop(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.quarantine import drop

    with open_services(args) as svc:
        q = drop(svc.exchange, args.id)
    print(f"Package {args.id} from {q.sender_unit} will not be imported (the original is kept).")
    return 0
