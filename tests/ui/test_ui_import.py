"""Package import in the window, with a real package: a grassroots union set up under a real
province, enrolled, its report finalized and exported; the province opens it from the command
line (what double-clicking a .dlxh file does)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exchange_homes import CHILD_NAME, PASSPHRASE, build_exchange
from PySide6.QtWidgets import QWidget

from dlxh_desktop.ui.import_packages import ImportOutcome
from dlxh_desktop.ui.import_results import COL_FINGERPRINT, COL_SENDER
from dlxh_desktop.ui.main_window_controller import MainWindowController
from dlxh_desktop.ui.startup import Launcher
from dlxh_desktop.ui.tasks import TaskManager


class Passphrases:
    """The password question, answered from a list (no keyring in tests: a key file)."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.problems: list[str] = []

    def __call__(self, _parent: QWidget, problem: str) -> str | None:
        self.problems.append(problem)
        return self.answers.pop(0) if self.answers else None


def test_package_given_as_argument_is_imported_and_listed(qtbot: Any, tmp_path: Path) -> None:
    province, package = build_exchange(tmp_path)
    asked = Passphrases("không đúng mật khẩu", PASSPHRASE)
    launcher = Launcher(home=province, tasks=TaskManager(), package=package, ask_passphrase=asked)
    ready: list[MainWindowController] = []
    launcher.ready.connect(ready.append)
    launcher.start()
    try:
        qtbot.waitUntil(lambda: bool(ready), timeout=15_000)
        c = ready[0]
        loads: list[None] = []
        c.loaded.connect(lambda: loads.append(None))
        outcomes: list[ImportOutcome] = []
        c.imports.finished.connect(outcomes.append)
        qtbot.waitUntil(lambda: bool(outcomes), timeout=30_000)
        # Asked once, told the first passphrase was wrong, asked again.
        assert asked.problems[0] == ""
        assert asked.problems[1].startswith("Sai mật khẩu")
        dlg = c.imports.dialog
        assert dlg is not None and dlg.isVisible()
        assert dlg.windowTitle() == "Kết quả nhập gói dữ liệu"
        [row] = dlg.rows()
        assert row[:3] == ["bao-cao-thang-10.dlxh", "Đã nhập", "Đã lưu báo cáo mới"]
        assert row[COL_SENDER] == CHILD_NAME
        assert len(row[COL_FINGERPRINT].split()) == 8  # 8 groups of 4 digits
        assert dlg.summary.text() == "1 tệp — Đã nhập: 1"
        # The report list is read again (it lists this unit's own reports; the received one is
        # in the database, kept by the ledger, for the status and consolidation views).
        qtbot.waitUntil(lambda: len(loads) >= 2, timeout=10_000)
        dlg.close()

        # The same file again (File → Import): nothing changes; the keys stay loaded.
        c.imports.start([package])
        qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=15_000)
        again = c.imports.dialog
        assert again is not None
        assert again.rows()[0][1:3] == [
            "Đã nhập trước đó",
            "Gói này đã được nhập trước đây; không có gì thay đổi",
        ]
        assert len(asked.problems) == 2
        again.close()
        c.view.close()
    finally:
        launcher.shutdown()
