"""Where the CLI gets the key file's passphrase: ``DLXH_KEY_PASSPHRASE`` or the terminal."""

from __future__ import annotations

import getpass
import os
import sys

from dlxh_desktop.services.errors import ServiceError

ENV = "DLXH_KEY_PASSPHRASE"


def interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def terminal_passphrase(purpose: str, new: bool) -> str | None:
    """The passphrase for ``purpose``; asked twice for a new one; None without a terminal."""
    value = os.environ.get(ENV)
    if value:
        return value
    if not interactive():
        return None
    first = getpass.getpass(f"Passphrase for the {purpose}: ")
    if new and getpass.getpass("Type it again: ") != first:
        raise ServiceError("passphrase_mismatch")
    return first


def ask_fingerprint(unit: str, shown: str) -> str | None:
    """Ask a person to type the fingerprint they were read out (None without a terminal)."""
    if not interactive():
        return None
    sys.stderr.write(
        f"Key of {unit}: fingerprint in this file: {shown}\n"
        "Compare it with the one read to you by phone or printed in the official letter.\n"
    )
    return input("Type the fingerprint you were given (digits): ")
