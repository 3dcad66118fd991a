"""Build ``resources/translations/*.qm`` from the ``.ts`` sources (``make translations``).

Fast and idempotent: a ``.qm`` newer than its ``.ts`` is left alone. To refresh the ``.ts``
files from the source code, developers run ``python -m dlxh_desktop.ui.translations_update``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .translations_tools import tool, translations_dir


def stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime


def build(folder: Path | None = None, *, force: bool = False) -> list[Path]:
    """Compile every stale ``.ts`` in ``folder``; returns the ``.qm`` files written."""
    folder = folder or translations_dir()
    written = []
    for ts in sorted(folder.glob("*.ts")):
        if not force and not stale(ts):
            continue
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        written = build(force="--force" in args)
    except (FileNotFoundError, subprocess.CalledProcessError) as exc:
        print(f"translations: {exc}", file=sys.stderr)
        return 1
    for qm in written:
        print(f"translations: built {qm.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
