"""Make the screenshots of the main window used in the documentation.

    QT_QPA_PLATFORM=offscreen uv run --frozen python docs/screenshots/make_ui_screenshots.py

Builds the ``dlxh demo`` province (Liên đoàn Lao động tỉnh Ninh Bình, 48 units, 12 months of
history: most reports sent and acknowledged) in a temporary directory, opens the main window at
1280×800 and saves ``docs/screenshots/main-window.png`` (Vietnamese), ``received-reports.png``
(the reports the units below sent), ``status.png`` (who sent the report of the month being
reported), ``main-window-en.png`` (English) and ``main-window-details.png`` (a report opened
with Enter). Then a real exchange (a
grassroots union enrolled under a province, as in ``tests/ui/exchange_homes.py``) gives the
packages of ``import-results.png``: a report, its amended revision, the first file again and a
copy cut short on a USB stick.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never the real one

from dlxh_desktop.paths import DataHome
from dlxh_desktop.services.app import Services
from dlxh_desktop.services.clock import FixedClock
from dlxh_desktop.services.demo import build_demo

OUT = Path(__file__).resolve().parent
NOW = datetime(2026, 11, 17, 9, 0, tzinfo=timezone(timedelta(hours=7)))
sys.path.insert(0, str(OUT.parents[1] / "tests" / "ui"))
import exchange_homes  # noqa: E402  (tests/ui: the same real exchange the tests build)


def build(home: DataHome) -> None:
    with Services.open(home, FixedClock(NOW)) as svc:
        for _ in build_demo(svc, 48, 12):
            pass


def build_packages(root: Path) -> tuple[DataHome, list[Path]]:
    """A province and four files for it: imported, amended, imported before, cut short."""
    from dlxh_desktop.services.package_export import export_report

    province, first = exchange_homes.build_exchange(root)
    child = DataHome(root / "co-so")
    with Services.open(child, FixedClock(exchange_homes.NOW)) as c:
        c.exchange.passphrase_source = lambda _p, _n: exchange_homes.PASSPHRASE
        sent = next(r for r in c.reports.list() if r.summary.status.value == "sent")
        fix = c.reports.amend(sent.summary.id)
        c.reports.finalize(fix.id)
        amended = export_report(c.exchange, fix.id, root / "bao-cao-thang-10-sua-doi.dlxh").path
    again = root / "bao-cao-thang-10 (1).dlxh"
    shutil.copy(first, again)
    cut = root / "bao-cao-thang-09.dlxh"
    cut.write_bytes(first.read_bytes()[:900])
    return province, [first, amended, again, cut]


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from dlxh_desktop.ui import i18n
    from dlxh_desktop.ui.main_window_view import TAB_OWN, TAB_RECEIVED, TAB_STATUS
    from dlxh_desktop.ui.startup import Launcher
    from dlxh_desktop.ui.tasks import TaskManager
    from dlxh_desktop.ui.translations_build import build as build_translations

    build_translations()
    os.environ["DLXH_NOW"] = NOW.isoformat()
    os.environ["DLXH_KEY_PASSPHRASE"] = exchange_homes.PASSPHRASE
    shots: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        home = DataHome(Path(tmp) / "ninh-binh")
        build(home)
        province, packages = build_packages(Path(tmp) / "trao-doi")
        app = QApplication([sys.argv[0]])
        app.setQuitOnLastWindowClosed(False)  # the demo window closes before the import
        i18n.install("vi")
        tasks = TaskManager(app)

        def wait(pred, then) -> None:  # type: ignore[no-untyped-def]
            def tick() -> None:
                if pred():
                    then()
                else:
                    QTimer.singleShot(50, tick)

            tick()

        def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
            for _ in range(3):  # layout, then the relayout it causes
                app.processEvents()
            widget.grab().save(str(OUT / name))
            shots.append(name)

        def on_ready(c) -> None:  # type: ignore[no-untyped-def]
            c.view.resize(1280, 800)
            wait(lambda: c.snapshot is not None, lambda: shoot_main(c))

        def shoot_main(c) -> None:  # type: ignore[no-untyped-def]
            save(c.view, "main-window.png")
            c.received.loaded.connect(lambda: shoot_received(c))
            c.show_tab(TAB_RECEIVED)

        def shoot_received(c) -> None:  # type: ignore[no-untyped-def]
            c.received.loaded.disconnect()
            c.view.received.table.selectRow(0)
            save(c.view, "received-reports.png")
            c.submissions.loaded.connect(lambda _st: shoot_status(c))
            c.show_tab(TAB_STATUS)

        def shoot_status(c) -> None:  # type: ignore[no-untyped-def]
            c.submissions.loaded.disconnect()
            save(c.view, "status.png")
            c.show_tab(TAB_OWN)
            c.view.table.selectRow(2)
            c.open_selected()
            wait(lambda: c.details_view is not None, lambda: shoot_details(c))

        def shoot_details(c) -> None:  # type: ignore[no-untyped-def]
            save(c.details_view, "main-window-details.png")
            c.details_view.close()
            i18n.install("en")
            save(c.view, "main-window-en.png")
            i18n.install("vi")
            c.view.close()
            start(province, on_province)

        def on_province(c) -> None:  # type: ignore[no-untyped-def]
            c.view.resize(1280, 800)
            c.imports.start(packages)
            wait(lambda: c.imports.dialog is not None, lambda: shoot_import(c))

        def shoot_import(c) -> None:  # type: ignore[no-untyped-def]
            save(c.imports.dialog, "import-results.png")
            app.quit()

        launchers: list[Launcher] = []

        def start(at: DataHome, then) -> None:  # type: ignore[no-untyped-def]
            launcher = Launcher(home=at, tasks=tasks)
            launcher.ready.connect(then)
            launcher.failed.connect(lambda _code: app.quit())
            launchers.append(launcher)
            launcher.start()

        start(home, on_ready)
        app.exec()
        for launcher in launchers:
            launcher.shutdown()
    for name in shots:
        print(f"saved docs/screenshots/{name}")
    return 0 if len(shots) == 6 else 1


if __name__ == "__main__":
    sys.exit(main())
