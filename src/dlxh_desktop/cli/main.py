"""The ``dlxh`` command: every capability without a display.

Exit codes (contract): 0 success; 1 the operation failed for a reason stated on stderr;
2 the command line itself is wrong; 3 an internal error (a bug: please report it).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from dlxh_desktop import __version__
from dlxh_desktop.errors import DlxhError

from . import (
    cmd_consolidate,
    cmd_exchange,
    cmd_keys,
    cmd_letterhead,
    cmd_maintenance,
    cmd_quarantine,
    cmd_reports,
    cmd_setup,
    cmd_tree_settings,
    cmd_units,
)
from .words import describe

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"dlxh: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="dlxh",
        description="DLXH Desktop: public-opinion reporting for trade unions (command line).",
    )
    p.add_argument("--version", action="version", version=f"dlxh {__version__}")
    p.add_argument("--home", metavar="DIR", help="data folder (default: DLXH_HOME or per-user)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for module in (
        cmd_setup,
        cmd_units,
        cmd_letterhead,
        cmd_tree_settings,
        cmd_reports,
        cmd_keys,
        cmd_exchange,
        cmd_quarantine,
        cmd_consolidate,
        cmd_maintenance,
    ):
        module.register(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
        return code
    except DlxhError as err:
        sys.stderr.write(f"dlxh: {describe(err)}\n")
        return EXIT_FAILED
    except KeyboardInterrupt:
        sys.stderr.write("dlxh: interrupted; nothing was half-written.\n")
        return EXIT_FAILED
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug: say so plainly, keep the traceback for reports
        if os.environ.get("DLXH_DEBUG"):
            raise
        sys.stderr.write(f"dlxh: internal error ({type(exc).__name__}: {exc}); please report.\n")
        return EXIT_BUG


if __name__ == "__main__":
    raise SystemExit(main())
