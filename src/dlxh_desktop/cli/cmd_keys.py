"""``dlxh keys show | create | backup | restore | rotate | revoke`` and ``setup unit``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .context import open_services, print_json
from .passphrase import ask_fingerprint, terminal_passphrase

if TYPE_CHECKING:
    from dlxh_desktop.services.app import Services
    from dlxh_desktop.services.exchange_context import ExchangeContext


def exchange_of(svc: Services) -> ExchangeContext:
    """The exchange context of a command, asking for passphrases the CLI way."""
    ctx = svc.exchange
    ctx.passphrase_source = terminal_passphrase
    return ctx


def register(sub: Any) -> None:
    p = sub.add_parser("keys", help="this unit's keys")
    ks = p.add_subparsers(dest="keys_command", metavar="ACTION")
    ks.required = True
    show = ks.add_parser("show", help="key ids and fingerprints")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    ks.add_parser("create", help="make keys for a unit set up without them").set_defaults(
        handler=_create
    )
    b = ks.add_parser("backup", help="write a passphrase-protected backup of the keys")
    b.add_argument("--out", type=Path, required=True)
    b.set_defaults(handler=_backup)
    r = ks.add_parser("restore", help="bring keys back from a backup (new PC)")
    r.add_argument("file", type=Path)
    r.set_defaults(handler=_restore)
    rot = ks.add_parser("rotate", help="new keys certified by the old ones")
    rot.add_argument("--out", type=Path, help="enrollment with the rotation, for the parent")
    rot.set_defaults(handler=_rotate)
    rev = ks.add_parser("revoke", help="revoke a child unit's keys (travels in the directory)")
    rev.add_argument("unit")
    rev.set_defaults(handler=_revoke)


def register_setup_unit(ss: Any) -> None:
    """``setup unit`` (added to the ``setup`` command's subparsers)."""
    u = ss.add_parser("unit", help="join under the parent whose directory this is")
    u.add_argument("--directory", type=Path, required=True)
    u.add_argument("--code", required=True)
    u.add_argument("--fingerprint", help="the parent's fingerprint (asked when interactive)")
    u.set_defaults(handler=_setup_unit)


def _setup_unit(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.directory import setup_unit

    def confirm(shown: str) -> str | None:
        return args.fingerprint if args.fingerprint else ask_fingerprint("the parent", shown)

    with open_services(args) as svc:
        unit, d = setup_unit(exchange_of(svc), args.directory, args.code, confirm)
        fp = svc.exchange.own_keys().fingerprint
    print(f"Set up {unit.code} ({unit.name}) under {d.code}.")
    print(f"Your fingerprint (read it to {d.code} when you send the enrollment): {fp}")
    return 0


def _show(args: argparse.Namespace) -> int:
    from dlxh_desktop.services import keys

    with open_services(args) as svc:
        info = keys.show(svc.exchange)
    if args.json:
        print_json(info)
        return 0
    print(f"Unit:          {info['unit']}")
    print(f"Fingerprint:   {info['fingerprint']}")
    print(f"Key id:        {info['key_id']} (encryption {info['encryption_key_id']})")
    print(f"Stored in:     {info['storage']}")
    if info["revoked"]:
        print("REVOKED by the parent: make new keys ('dlxh keys rotate') and enroll again.")
    if info["parent"]:
        p = info["parent"]
        print(f"Parent:        {p['unit']}  fingerprint {p['fingerprint']}")
    return 0


def _create(args: argparse.Namespace) -> int:
    from dlxh_desktop.services import keys

    with open_services(args) as svc:
        identity = keys.create_keys(exchange_of(svc))
    print(f"Keys created. Fingerprint: {identity.fingerprint}")
    print("Make a backup now: dlxh keys backup --out FILE")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from dlxh_desktop.services import keys

    with open_services(args) as svc:
        keys.backup(exchange_of(svc), args.out)
    print(f"Key backup written to {args.out}. Keep it and its passphrase apart, offline.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from dlxh_desktop.services import keys

    with open_services(args) as svc:
        identity = keys.restore(exchange_of(svc), args.file)
    print(f"Keys restored. Fingerprint: {identity.fingerprint}")
    return 0


def _rotate(args: argparse.Namespace) -> int:
    from dlxh_desktop.services import keys
    from dlxh_desktop.services.enrollment import export_enrollment
    from dlxh_desktop.services.errors import ServiceError

    with open_services(args) as svc:
        ctx = exchange_of(svc)
        has_parent = ctx.parent() is not None
        if has_parent and args.out is None:
            raise ServiceError("rotation_needs_out")
        new, _ = keys.rotate(ctx)
        if has_parent:
            export_enrollment(ctx, args.out)
    print(f"New keys in use. Fingerprint: {new.fingerprint}")
    if has_parent:
        print(f"Send {args.out} to your parent unit (it carries the certified key change).")
    print("Children learn the new key from your next directory ('dlxh directory export').")
    print("Make a new key backup now: dlxh keys backup --out FILE")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from dlxh_desktop.services import keys

    with open_services(args) as svc:
        n = keys.revoke(svc.exchange, args.unit)
    print(f"Revoked {n} key(s) of {args.unit}; packages they sign are now rejected.")
    print("The revocation travels in your next directory ('dlxh directory export').")
    return 0
