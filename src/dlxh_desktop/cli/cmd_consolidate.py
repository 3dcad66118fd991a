"""``dlxh consolidate --period P --format docx|pdf|xlsx --out FILE``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dlxh_desktop.domain import Period

from .context import open_services


def register(sub: Any) -> None:
    p = sub.add_parser("consolidate", help="the consolidated report of the units below")
    p.add_argument("--period", required=True, help="2026-10, 2026-Q4, 2026 ...")
    p.add_argument("--format", choices=["docx", "pdf", "xlsx"], required=True)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_consolidate)


def _consolidate(args: argparse.Namespace) -> int:
    from dlxh_desktop.services.consolidation import write_consolidated

    period = Period.parse(args.period)
    with open_services(args) as svc:
        c = write_consolidated(svc, period, args.format, args.out)
    print(
        f"Wrote {args.out}: {len(c.data.reported)}/{len(c.data.expected)} units reported, "
        f"{len(c.data.incidents)} incidents, {len(c.data.topics)} topics."
    )
    return 0
