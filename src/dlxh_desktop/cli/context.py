"""Opening the data folder for a command."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from dlxh_desktop.paths import DataHome, resolve_home

if TYPE_CHECKING:
    from dlxh_desktop.services.app import Services


def home_of(args: argparse.Namespace) -> DataHome:
    return resolve_home(args.home)


def open_services(args: argparse.Namespace) -> Services:
    """Open the data folder (imported here: ``dlxh --help`` must not load the database stack)."""
    from dlxh_desktop.services.app import Services

    return Services.open(home_of(args))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
