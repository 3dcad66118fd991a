"""``dlxh-desktop``: the windowed program.

    dlxh-desktop [--home DIR] [--lang vi|en] [PACKAGE.dlxh]

``--home`` (else ``DLXH_HOME``, else the per-user folder) chooses the data folder; ``--lang``
overrides the stored interface language for this run; a package path opens its import.
The window is shown first, right after the translator, saying it is opening the data; the
data folder (and the storage layer with it) is opened on the database worker and the window
fills in when it is done.

``DLXH_SMOKE_EXIT_MS=N`` (the frozen build's smoke test): print ``dlxh-smoke: window-shown`` on
stderr once the window is first shown, ``dlxh-smoke: data-loaded`` once the report list is
filled, and quit cleanly N ms after that; a start-up error or question (a damaged database)
never blocks: the program quits N ms after showing it, with nothing changed.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dlxh_desktop import __version__

if TYPE_CHECKING:
    from .main_window_controller import MainWindowController

SMOKE_SHOWN_MARK = "dlxh-smoke: window-shown"
SMOKE_LOADED_MARK = "dlxh-smoke: data-loaded"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="dlxh-desktop", description="DLXH Desktop: public opinion reports."
    )
    p.add_argument("--home", metavar="DIR", help="data folder (default: DLXH_HOME or per-user)")
    p.add_argument("--lang", choices=("vi", "en"), help="interface language for this run")
    p.add_argument("--version", action="version", version=f"DLXH Desktop {__version__}")
    p.add_argument("package", nargs="?", help="a .dlxh package to import")
    return p.parse_args(argv)


def smoke_exit_ms() -> int | None:
    text = os.environ.get("DLXH_SMOKE_EXIT_MS", "").strip()
    try:
        ms = int(text)
    except ValueError:
        return None
    return ms if ms >= 0 else None


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if sys.stderr is not None:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    # Qt is imported here so that `--help` and `--version` stay fast. Before the first paint
    # only the window and the translator are imported; the rest after, the storage layer
    # (SQLAlchemy) on the database worker: see ui/startup.py.
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from dlxh_desktop.resources import resource_path

    from . import i18n
    from .main_window_view import MainWindowView

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "dlxh-desktop"])
    assert isinstance(app, QApplication)
    app.setApplicationName("DLXH Desktop")
    app.setOrganizationName("DLXH")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("dlxh-desktop")
    icon = resource_path("icons", "dlxh-desktop.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    # The main window decides when to quit; a progress or error box closing must not.
    app.setQuitOnLastWindowClosed(False)
    i18n.install(args.lang or i18n.DEFAULT_LANGUAGE)

    # First paint, then everything else: the window says it is opening the data.
    view = MainWindowView()
    view.closing.connect(app.quit)
    view.show_opening("")
    view.show()
    app.processEvents()
    ms = smoke_exit_ms()
    if ms is not None:
        _say(SMOKE_SHOWN_MARK)

    from dlxh_desktop.paths import resolve_home

    from .startup import EXIT_OK, Launcher, print_err
    from .tasks import TaskManager

    tasks = TaskManager(app)
    launcher = Launcher(
        home=resolve_home(args.home),
        tasks=tasks,
        view=view,
        language=args.lang,
        package=Path(args.package) if args.package else None,
    )

    def refused(code: int) -> None:
        if launcher.error_box is None:
            app.exit(code)  # the person already answered (declined the restore)
        else:
            launcher.error_box.finished.connect(lambda _result: app.exit(code))

    launcher.failed.connect(refused)
    if ms is not None:
        # The smoke-test contract (installer/smoke_test.py): say when the window is on screen
        # and when the data is in it, then quit N ms later; an error box never blocks either.
        def smoke_ready(controller: MainWindowController) -> None:
            def loaded() -> None:
                controller.loaded.disconnect(loaded)
                print_err(SMOKE_LOADED_MARK)
                QTimer.singleShot(ms, app.quit)

            controller.loaded.connect(loaded)
            controller.load_failed.connect(lambda _err: QTimer.singleShot(ms, app.quit))

        launcher.ready.connect(smoke_ready)
        launcher.failed.connect(lambda _code: QTimer.singleShot(ms, app.quit))
        launcher.restore_offered.connect(lambda _damaged: QTimer.singleShot(ms, app.quit))
    launcher.start()  # names the folder in the window, opens it on the database worker
    rc = app.exec()
    launcher.shutdown()
    if launcher.exit_code is not None:
        return launcher.exit_code
    return rc or EXIT_OK


def _say(text: str) -> None:
    """A line on stderr (the smoke test reads it); a windowed program may have none."""
    if sys.stderr is not None:
        try:
            sys.stderr.write(text + "\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass


if __name__ == "__main__":
    sys.exit(main())
