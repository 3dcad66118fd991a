"""``dlxh letterhead show | set``: the unit settings printed in the document header and
signature block (bodies, symbol, place, signer, recipients, distribution)."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from dlxh_desktop.services.errors import ServiceError

from .context import open_services, print_json

FIELDS = {
    "parent_body": "parent body, upper case (e.g. 'TỔNG LĐLĐ VIỆT NAM')",
    "issuing_body": "issuing body, upper case (e.g. 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH')",
    "symbol": "issuer symbol in document numbers (e.g. 'LĐLĐ')",
    "place": "place name in the date line (e.g. 'Ninh Bình')",
    "signing_authority": "TM./KT. line (e.g. 'TM. BAN THƯỜNG VỤ')",
    "position": "signer's position (e.g. 'PHÓ CHỦ TỊCH THƯỜNG TRỰC')",
    "signer": "signer's full name",
}


def register(sub: Any) -> None:
    p = sub.add_parser("letterhead", help="header and signature settings of this unit")
    ls = p.add_subparsers(dest="letterhead_command", metavar="ACTION")
    ls.required = True
    show = ls.add_parser("show", help="print the settings")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    st = ls.add_parser("set", help="change some settings (others stay as they are)")
    for name, text in FIELDS.items():
        st.add_argument("--" + name.replace("_", "-"), dest=name, help=text)
    st.add_argument(
        "--recipient", action="append", dest="recipients", help="a 'Kính gửi' line (repeat)"
    )
    st.add_argument(
        "--distribution", action="append", help="a 'Nơi nhận' line (repeat), e.g. 'Lưu: VT'"
    )
    st.set_defaults(handler=_set)


def _show(args: argparse.Namespace) -> int:
    with open_services(args) as svc:
        lh = svc.settings.letterhead()
    if args.json:
        print_json({**lh.to_dict(), "missing": lh.missing()})
        return 0
    for name, value in lh.to_dict().items():
        shown = "; ".join(value) if isinstance(value, list) else value
        print(f"{name:<18} {shown or '(empty)'}")
    if lh.missing():
        print("Missing (shown as placeholders in documents): " + ", ".join(lh.missing()))
    return 0


def _set(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {
        name: getattr(args, name).strip() for name in FIELDS if getattr(args, name) is not None
    }
    for name in ("recipients", "distribution"):
        if getattr(args, name):
            changes[name] = tuple(v.strip() for v in getattr(args, name) if v.strip())
    if not changes:
        raise ServiceError("nothing_to_change")
    with open_services(args) as svc:
        lh = dataclasses.replace(svc.settings.letterhead(), **changes)
        svc.settings.set_letterhead(lh)
    print("Saved: " + ", ".join(sorted(changes)) + ".")
    return 0
