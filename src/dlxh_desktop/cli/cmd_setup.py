"""``dlxh setup province`` (and, with the exchange layer, ``setup unit``)."""

from __future__ import annotations

import argparse
from typing import Any

from .context import open_services


def register(sub: Any) -> None:
    p = sub.add_parser("setup", help="set up this installation")
    ss = p.add_subparsers(dest="setup_command", metavar="WHAT")
    ss.required = True
    prov = ss.add_parser("province", help="make this installation the top of a tree")
    prov.add_argument("--code", required=True)
    prov.add_argument("--name", required=True)
    prov.add_argument("--symbol", default="", help="issuer symbol in document numbers")
    prov.set_defaults(handler=_province)


def _province(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.setup import setup_province

    with open_services(args) as svc:
        unit = setup_province(svc, args.code, args.name, args.symbol)
    print(f"Set up {unit.code} ({unit.name}) as the top unit.")
    return 0
