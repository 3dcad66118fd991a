"""``dlxh units add | import | list``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dlxh_desktop.domain import Unit, UnitKind

from .context import open_services, print_json


def register(sub: Any) -> None:
    p = sub.add_parser("units", help="the unit tree")
    us = p.add_subparsers(dest="units_command", metavar="ACTION")
    us.required = True
    add = us.add_parser("add", help="add or update one unit")
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--kind", required=True, choices=[k.value for k in UnitKind])
    add.add_argument("--parent", default=None)
    add.add_argument("--symbol", default="")
    add.set_defaults(handler=_add)
    imp = us.add_parser("import", help="import units from .csv or .xlsx")
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=_import)
    ls = us.add_parser("list", help="list the tree")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_list)


def _add(args: argparse.Namespace) -> int:
    with open_services(args) as svc:
        parent = args.parent or svc.settings.own_unit_code()
        unit = Unit(args.code, args.name, UnitKind(args.kind), parent, args.symbol)
        svc.units.add(unit)
    print(f"Unit {unit.code} saved.")
    return 0


def _import(args: argparse.Namespace) -> int:
    with open_services(args) as svc:
        n = svc.units.import_file(args.file)
    print(f"Imported {n} units.")
    return 0


def _list(args: argparse.Namespace) -> int:
    with open_services(args) as svc:
        tree = svc.units.tree()
    rows: list[tuple[int, Unit]] = []
    for root in tree.roots():
        rows.append((0, root))
        for u in tree.descendants(root.code):
            rows.append((len(tree.ancestors(u.code)), u))
    if args.json:
        print_json(
            [
                {
                    "code": u.code,
                    "name": u.name,
                    "kind": u.kind.value,
                    "parent": u.parent_code,
                    "symbol": u.symbol,
                    "active": u.active,
                    "depth": depth,
                }
                for depth, u in rows
            ]
        )
    else:
        for depth, u in rows:
            print(f"{'  ' * depth}{u.code:<16} {u.name}")
    return 0
