"""Frozen entry point of the windowed program ``dlxh-desktop`` (PyInstaller script).

Mirrors the ``[project.gui-scripts]`` entry ``dlxh-desktop = dlxh_desktop.ui.app:main``.
"""

import sys

from dlxh_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
