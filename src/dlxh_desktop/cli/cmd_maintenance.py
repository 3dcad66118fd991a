"""``dlxh demo | backup | restore | check``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from . import progress
from .context import home_of, open_services


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="fill an empty data folder with a realistic province")
    demo.add_argument("--units", type=_ranged(7, 5000), default=48, help="units below the top")
    demo.add_argument("--months", type=_ranged(1, 120), default=12, help="months of history")
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(handler=_demo)
    b = sub.add_parser("backup", help="copy the database to a file")
    b.add_argument("--out", type=Path, required=True)
    b.set_defaults(handler=_backup)
    r = sub.add_parser("restore", help="replace the database by a backup")
    r.add_argument("file", type=Path)
    r.set_defaults(handler=_restore)
    c = sub.add_parser("check", help="check the database for damage")
    c.set_defaults(handler=_check)


def _ranged(lo: int, hi: int) -> Any:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"must be between {lo} and {hi}")
        return value

    return parse


def _demo(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.demo import build_demo

    from .cmd_keys import exchange_of

    with open_services(args) as svc:
        exchange_of(svc)  # the demo province gets keys: passphrase from terminal or environment
        summary = None
        for item in progress.show(build_demo(svc, args.units, args.months, args.seed)):
            summary = item
    print(summary)
    return 0


def _backup(args: argparse.Namespace) -> int:
    from dlxh_desktop.services import maintenance

    path = maintenance.backup_now(home_of(args), args.out)
    print(f"Backup written to {path}.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from dlxh_desktop.services import maintenance
    from dlxh_desktop.services.clock import clock_from_env

    aside = maintenance.restore(home_of(args), args.file, clock_from_env().now())
    print(f"Restored from {args.file}.")
    if aside:
        print(f"The previous database was kept as {aside}.")
    return 0


def _check(args: argparse.Namespace) -> int:
    from dlxh_desktop.services import maintenance

    problems = maintenance.check(home_of(args))
    if problems:
        for p in problems[:20]:
            print(p)
        print("The database is damaged: restore a backup with 'dlxh restore FILE'.")
        return 1
    print("The database is healthy.")
    return 0
