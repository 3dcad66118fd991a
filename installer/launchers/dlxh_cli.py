"""Frozen entry point of the console program ``dlxh`` (PyInstaller script).

Mirrors the ``[project.scripts]`` entry ``dlxh = dlxh_desktop.cli.main:main``.
"""

import sys

from dlxh_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
