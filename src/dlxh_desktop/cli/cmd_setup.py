"""``dlxh setup province`` (and, with the exchange layer, ``setup unit``)."""

from __future__ import annotations

import argparse
import sys
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
    from .cmd_keys import register_setup_unit

    register_setup_unit(ss)


def _province(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.setup import setup_province

    from .cmd_keys import exchange_of

    with open_services(args) as svc:
        exchange_of(svc)  # passphrase from the terminal or DLXH_KEY_PASSPHRASE
        unit = setup_province(svc, args.code, args.name, args.symbol)
        has_keys = svc.exchange.setting("exchange.own_keys") is not None
    print(f"Set up {unit.code} ({unit.name}) as the top unit.")
    if not has_keys:
        sys.stderr.write(
            "dlxh: keys were not created (no keyring and no passphrase): run "
            "'dlxh keys create' in a terminal or with DLXH_KEY_PASSPHRASE set.\n"
        )
    return 0
